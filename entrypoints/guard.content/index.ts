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

function ask(message: Message): Promise<GuardAnswer | null> {
  return browser.runtime.sendMessage(message).catch(() => null) as Promise<GuardAnswer | null>;
}

/**
 * The scam guard on every page. The background judges the URL (it knows the sender's URL; the page cannot fake
 * it) and a bounded text sample; only when that is suspicious or the page talks about carriers does this
 * script extract the page's facts for a closer look. It never blocks the page and keeps no observers.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let removeBanner: (() => void) | null = null;

    const inspect = async () => {
      let answer = await ask({ type: 'guard/check', sample: textSample() });
      if (answer?.scan) answer = await ask({ type: 'guard/page', facts: extractDomFacts(document) });
      if (!ctx.isValid) return;
      removeBanner?.();
      removeBanner = answer?.banner
        ? showBanner(answer.banner, { onTrust: () => void ask({ type: 'site/trust' }) })
        : null;
    };

    void inspect();
    // Pages that fill in their content late get one more look; single-page apps one per navigation.
    ctx.setTimeout(() => {
      if (!removeBanner) void inspect();
    }, RECHECK_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => void inspect());
    ctx.onInvalidated(() => removeBanner?.());
  },
});
