import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { chooseLang, type LangEnv, type LangSetting, langOfTag, readLangEnv } from './language';

const env = (preferred: string[], ui?: string): LangEnv => ({ preferred, ui });

describe('langOfTag', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA_jp', 'ja'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN'],
    ['en-GB', 'en'],
    ['fr', null],
    ['', null],
    ['jv', null],
    ['enx', null],
    [undefined, null],
  ] as const)('%s → %s', (tag, lang) => {
    expect(langOfTag(tag)).toBe(lang);
  });
});

describe('chooseLang: choice, then preferred languages in order, then the UI language, then English', () => {
  it.each<[string, LangSetting | undefined, LangEnv, string, string, string | undefined]>([
    // The user's own choice wins over everything.
    ['choice over preferred', 'ja', env(['zh-CN', 'en'], 'en-US'), 'ja', 'choice', undefined],
    ['choice over UI', 'en', env([], 'zh-CN'), 'en', 'choice', undefined],
    // Auto: the first preferred language we speak, in the browser's order.
    [
      'Chinese preferred, English UI',
      'auto',
      env(['zh-CN', 'zh', 'en-US'], 'en-US'),
      'zh-CN',
      'preferred',
      'zh-CN',
    ],
    ['unset setting behaves as auto', undefined, env(['zh-CN'], 'en-US'), 'zh-CN', 'preferred', 'zh-CN'],
    ['English preferred, Japanese UI', 'auto', env(['en-GB', 'ja'], 'ja'), 'en', 'preferred', 'en-GB'],
    [
      'skips languages we lack',
      'auto',
      env(['fr-FR', 'de', 'ja-JP', 'en'], 'en-US'),
      'ja',
      'preferred',
      'ja-JP',
    ],
    [
      'traditional Chinese reads simplified',
      'auto',
      env(['zh-TW', 'en'], 'en'),
      'zh-CN',
      'preferred',
      'zh-TW',
    ],
    // None of the preferred languages is ours: the UI language.
    ['no preferred we speak → UI', 'auto', env(['ko', 'fr'], 'ja-JP'), 'ja', 'ui', 'ja-JP'],
    ['empty preferred → UI', 'auto', env([], 'zh-CN'), 'zh-CN', 'ui', 'zh-CN'],
    // Neither: English.
    ['nothing we speak → English', 'auto', env(['ko'], 'fr'), 'en', 'default', undefined],
    ['nothing known → English', 'auto', env([], undefined), 'en', 'default', undefined],
    // A corrupted stored setting is treated as auto.
    ['unknown setting → auto', 'fr' as LangSetting, env(['ja'], 'en'), 'ja', 'preferred', 'ja'],
  ])('%s', (_what, setting, environment, lang, reason, tag) => {
    expect(chooseLang(setting, environment)).toEqual(tag ? { lang, reason, tag } : { lang, reason });
  });
});

describe('readLangEnv', () => {
  afterEach(() => vi.restoreAllMocks());
  it('reads the browser’s preferred languages and its UI language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getAcceptLanguages').mockResolvedValue(['zh-CN', 'zh', 'en']);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(await readLangEnv()).toEqual({ preferred: ['zh-CN', 'zh', 'en'], ui: 'en-US' });
  });
  it('falls back to navigator.languages when the call fails', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getAcceptLanguages').mockRejectedValue(new Error('not here'));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
    const { preferred, ui } = await readLangEnv();
    expect(preferred).toEqual(navigator.languages ?? []);
    expect(ui).toBe('ja');
  });
});
