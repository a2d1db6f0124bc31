import { browser } from 'wxt/browser';
import type { Message, PopupState } from './messages';

/** Sends a typed message to the background and returns the state it answers with. */
export function send(message: Message): Promise<PopupState> {
  return browser.runtime.sendMessage(message) as Promise<PopupState>;
}
