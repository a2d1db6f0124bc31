/**
 * The in-page assistant on the carriers' own sites. Thin on purpose: the work is in utils/assistant/ (tested
 * without a browser) and the UI in components/assistant/.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAssistantUi } from '../../components/assistant/mount';
import { portalMatches } from '../../utils/assistant/portal';
import { Assistant } from '../../utils/assistant/session';
import { Lifetime } from '../../utils/content/lifetime';

export default defineContentScript({
  // Computed from the data when WXT reads this file at build time (in Node, where import.meta.env.SSR is true).
  // In the browser bundle the branch is compiled away: the script does not carry every brand's data, and asks
  // the background for its own brand's part instead.
  matches: import.meta.env.SSR ? portalMatches((await import('../../data/brands')).BRANDS) : [],
  // At the start, so the background's answer arrives while the page is parsed; the Assistant waits for the
  // parsed document before it looks at the page.
  runAt: 'document_start',
  // WXT still announces the script on the page with a postMessage carrying the extension's id, for older WXT
  // versions; nothing here listens for it, and pages need not learn the id.
  noScriptStartedPostMessage: true,
  // WXT's ContentScriptContext (the argument) is not used: any page can end it (utils/assistant/lifetime.ts).
  main() {
    const lifetime = new Lifetime(() => browser.runtime?.id !== undefined);
    void new Assistant(lifetime, {
      ask: (message) => browser.runtime.sendMessage(message),
      createUi: createAssistantUi,
    }).start();
  },
});
