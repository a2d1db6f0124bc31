/** The language, UI strings and handlers every part of the assistant's UI needs, without passing them down. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Text } from '../../data/schema';
import type { UiHandlers, UiSettings } from '../../utils/assistant/session';

export const UiContext = createContext<{ settings: UiSettings; handlers: UiHandlers } | null>(null);

export function useUi() {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('assistant UI rendered outside its UiContext');
  const { settings, handlers } = ui;
  return {
    ...settings,
    handlers,
    /** A data text in the UI language; the data tests guarantee every language is there. */
    pick: (text: Text) => text[settings.lang],
  };
}
