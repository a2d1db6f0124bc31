/**
 * UI strings in the chosen language (which language: utils/language.ts). `browser.i18n` cannot switch language
 * while running, so the UI reads its own tables (data/strings.ts) and only the manifest's name and description
 * go through `_locales`.
 */
import type { Text } from '../data/schema';
import { STRINGS, type StringKey } from '../data/strings';
import type { Lang } from '../data/vocabulary';
import type { LangChoice } from './language';

/** Re-exported for the UI modules that only need the setting's type. */
export type { LangSetting } from './language';

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

/** The "Auto" entry of a language menu: which language "auto" resolved to, and why, in `lang`. */
export function autoLabel(auto: LangChoice, lang: Lang): string {
  const reason = auto.reason === 'choice' ? 'default' : auto.reason;
  return t(lang, `lang.auto.${reason}`, { lang: LANG_NAMES[auto.lang], tag: auto.tag ?? '' });
}
