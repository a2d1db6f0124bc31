/**
 * One language everywhere, in a profile whose preferred language is Chinese and whose UI is English (issue 15),
 * and warnings that name the danger: the popup, the page banner, the caution notice and the in-page hint all
 * speak Chinese; an SEO page faking three carriers' hotlines gets the fake-numbers title and names every fake
 * number, its carrier's real ones and the Telegram seller as typed; a lookalike sign-in page keeps the
 * impersonation title.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch({ preferredLanguages: 'zh-CN,zh,en-US,en' });
});
afterAll(async () => {
  await h?.close();
});

const BANNER = 'kaiyaku-guard-warning';

/** The banner's title, first line and reasons, once it is shown at `level`. */
async function banner(page: Page, level: 'danger' | 'caution') {
  await page.locator(`${BANNER}[data-level="${level}"]`).waitFor({ state: 'attached', timeout: 10_000 });
  return (await h.shadow(page, BANNER)).evaluate((root) => ({
    title: root.querySelector('h2')?.textContent ?? '',
    lead: root.querySelector('p')?.textContent ?? '',
    reasons: [...root.querySelectorAll('li')].map((li) => li.textContent ?? ''),
    links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  }));
}

describe('a profile with Chinese as preferred language and an English UI', () => {
  it('is what the browser reports (so the rest of this file tests what it claims)', async () => {
    const worker = await h.serviceWorker();
    const langs = await worker.evaluate(async () => ({
      ui: chrome.i18n.getUILanguage(),
      preferred: await chrome.i18n.getAcceptLanguages(),
    }));
    expect(langs.ui).toMatch(/^en/);
    expect(langs.preferred[0]).toBe('zh-CN');
  });

  it('the popup speaks Chinese, and its Auto entry says why', async () => {
    const popup = await h.openPopup();
    await expect(popup.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(popup.locator('main h1').textContent()).resolves.toBe('解约卫士 Kaiyaku Guard');
    await expect(popup.locator('option[value="auto"]').textContent()).resolves.toBe(
      '自动 · 简体中文（浏览器首选语言 zh-CN）',
    );
    await popup.close();
  });

  it('an SEO page with three invented hotlines and a Telegram seller: the fake-numbers title, every number named', async () => {
    const { page, tabId } = await h.visit('https://www.jpsim-zhuxiao.com/hotlines.html');
    const b = await banner(page, 'danger');
    expect(b.title).toBe('警告：此页面列出了假的NTT docomo、au（KDDI）、SoftBank（软银）客服电话');
    expect(b.lead).toContain('Telegram @esim1088');
    const reasons = b.reasons.join('\n');
    // Every fake number, each in the sentence of the carrier it is passed off as, with that carrier's real ones.
    for (const [fake, real] of [
      ['0120-933-407', '0120-800-000'],
      ['0120-926-118', '0077-7-111'],
      ['0800-222-5861', '157'],
    ]) {
      const sentence = b.reasons.find((r) => r.includes(fake as string)) ?? '';
      expect(sentence, reasons).toContain(real);
    }
    expect(reasons).toContain('Telegram @esim1088');
    expect(reasons).not.toContain('s/esim1088');
    expect(b.links).toHaveLength(3);
    // The popup says the same, in Chinese.
    const popup = await h.openPopup({ tabId });
    const panel = popup.locator('.verdict[data-level="danger"]');
    await expect(panel.locator('h2').textContent()).resolves.toBe(b.title);
    const listed = (await panel.locator('.reasons').textContent()) ?? '';
    for (const fake of ['0120-933-407', '0120-926-118', '0800-222-5861']) expect(listed).toContain(fake);
    await popup.close();
    await page.close();
  });

  it('a Japanese SEO page gets a Chinese banner naming the seller as people type it', async () => {
    const { page } = await h.visit('https://sim-kaiyaku-navi.com/docomo-kaiyaku/');
    const b = await banner(page, 'danger');
    expect(b.title).toBe('警告：此页面列出了假的NTT docomo客服电话');
    expect(b.reasons.join('\n')).toContain('Telegram @docomo_kaiyaku_support');
    await page.close();
  });

  it('a lookalike sign-in page keeps the impersonation title', async () => {
    const { page } = await h.visit('https://qmzvrtpk.xyz/dacc/login.html');
    const b = await banner(page, 'danger');
    expect(b.title).toBe('警告：此页面可能在冒充NTT docomo');
    expect(b.lead).toContain('docomo.ne.jp');
    await page.close();
  });

  it('the caution notice speaks Chinese (a sign-in form on a dynamic-DNS host)', async () => {
    const { page } = await h.visit('https://myhome-nas.duckdns.org/');
    const b = await banner(page, 'caution');
    expect(b.title).toBe('请小心：这个可疑网站要你输入密码或卡号');
    await page.close();
  });

  it('the in-page hint on the carrier’s portal speaks Chinese', async () => {
    const page = await h.context.newPage();
    await page.goto('https://www.docomo.ne.jp/mydocomo/');
    await page.locator('kaiyaku-assistant').waitFor({ state: 'attached', timeout: 10_000 });
    await expect
      .poll(
        async () =>
          (await h.shadow(page, 'kaiyaku-assistant')).evaluate(
            (root) => root.querySelector('aside')?.textContent ?? '',
          ),
        { timeout: 5_000 },
      )
      .toContain('下一步点击');
    await page.close();
  });
});
