/**
 * The scam guard in frames (issue 17), in Chromium: a sign-in kit shown inside an innocent page's frame warns in
 * the top page, on the badge and in the popup, naming the frame's host; pages that frame the carrier's own site
 * or twenty ads stay silent; the hostile cases (nested frames, frames added late or grown from 1×1, frames
 * without an address, a page that removes its kit frame or keeps reloading another) hold.
 * Fixtures: tests/fixtures/www.machi-news.jp/frames/ and the hosts they frame.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const BANNER = 'kaiyaku-guard-warning';
const PAGES = 'https://www.machi-news.jp/frames';

interface TabRecord {
  site: string;
  brand: string | null;
  verdict: { level: string };
  frames?: { site: string; frameId: number; verdict: { level: string } }[];
}

/** What the background recorded for a tab. */
async function tabRecord(tabId: number): Promise<TabRecord | undefined> {
  const worker = await h.serviceWorker();
  const key = `tab:${tabId}`;
  return (await worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k], key)) as
    | TabRecord
    | undefined;
}

/** The top page's banner: waits for it, and returns its text. */
async function topBanner(page: Page, level = 'danger', timeout = 10_000): Promise<string> {
  await page.locator(`${BANNER}[data-level="${level}"]`).waitFor({ state: 'attached', timeout });
  return (await h.shadow(page, BANNER)).html();
}

/** The popup's verdict panel for the tab, as text ('' when it shows none). */
async function popupVerdict(tabId: number): Promise<string> {
  const popup = await h.openPopup({ tabId });
  const panel = popup.locator('.verdict');
  const text = (await panel.count()) ? ((await panel.first().textContent()) ?? '') : '';
  await popup.close();
  return text;
}

describe('a phishing form inside a frame', () => {
  it('warns in the top page, on the badge and in the popup, naming the framed host', async () => {
    const { page, tabId } = await h.visit(`${PAGES}/kit.html`);
    const banner = await topBanner(page);
    expect(banner).toContain('A frame on this page, from qmzvrtpk.xyz');
    expect(banner).toContain('impersonating NTT docomo');
    expect(banner).toContain('I trust qmzvrtpk.xyz');
    // Only the top page shows it: the frame holds no banner of its own.
    const kit = page.frames().find((f) => f.url().includes('qmzvrtpk.xyz'));
    expect(await kit?.locator(BANNER).count()).toBe(0);
    await expect.poll(() => h.badgeText(tabId)).toBe('!');
    const verdict = await popupVerdict(tabId);
    expect(verdict).toContain('A frame on this page, from qmzvrtpk.xyz');
    expect(verdict).toMatch(/password|PIN/);
    // The frame's report did not speak for the top page: the tab's own record is still the news site's.
    expect(await tabRecord(tabId)).toMatchObject({
      site: 'www.machi-news.jp',
      verdict: { level: 'none' },
      frames: [{ site: 'qmzvrtpk.xyz', verdict: { level: 'danger' } }],
    });
    await page.close();
  });

  it.each([
    [
      'nested two frames deep, on an ordinary blog host (found by its content)',
      'nested.html',
      'www.tabi-blog.net',
    ],
    ['added 1.5 s after the page loaded', 'late.html', 'qmzvrtpk.xyz'],
    ['in a 1×1 frame that is enlarged after load', 'tiny.html', 'www.tabi-blog.net'],
    ['written by the page into a frame without an address (srcdoc)', 'srcdoc.html', 'www.machi-news.jp'],
  ])('warns when the kit is %s', async (_what, file, host) => {
    const { page, tabId } = await h.visit(`${PAGES}/${file}`);
    expect(await topBanner(page)).toContain(`A frame on this page, from ${host}`);
    await expect.poll(() => h.badgeText(tabId)).toBe('!');
    expect(await popupVerdict(tabId)).toContain(`from ${host}`);
    await page.close();
  });

  it('keeps warning when the page removes the kit’s frame, deletes the banner and reloads another frame', async () => {
    const { page, tabId } = await h.visit(`${PAGES}/removed.html`);
    await topBanner(page);
    await expect.poll(() => h.badgeText(tabId)).toBe('!');
    await page.evaluate(() => {
      const w = window as unknown as { removeKit(): void; rotateAd(): void };
      w.removeKit();
      for (const el of document.querySelectorAll('kaiyaku-guard-warning')) el.remove();
      w.rotateAd();
    });
    await page.waitForTimeout(1_500);
    await page.evaluate(() => (window as unknown as { rotateAd(): void }).rotateAd());
    await page.waitForTimeout(1_500);
    expect(await h.badgeText(tabId)).toBe('!');
    expect(await popupVerdict(tabId)).toContain('from qmzvrtpk.xyz');
    // A new page in the tab starts clean.
    await page.goto('https://www.example-news.jp/articles/sms-scam.html');
    await page.waitForTimeout(1_000);
    expect(await h.badgeText(tabId)).toBe('');
    expect(await popupVerdict(tabId)).toBe('');
    await page.close();
  });

  // Last: it leaves qmzvrtpk.xyz trusted.
  it('"I trust qmzvrtpk.xyz" in the top page trusts the framed host, and nothing else', async () => {
    const { page, tabId } = await h.visit(`${PAGES}/kit.html`);
    await topBanner(page);
    await (await h.shadow(page, BANNER)).click('button', 'I trust qmzvrtpk.xyz');
    await expect.poll(() => h.badgeText(tabId)).toBe('');
    const settings = await (await h.serviceWorker()).evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    expect((settings as { trustedSites: string[] }).trustedSites).toEqual(['qmzvrtpk.xyz']);
    await page.close();
  });
});

describe('pages whose frames are harmless', () => {
  it.each([
    ['a page framing the carrier’s official site', 'official.html'],
    ['a page with twenty ad-like frames (slots, pixels, hidden frames, video embeds)', 'ads.html'],
  ])('stay silent: %s', async (_what, file) => {
    const { page, tabId } = await h.visit(`${PAGES}/${file}`);
    await page.waitForTimeout(1_500);
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await h.badgeText(tabId)).toBe('');
    expect(await popupVerdict(tabId)).toBe('');
    // Official stays official in its frame, but does not make the page around it official either.
    const record = await tabRecord(tabId);
    expect(record?.brand ?? null).toBeNull();
    expect(record?.frames).toBeUndefined();
    await page.close();
  });
});
