/**
 * Pages that fight the extension (issue 7): a page that attacks the guard from inside, and pages far larger than
 * any the guard reads in full. Fixtures: tests/fixtures/docomo-kaiyaku-shien.top/hostile.html and
 * tests/fixtures/www.kaigai-tayori.net/huge.html (built by its own script at load time).
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

const stored = async () => (await h.serviceWorker()).evaluate(() => chrome.storage.local.get());

/** What the background recorded for a tab (its guard verdict), once the guard has answered. */
async function tabRecord(tabId: number): Promise<TabRecord | undefined> {
  const worker = await h.serviceWorker();
  const key = `tab:${tabId}`;
  const found = await worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k], key);
  return found as TabRecord | undefined;
}

interface TabRecord {
  verdict: { level: string; brand: string | null };
  trusted: boolean;
}

/** The huge pages take a while to build themselves. */
const visit = (url: string) => h.visit(url, 60_000);

describe('a hostile page', () => {
  it('can neither trust itself, nor touch checklists or settings, nor silence the warning', async () => {
    // Some data to protect: a checklist with a tick.
    const popup = await h.openPopup();
    await popup.getByLabel('Carrier', { exact: true }).selectOption({ label: 'NTT docomo' });
    await popup.getByRole('radio', { name: 'Physical SIM', exact: true }).check();
    await popup.getByRole('radio', { name: 'Cancel the line (解約)', exact: true }).check();
    await popup.getByRole('button', { name: 'Make my checklist' }).click();
    await popup.locator('.step input[type=checkbox]').first().check();
    await popup.close();
    const before = await stored();

    const { page, tabId } = await visit('https://docomo-kaiyaku-shien.top/hostile.html');
    await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached' });
    const report = await page.evaluate((id) => (window as unknown as Attack).attack(id), h.extensionId);

    expect(report).toMatchObject({
      bannerBefore: 'danger',
      shadowRoot: 'hidden',
      secondShadowRoot: 'refused',
      textVisible: '',
      chromeRuntime: 'undefined',
      sendMessage: 'threw',
      connect: 'threw',
      // Still there, and never replaced: neither the fake "newer script" event nor the location-change spam got
      // through to the guard.
      bannerAfter: 'danger',
      added: 1,
      removed: 0,
    });

    // Nothing changed in storage: not trusted, no tick, no setting, nothing imported.
    const after = await stored();
    expect(after).toEqual(before);
    const settings = after.settings as { trustedSites: string[] } | undefined;
    expect(settings?.trustedSites ?? []).not.toContain('docomo-kaiyaku-shien.top');
    expect(await tabRecord(tabId)).toMatchObject({ verdict: { level: 'danger' }, trusted: false });
    expect(await h.badgeText(tabId)).toBe('!');
    const check = await h.openPopup({ tabId });
    await expect(check.locator('.verdict[data-level="danger"]').isVisible()).resolves.toBe(true);
    await check.close();

    // The guard still watches the page: a real in-page navigation gets a fresh look (and a fresh banner).
    await expect(page.evaluate(() => (window as unknown as Attack).navigateInPage())).resolves.toEqual({
      added: 1,
      level: 'danger',
    });
    await page.close();
  });
});

interface Attack {
  attack(extensionId: string): Promise<Record<string, unknown>>;
  navigateInPage(): Promise<{ added: number; level: string | null }>;
}

describe('a page that looks for the extension', () => {
  it('hears no message or event that gives the extension away, on a page the guard reads closely', async () => {
    const page = await h.context.newPage();
    // Before any page or extension script: listeners like those a phishing kit would use to hide from it, for
    // window messages and for the start event a WXT content script dispatches, named after the public id.
    await page.addInitScript((id) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data) ?? String(event.data)));
      const started = `${id}:guard:wxt:content-script-started`;
      document.addEventListener(started, () => heard.push(started));
    }, h.extensionId);
    await page.goto('https://qmzvrtpk.xyz/dacc/login.html', { timeout: 60_000 });
    await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached' });
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((data) => data.includes(h.extensionId))).toEqual([]);
    await page.close();
  });
});

describe('huge pages', () => {
  const HUGE = 'https://www.kaigai-tayori.net/huge.html';

  async function size(page: Page): Promise<{ chars: number; elements: number }> {
    return page.evaluate(() => ({
      chars: document.body.textContent?.length ?? 0,
      elements: document.getElementsByTagName('*').length,
    }));
  }

  it.each([
    ['10 MB of text', 'text'],
    ['100,000 elements', 'nodes'],
  ])('a scam page of %s, its login form at the very end, still gets its banner', async (_what, shape) => {
    const { page, tabId } = await visit(`${HUGE}?kind=scam&shape=${shape}`);
    const { chars, elements } = await size(page);
    if (shape === 'text') expect(chars).toBeGreaterThan(10_000_000);
    else expect(elements).toBeGreaterThan(100_000);
    await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached', timeout: 30_000 });
    expect(await tabRecord(tabId)).toMatchObject({ verdict: { level: 'danger', brand: 'docomo' } });
    await expect.poll(() => h.badgeText(tabId)).toBe('!');
    await page.close();
  });

  it.each([
    ['10 MB of text', 'text'],
    ['100,000 elements', 'nodes'],
  ])('a harmless page of %s is judged and left alone', async (_what, shape) => {
    const { page, tabId } = await visit(`${HUGE}?kind=benign&shape=${shape}`);
    // The guard answered (the background has the tab's verdict), and it is "nothing to say".
    await expect
      .poll(() => tabRecord(tabId), { timeout: 30_000 })
      .toMatchObject({ verdict: { level: 'none' } });
    await page.waitForTimeout(500);
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await h.badgeText(tabId)).toBe('');
    await page.close();
  });
});
