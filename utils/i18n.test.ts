import { describe, expect, it } from 'vitest';
import { autoLabel, t } from './i18n';

describe('strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'progress', { done: 2, total: 9 })).toBe('2 of 9 done');
    expect(t('ja', 'progress', { done: 2, total: 9 })).toBe('9件中2件完了');
    expect(t('en', 'progress', { done: 2 })).toBe('2 of {total} done');
  });
  it.each([
    [
      { lang: 'zh-CN', reason: 'preferred', tag: 'zh-TW' },
      'zh-CN',
      '自动 · 简体中文（浏览器首选语言 zh-TW）',
    ],
    [{ lang: 'ja', reason: 'ui', tag: 'ja-JP' }, 'ja', '自動 · 日本語（ブラウザーの表示言語 ja-JP）'],
    [{ lang: 'en', reason: 'default' }, 'en', 'Auto · English (none of the browser’s languages is offered)'],
    [{ lang: 'ja', reason: 'preferred', tag: 'ja' }, 'en', 'Auto · 日本語 (browser’s preferred language ja)'],
  ] as const)('the Auto entry says what it chose and why: %j in %s', (choice, lang, label) => {
    expect(autoLabel(choice, lang)).toBe(label);
  });
});
