/**
 * Run-time language choice. `browser.i18n` cannot switch language while running, so the UI reads its own
 * tables (data/strings.ts) and only the manifest's name and description go through `_locales`.
 */
import type { Text } from '../data/schema';
import { STRINGS, type StringKey } from '../data/strings';
import { LANGS, type Lang } from '../data/vocabulary';

export type LangSetting = Lang | 'auto';

/** Maps a browser UI language (e.g. "zh-TW", "ja-JP", "en-GB") to one of ours; English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('ja')) return 'ja';
  if (lower.startsWith('zh')) return 'zh-CN';
  return 'en';
}

export function resolveLang(setting: LangSetting | undefined, locale: string | undefined): Lang {
  return setting && setting !== 'auto' && LANGS.includes(setting) ? setting : langFromLocale(locale);
}

/** Picks the language from a data text; the fallback only guards against data the schema check missed. */
export function pick(text: Text, lang: Lang): string {
  return text[lang] || text.en;
}

export function t(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  const template = pick(STRINGS[key], lang);
  return vars
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole))
    : template;
}

export const LANG_NAMES: Record<Lang, string> = { 'zh-CN': '简体中文', ja: '日本語', en: 'English' };
