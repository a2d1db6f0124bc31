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

const visit = (url: string) => h.visit(url);

/** The banner's level, once the guard has had time to look (it answers within a few hundred ms). */
async function bannerLevel(page: Page): Promise<string | null> {
  await page.waitForTimeout(800);
  return page
    .locator(BANNER)
    .getAttribute('data-level', { timeout: 200 })
    .catch(() => null);
}

describe('scam guard', () => {
  it.each([
    [
      'a lookalike dアカウント login on a random host',
      'https://qmzvrtpk.xyz/dacc/login.html',
      'docomo',
      'NTT docomo',
    ],
    [
      'an SEO "how to cancel" page with an invented number and a Telegram seller',
      'https://sim-kaiyaku-navi.com/docomo-kaiyaku/',
      'docomo',
      '0120-933-407',
    ],
    [
      'a smishing page asking for gift-card codes',
      'https://kddi-mibarai.top/pay/',
      'au',
      'gift-card or prepaid codes',
    ],
  ])('warns on %s: banner, red badge, and the popup says why', async (_what, url, _brand, inReasons) => {
    const { page, tabId } = await visit(url);
    await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached' });
    await expect.poll(() => h.badgeText(tabId)).toBe('!');
    const popup = await h.openPopup({ tabId });
    const panel = popup.locator('.verdict[data-level="danger"]');
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/^Warning/);
    await expect(panel.locator('.reasons').textContent()).resolves.toContain(inReasons);
    await popup.close();
    await page.close();
  });

  it('names the imitated brand and links to its official site in the banner', async () => {
    const { page } = await visit('https://qmzvrtpk.xyz/dacc/login.html');
    await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached' });
    const html = await (await h.shadow(page, BANNER)).html();
    expect(html).toContain('impersonating NTT docomo');
    expect(html).toContain('href="https://www.docomo.ne.jp/"');
    // The page itself cannot reach into the banner.
    expect(
      await page.evaluate(() => document.querySelector('kaiyaku-guard-warning')?.shadowRoot ?? null),
    ).toBeNull();
    await page.close();
  });

  it.each([
    ['a news article quoting scam texts', 'https://www.example-news.jp/articles/sms-scam.html'],
    [
      'a blog explaining cancellation with the right numbers',
      'https://www.keitai-memo.jp/docomo-kaiyaku.html',
    ],
  ])('stays silent on %s', async (_what, url) => {
    const { page, tabId } = await visit(url);
    expect(await bannerLevel(page)).toBeNull();
    expect(await h.badgeText(tabId)).toBe('');
    const popup = await h.openPopup({ tabId });
    expect(await popup.locator('.verdict').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('gives a home server on dynamic DNS at most a caution, silenced for good by "I trust this site"', async () => {
    let { page, tabId } = await visit('https://myhome-nas.duckdns.org/');
    await page.locator(`${BANNER}[data-level="caution"]`).waitFor({ state: 'attached' });
    expect(await page.locator(`${BANNER}[data-level="danger"]`).count()).toBe(0);
    await expect.poll(() => h.badgeText(tabId)).toBe('!');
    await (await h.shadow(page, BANNER)).click('button', 'I trust this site');
    await page.locator(BANNER).waitFor({ state: 'detached' });
    await expect.poll(() => h.badgeText(tabId)).toBe('');
    await page.close();

    ({ page, tabId } = await visit('https://myhome-nas.duckdns.org/'));
    expect(await bannerLevel(page)).toBeNull();
    const popup = await h.openPopup({ tabId });
    await expect(popup.locator('.verdict[data-level="trusted"]').textContent()).resolves.toContain(
      'myhome-nas.duckdns.org',
    );
    // Revoking in the popup brings the warning back on the next visit.
    await popup.getByRole('button', { name: 'Stop trusting' }).first().click();
    await popup.close();
    await page.reload();
    await page.locator(`${BANNER}[data-level="caution"]`).waitFor({ state: 'attached' });
    await page.close();
  });

  it('keeps warning in the badge and the popup when the page deletes the banner', async () => {
    const { page, tabId } = await visit('https://kddi-mibarai.top/pay/');
    await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const kill = () => {
        for (const el of document.querySelectorAll('kaiyaku-guard-warning')) el.remove();
      };
      kill();
      setInterval(kill, 20);
    });
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await h.badgeText(tabId)).toBe('!');
    const popup = await h.openPopup({ tabId });
    await expect(popup.locator('.verdict[data-level="danger"]').isVisible()).resolves.toBe(true);
    await popup.close();
    await page.close();
  });

  it.each([
    ['a second', 1000],
    ['two seconds', 2000],
  ])(
    'takes a second look at a page that renders a sign-in form %s after it loaded, and warns then',
    async (_what, after) => {
      const { page, tabId } = await visit(`https://www.kaigai-tayori.net/late-login.html?after=${after}`);
      // Nothing at first: the address is ordinary and the page says nothing yet.
      expect(await bannerLevel(page)).toBeNull();
      // The guard looks again 3 s after its first look, and closer when the page is next idle; on a busy
      // machine that can take several seconds more (20 s is a ceiling, not a speed figure).
      await page.locator(`${BANNER}[data-level="danger"]`).waitFor({ state: 'attached', timeout: 20_000 });
      await expect.poll(() => h.badgeText(tabId)).toBe('!');
      await page.close();
    },
  );

  it('vouches for the carrier’s own site', async () => {
    const { page, tabId } = await visit('https://www.docomo.ne.jp/');
    expect(await bannerLevel(page)).toBeNull();
    const popup = await h.openPopup({ tabId });
    await expect(popup.locator('.verdict[data-level="official"]').textContent()).resolves.toContain(
      'NTT docomo',
    );
    await popup.close();
    await page.close();
  });
});
