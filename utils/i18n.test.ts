import { describe, expect, it } from 'vitest';
import { langFromLocale, resolveLang, t } from './i18n';

describe('language choice', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('browser language %s → %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
  it('a saved choice wins over the browser language; "auto" follows it', () => {
    expect(resolveLang('ja', 'en-US')).toBe('ja');
    expect(resolveLang('auto', 'zh-CN')).toBe('zh-CN');
    expect(resolveLang(undefined, 'ja')).toBe('ja');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'progress', { done: 2, total: 9 })).toBe('2 of 9 done');
    expect(t('ja', 'progress', { done: 2, total: 9 })).toBe('9件中2件完了');
    expect(t('en', 'progress', { done: 2 })).toBe('2 of {total} done');
  });
});
