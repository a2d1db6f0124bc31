/**
 * The one rule that decides which language every surface speaks (popup, plan page, page banner and caution
 * notice, in-page hints, reminders):
 *   1. the user's own choice, when made;
 *   2. else the first of the browser's preferred languages (Accept-Language order) that we speak;
 *   3. else the browser's UI language, when we speak it;
 *   4. else English.
 * Preferred languages come first because they are what a person sets to read the web in; the UI language is
 * often just what the computer came with (an English or Japanese browser, Chinese as preferred language).
 */
import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../data/vocabulary';

export type LangSetting = Lang | 'auto';

/** What the browser says about its user's languages. */
export interface LangEnv {
  /** Preferred languages in order (`i18n.getAcceptLanguages()` / `navigator.languages`). */
  preferred: readonly string[];
  /** The browser's UI language (`i18n.getUILanguage()`). */
  ui: string | undefined;
}

/** Why a language was chosen: the user's choice, a preferred language, the UI language, or the default. */
export type LangReason = 'choice' | 'preferred' | 'ui' | 'default';

export interface LangChoice {
  lang: Lang;
  reason: LangReason;
  /** The browser's language tag it came from ('preferred' and 'ui' only), e.g. "zh-TW". */
  tag?: string;
}

/** One of our languages for a BCP 47 tag ("zh-TW" → zh-CN, "ja-JP" → ja, "en-GB" → en), or null. */
export function langOfTag(tag: string | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'ja') return 'ja';
  if (primary === 'en') return 'en';
  return null;
}

export function chooseLang(setting: LangSetting | undefined, env: LangEnv): LangChoice {
  if (setting && setting !== 'auto' && LANGS.includes(setting)) return { lang: setting, reason: 'choice' };
  for (const tag of env.preferred.slice(0, 20)) {
    const lang = langOfTag(tag);
    if (lang) return { lang, reason: 'preferred', tag };
  }
  const ui = langOfTag(env.ui);
  if (ui && env.ui) return { lang: ui, reason: 'ui', tag: env.ui };
  return { lang: 'en', reason: 'default' };
}

/** The language only, for callers that do not explain it. */
export function resolveLang(setting: LangSetting | undefined, env: LangEnv): Lang {
  return chooseLang(setting, env).lang;
}

/**
 * The browser's languages, as every extension page and the background read them. `getAcceptLanguages` is the
 * browser's own list (what `navigator.languages` shows web pages); `navigator.languages` stands in where the
 * call is missing or fails.
 */
export async function readLangEnv(): Promise<LangEnv> {
  let preferred: readonly string[] = [];
  try {
    preferred = await browser.i18n.getAcceptLanguages();
  } catch {
    // Not available here: fall back to navigator.languages below.
  }
  if (!Array.isArray(preferred) || preferred.length === 0) {
    preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  }
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = undefined;
  }
  return { preferred, ui };
}
