import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { showBanner } from '../../components/guard-banner';
import type { GuardAnswer, Message } from '../../utils/messages';
import { extractDomFacts } from '../../utils/scam/extract';

const SAMPLE_CHARS = 8_000;
const SAMPLE_NODES = 1_000;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The page's first few thousand characters of text. A native TreeWalker over text nodes only: every DOM access
 * from a content script crosses into the page's world, so this reads two properties a node, not seven.
 */
function textSample(): string {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let sample = document.title;
  for (let i = 0; i < SAMPLE_NODES && sample.length < SAMPLE_CHARS && walker.nextNode(); i++) {
    const node = walker.currentNode as Text;
    if (!NOT_TEXT.has(node.parentElement?.tagName ?? '')) sample += ` ${node.data}`;
  }
  return sample.slice(0, SAMPLE_CHARS);
}
const RECHECK_MS = 3_000;
const LOCATION_POLL_MS = 1_000;

function ask(message: Message): Promise<GuardAnswer | null> {
  return browser.runtime.sendMessage(message).catch(() => null) as Promise<GuardAnswer | null>;
}

/**
 * The scam guard on every page. The background judges the URL (it knows the sender's URL; the page cannot fake
 * it) and a bounded text sample; only when that is suspicious or the page talks about carriers does this
 * script extract the page's facts for a closer look. It never blocks the page and keeps no observers.
 *
 * It does not use WXT's context (`ctx`) for its lifetime: WXT stops a content script when the page's document
 * receives an event named after the extension's id ("a newer copy of this script started") and re-runs
 * location listeners on another such event, and any page can send both, since a published extension's id is
 * public. This script stops only when the extension itself is gone (updated, disabled, removed), and watches the
 * address itself.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Without this WXT posts a window message carrying the extension's id on every page, and any page's message
  // listener would learn that Kaiyaku Guard is installed: a phishing page could then hide from it.
  noScriptStartedPostMessage: true,
  main() {
    let removeBanner: (() => void) | null = null;
    let inspectedUrl = '';
    const extensionAlive = () => browser.runtime?.id !== undefined;

    const inspect = async () => {
      inspectedUrl = location.href;
      let answer = await ask({ type: 'guard/check', sample: textSample() });
      // Should the closer look fail, the address's verdict still stands: the page cannot talk it away.
      if (answer?.scan)
        answer = (await ask({ type: 'guard/page', facts: extractDomFacts(document) })) ?? answer;
      if (!extensionAlive()) return;
      removeBanner?.();
      removeBanner = answer?.banner
        ? showBanner(answer.banner, { onTrust: () => void ask({ type: 'site/trust' }) })
        : null;
    };

    void inspect();
    // Pages that fill in their content late get one more look; single-page apps one per new address.
    setTimeout(() => {
      if (extensionAlive() && !removeBanner) void inspect();
    }, RECHECK_MS);
    const watch = setInterval(() => {
      if (!extensionAlive()) {
        clearInterval(watch);
        removeBanner?.();
        removeBanner = null;
      } else if (location.href !== inspectedUrl) void inspect();
    }, LOCATION_POLL_MS);
  },
});
