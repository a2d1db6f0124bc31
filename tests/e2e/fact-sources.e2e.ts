/**
 * Issue 18: every fact in the popup says what kind of source backs it and when it was checked, and facts that
 * rest on one blog are marked uncertain, in each of the three languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const LANGUAGES = [
  {
    lang: 'en',
    label: 'Language',
    own: /Y!mobile.*’s own page/,
    news: 'news',
    checked: 'checked on 2026-',
    uncertain: 'Uncertain',
    unconfirmed: 'Unconfirmed number: 151',
  },
  {
    lang: 'ja',
    label: '言語',
    own: /Y!mobile.*の公式ページ/,
    news: '報道記事',
    checked: '確認',
    uncertain: '未確認の情報',
    unconfirmed: '未確認の番号：151',
  },
  {
    lang: 'zh-CN',
    label: '语言',
    own: /Y!mobile.*官方页面/,
    news: '新闻报道',
    checked: '核对',
    uncertain: '未经确认',
    unconfirmed: '未经确认的号码：151',
  },
] as const;

describe('fact sources in the popup', () => {
  it('names the kind of each fact’s sources and marks a one-blog fact uncertain, in every language', async () => {
    const popup = await h.openPopup();
    // Y!mobile: its cancellation site is its own page, its mail step cites news, its phone numbers one old blog
    // (shown as unconfirmed, not as numbers to call).
    await createPlan(popup, 'Y!mobile (SoftBank)', 'Physical SIM', 'Cancel the line (解約)');
    let current = 'Language';
    for (const l of LANGUAGES) {
      await popup.getByLabel(current, { exact: true }).selectOption(l.lang);
      await popup.locator(`html[lang="${l.lang}"]`).waitFor();
      current = l.label;

      const online = popup.locator('[data-channel="online"] .source-kinds');
      await expect(online.textContent()).resolves.toMatch(l.own);
      const kinds = await popup.locator('.source-kinds').allTextContents();
      expect(kinds.some((k) => k.includes(l.news))).toBe(true);
      await expect(
        popup.locator('[data-channel="online"] .sources summary').textContent(),
      ).resolves.toContain(l.checked);

      // A phone number resting on one blog: said to be unconfirmed, with no call link, and the contact is low,
      // marked uncertain next to it.
      const contact = popup.locator('.all-contacts [data-contact="info-own"]');
      await expect(contact.locator('.contact-reported').textContent()).resolves.toContain(l.unconfirmed);
      await expect(contact.locator('a.tel').count()).resolves.toBe(0);
      const blogged = contact.locator('.fact-meta');
      await expect(blogged.getAttribute('data-confidence')).resolves.toBe('low');
      const mark = blogged.locator('.uncertain');
      await expect(mark.isVisible()).resolves.toBe(true);
      await expect(mark.textContent()).resolves.toContain(l.uncertain);
      // Opening the sources lists each one with its kind.
      await blogged.locator('summary').click();
      await expect(blogged.locator('li[data-source-kind="blog"]').first().isVisible()).resolves.toBe(true);
      await blogged.locator('summary').click();
    }
    await popup.close();
  });
});
