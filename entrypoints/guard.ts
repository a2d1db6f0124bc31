import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showBanner } from '../components/guard-banner';
import { watchAddress } from '../utils/content/address';
import { Lifetime } from '../utils/content/lifetime';
import { guardSubFrame, hearBackground, inSubFrame, trustMessage } from '../utils/guard/frame';
import type { GuardAnswer, Message } from '../utils/messages';
import { extractDomFacts } from '../utils/scam/extract';

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
const SETTLE_MS = 250;

function ask(message: Message): Promise<GuardAnswer | null> {
  return browser.runtime.sendMessage(message).catch(() => null) as Promise<GuardAnswer | null>;
}

/**
 * The scam guard on every page. The background judges the URL (it knows the sender's URL; the page cannot fake
 * it) and a bounded text sample; only when that is suspicious or the page talks about carriers does this
 * script extract the page's facts for a closer look. It never blocks the page and keeps no observers.
 *
 * Built as a plain script and listed in the manifest's content scripts by wxt.config.ts (every page, at
 * document_idle), not as a WXT content script: WXT's wrapper announces every start on the page with a DOM event
 * (and a window message) named after the extension's public id, so a phishing page could learn that Kaiyaku
 * Guard is there and hide from it; and its `ctx` can be ended by any page. The lifetime here is the script's own
 * (utils/content/lifetime.ts). It looks again when a single-page app moves to another address
 * (utils/content/address.ts: the Navigation API's events where there is one, so no timer runs on every page,
 * else a poll once a second).
 */
export default defineUnlistedScript(() => {
  const lifetime = new Lifetime(() => browser.runtime?.id !== undefined);
  // Frames (issue 17): a sub-frame only reports (utils/guard/frame.ts); the top page shows their warnings.
  if (inSubFrame()) return guardSubFrame(lifetime, ask, textSample);
  let removeBanner: (() => void) | null = null;
  lifetime.onEnd(() => {
    removeBanner?.();
    removeBanner = null;
  });
  const show = (banner: GuardAnswer['banner']) => {
    removeBanner?.();
    removeBanner = banner ? showBanner(banner, { onTrust: () => void ask(trustMessage(banner)) }) : null;
  };
  hearBackground(lifetime, show);

  let looks = 0;
  let firstLookFull = false;
  const inspect = async () => {
    const look = ++looks;
    const sample = textSample();
    if (look === 1) firstLookFull = sample.length >= SAMPLE_CHARS;
    let answer = await ask({ type: 'guard/check', sample });
    // Should the closer look fail, the address's verdict still stands: the page cannot talk it away.
    if (answer?.scan && look === looks)
      answer = (await ask({ type: 'guard/page', facts: extractDomFacts(document) })) ?? answer;
    // A newer look started meanwhile (the address changed again): its answer decides what is shown.
    if (look !== looks || !lifetime.alive) return;
    show(answer?.banner ?? null);
  };

  void inspect();
  // Pages that fill in their content late get one more look (not one that already had a full sample of text at
  // the first: most pages one reads, so most pages cost one look); single-page apps one per new address.
  lifetime.setTimeout(() => {
    if (!removeBanner && !firstLookFull) void inspect();
  }, RECHECK_MS);
  // A page rewriting its address as it scrolls gets one look per burst of changes, not one per change.
  let settling = false;
  watchAddress(lifetime, () => {
    if (settling) return;
    settling = true;
    lifetime.setTimeout(() => {
      settling = false;
      void inspect();
    }, SETTLE_MS);
  });
});
