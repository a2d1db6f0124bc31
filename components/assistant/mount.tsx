/**
 * Puts the assistant's UI in a closed shadow root at the end of <body>: after the page in the tab order, and out
 * of reach of the carrier page's scripts, which could otherwise read the hint or press its buttons.
 */
import { render } from 'preact';
import type { AssistantUi, UiHandlers } from '../../utils/assistant/session';
import { closedShadowHost } from '../closed-shadow';
import { AssistantPanel } from './AssistantPanel';
// Bundled as text, so showing the first hint needs no request for the stylesheet.
import css from './assistant.css?inline';

export const ASSISTANT_TAG = 'kaiyaku-assistant';

/** Key presses that must not reach the page's own shortcuts while the focus is in the bubble. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

export function createAssistantUi(handlers: UiHandlers): AssistantUi {
  const { host, root } = closedShadowHost(ASSISTANT_TAG, css);
  for (const type of KEY_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  // Preact owns this element's children; the shadow root also holds the <style>.
  const container = document.createElement('div');
  root.append(container);
  return {
    render(view, settings) {
      // A page that rebuilds its <body> (an SPA) may have dropped the host: the next hint puts it back.
      if (view && !host.isConnected) (document.body ?? document.documentElement).append(host);
      render(view && <AssistantPanel view={view} settings={settings} handlers={handlers} />, container);
    },
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
