/**
 * The Firefox build (.output/firefox-mv2) in real headless Firefox ESR over WebDriver BiDi: what a Firefox user
 * would notice first if it broke. The scam guard's banner, reasons and badge on fixture scam pages (one of them
 * framed by an innocent page) and silence on a legitimate article; the popup making a checklist; the assistant
 * marking the next menu on a carrier portal, also in a tab that loads as Firefox starts; a tick surviving a
 * browser restart. One browser for the file (a Firefox start costs seconds), the tests in order.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, launchFirefox } from './harness';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

const BANNER = 'kaiyaku-guard-warning';
const ASSISTANT = 'kaiyaku-assistant';
const PORTAL = 'https://www.docomo.ne.jp/mydocomo/';
/** The assistant marks one element on the portal fixture: the menu the fixture expects, as the first step. */
const MARKED = { marked: [['contract-menu', 'expected']] };

/**
 * The elements the assistant marked, with the page's address and state, so a failure says whether the page was
 * there at all. Asked afresh each time (BiDi evaluates in the tab's current document) rather than through a wait
 * bound to one document, which a navigation could leave behind.
 */
const marks = (page: Page) =>
  page.evaluate(() => ({
    url: location.href,
    readyState: document.readyState,
    marked: [...document.querySelectorAll('[data-kaiyaku-highlight]')].map((e) => [
      e.getAttribute('data-kaiyaku-highlight'),
      e.getAttribute('data-fixture'),
    ]),
  }));

/** The popup's progress line: how many steps are ticked, of how many. */
const progress = (popup: Page) =>
  popup.$eval('#progress-text', (status) => ({
    done: Number(status.getAttribute('data-done')),
    total: Number(status.getAttribute('data-total')),
  }));

/** What the extension keeps in storage.local, as JSON. */
const stored = () =>
  h.inExtension(async () =>
    JSON.stringify(
      await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(null),
    ),
  );

describe('Kaiyaku Guard in Firefox', () => {
  it.each([
    [
      'a lookalike dアカウント login on a random host',
      'https://qmzvrtpk.xyz/dacc/login.html',
      'impersonating NTT docomo',
      'asks for a password',
    ],
    [
      'an SEO "how to cancel" page with an invented number and a Telegram seller',
      'https://sim-kaiyaku-navi.com/docomo-kaiyaku/',
      'fake NTT docomo support numbers',
      '0120-933-407',
    ],
  ])(
    'warns on %s: banner with its reasons, red badge, the popup says why',
    async (_what, url, title, reason) => {
      const page = await h.visit(url);
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { timeout: 10_000 });
      const banner = await h.closedShadowHtml(page, BANNER);
      expect(banner).toContain(title);
      expect(banner).toContain(reason);
      expect(banner).toContain('href="https://www.docomo.ne.jp/"');
      // The page's own scripts cannot open the banner's shadow root.
      expect(
        await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, BANNER),
      ).toBeNull();

      const tabId = await h.tabIdOf(page);
      await expect.poll(() => h.badgeText(tabId), { timeout: 10_000 }).toBe('!');
      const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.waitForSelector('.verdict[data-level="danger"] .reasons');
      expect(await popup.$eval('.verdict h2', (e) => e.textContent)).toMatch(/^Warning/);
      expect(await popup.$eval('.verdict .reasons', (e) => e.textContent)).toContain(reason);
      await popup.close();
      await page.close();
    },
  );

  it('warns in the top page about a sign-in kit in a full-window frame, naming the framed host', async () => {
    const page = await h.visit('https://www.machi-news.jp/frames/kit.html');
    await page.waitForSelector(`${BANNER}[data-level="danger"]`, { timeout: 10_000 });
    const banner = await h.closedShadowHtml(page, BANNER);
    expect(banner).toContain('A frame on this page, from qmzvrtpk.xyz');
    expect(banner).toContain('impersonating NTT docomo');
    // Only the top page shows it: the frame holds no banner of its own.
    const kit = page.frames().find((f) => f.url().includes('qmzvrtpk.xyz'));
    expect(kit).toBeDefined();
    expect(await kit?.$(BANNER)).toBeNull();
    await expect.poll(async () => h.badgeText(await h.tabIdOf(page)), { timeout: 10_000 }).toBe('!');
    await page.close();
  });

  it('stays silent on a news article quoting scam texts', async () => {
    const page = await h.visit('https://www.example-news.jp/articles/sms-scam.html');
    // The guard answers within a few hundred milliseconds; the danger pages above show it does answer here.
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await page.$(BANNER)).toBeNull();
    expect(await h.badgeText(await h.tabIdOf(page))).toBe('');
    await page.close();
  });

  it('makes a checklist in the popup and keeps a tick', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.waitForSelector('#brand-select');
    await popup.select('#brand-select', 'docomo');
    await popup.click('input[name="card"][value="physical"]');
    await popup.click('input[name="goal"][value="cancel"]');
    const make = await popup.waitForSelector('::-p-text(Make my checklist)');
    await make?.click();
    await popup.waitForSelector('.checklist [data-step="move-sms-logins"] input[type=checkbox]');
    await popup.click('[data-step="move-sms-logins"] input[type=checkbox]');
    await expect.poll(() => progress(popup)).toMatchObject({ done: 1 });
    // Saved by the background page, not only shown.
    await expect.poll(stored, { timeout: 5_000 }).toContain('move-sms-logins');
    await popup.close();
  });

  it('marks the next menu on the docomo portal and explains it in the bubble', async () => {
    const page = await h.visit(PORTAL);
    await expect.poll(() => marks(page), { timeout: 20_000 }).toMatchObject(MARKED);
    await expect
      .poll(() => h.closedShadowHtml(page, ASSISTANT).catch(() => ''), { timeout: 10_000 })
      .toContain('Contract &amp; procedures');
    expect(await h.closedShadowHtml(page, ASSISTANT)).toContain('「契約内容・手続き」');
    await page.close();
  });

  it('keeps the tick across a browser restart, and marks a portal tab open as Firefox starts', async () => {
    let popup = await h.openExtensionPage('popup.html');
    await popup.waitForSelector('#progress-text');
    const before = await progress(popup);
    // The portal tab loads while Firefox starts, as a restored session's would: its assistant asks before the
    // background page runs, and Firefox holds the question until the background answers.
    await h.restart([PORTAL]);
    await expect.poll(async () => marks(await h.tabAt(PORTAL)), { timeout: 20_000 }).toMatchObject(MARKED);
    popup = await h.openExtensionPage('popup.html');
    await popup.waitForSelector('#progress-text');
    expect(
      await popup.$eval('[data-step="move-sms-logins"] input[type=checkbox]', (box) => box.checked),
    ).toBe(true);
    expect(await progress(popup)).toEqual(before);
    expect(before.done).toBe(1);
  }, 180_000); // a Firefox start on a busy 2-core machine can take half a minute
});
