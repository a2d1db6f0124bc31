import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Text } from '../data/schema';
import type { StringKey } from '../data/strings';
import { pick, t } from '../utils/i18n';

export const LangContext = createContext<Lang>('en');

/** The current language plus its two lookups: UI strings by key, data texts by language. */
export function useI18n() {
  const lang = useContext(LangContext);
  return {
    lang,
    t: (key: StringKey, vars?: Record<string, string | number>) => t(lang, key, vars),
    pick: (text: Text) => pick(text, lang),
  };
}
