import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showBanner } from '../components/guard-banner';
import { watchAddress } from '../utils/content/address';
import { whenIdleAfterLoad } from '../utils/content/idle';
import { Lifetime } from '../utils/content/lifetime';
import { guardSubFrame, hearBackground, inSubFrame, trustMessage } from '../utils/guard/frame';
import { PAGE_SIGNALS } from '../utils/guard/page-signal';
import type { GuardAnswer, Message } from '../utils/messages';
import { type DomFacts, DomReader } from '../utils/scam/extract';

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
/** The closer look's work in all, in slices of at most SLICE_MS; past it, the facts read so far are sent. */
const CLOSER_LOOK_MS = 40;
const SLICE_MS = 5;

/**
 * The extension's messaging API without webextension-polyfill (5 kB on every page): Chromium's `chrome` and
 * Firefox's `browser` both return a promise from `runtime.sendMessage`. Chosen when the script is built: Chromium
 * also has a `browser`, and making both costs the page more (about 0.4 ms of CPU a page, measured). Once the
 * extension is gone, `runtime.id` is undefined and sending throws.
 */
const runtime = (): typeof chrome.runtime =>
  import.meta.env.FIREFOX
    ? (globalThis as unknown as { browser: typeof chrome }).browser.runtime
    : chrome.runtime;

async function ask(message: Message): Promise<GuardAnswer | null> {
  try {
    const answer = (await runtime().sendMessage(message)) as GuardAnswer | null | undefined;
    return answer && typeof answer === 'object' && 'scan' in answer ? answer : null;
  } catch {
    return null;
  }
}

const RANK = { caution: 1, danger: 2 } as const;

/**
 * The page's facts for the closer look, read while the page is idle after `load`, a slice at a time, within
 * CLOSER_LOOK_MS of work; null when the look was abandoned (a newer look started, the extension went away) or,
 * for `ifSignal`, the DOM shows no second signal (utils/guard/page-signal.ts, looked for first).
 */
function closerLook(lifetime: Lifetime, current: () => boolean, ifSignal: boolean): Promise<DomFacts | null> {
  return new Promise((resolve) => {
    let reader: DomReader | null = null;
    let spent = 0;
    // One native query a slice: a field that asks for a secret, then a contact or download link.
    let signals = ifSignal ? 0 : PAGE_SIGNALS.length;
    whenIdleAfterLoad(lifetime, SLICE_MS, function slice(until) {
      if (!current()) return resolve(null);
      const start = performance.now();
      if (signals < PAGE_SIGNALS.length) {
        if (document.querySelector(PAGE_SIGNALS[signals] as string)) signals = PAGE_SIGNALS.length;
        else if (++signals === PAGE_SIGNALS.length) return resolve(null);
        spent += performance.now() - start;
        return whenIdleAfterLoad(lifetime, SLICE_MS, slice);
      }
      reader ??= new DomReader(document);
      const done = reader.work(() => performance.now() < until);
      spent += performance.now() - start;
      if (done || spent >= CLOSER_LOOK_MS) return resolve(reader.facts());
      whenIdleAfterLoad(lifetime, SLICE_MS, slice);
    });
  });
}

/**
 * The scam guard on every page. The background judges the URL (it knows the sender's URL; the page cannot fake
 * it) and a bounded text sample, at once, so a lookalike address is warned about as soon as the page is there.
 * Only when the address is suspicious, or the page talks about carriers and shows a second signal (a form
 * asking for a secret, a phone number, a messaging handle: utils/guard/trigger.ts), does this script read the
 * page's facts for a closer look, and then only while the page is idle after `load`, in slices of a few
 * milliseconds with a budget for the whole (utils/scam/extract.ts `DomReader`). It never blocks the page and
 * keeps no observers.
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
  const start = () => new Lifetime(() => runtime()?.id !== undefined);
  // Frames (issue 17): a sub-frame only reports, and only when it could be a page to type into
  // (utils/guard/frame.ts); the top page shows their warnings.
  if (inSubFrame()) return guardSubFrame(start, { ask, sample: textSample, closerLook });
  const lifetime = start();
  let removeBanner: (() => void) | null = null;
  let shown: GuardAnswer['banner'] = null;
  lifetime.onEnd(() => {
    removeBanner?.();
    removeBanner = null;
  });

  /** Shows `banner` instead of the one shown; a closer look only ever replaces it with a graver one. */
  const show = (banner: GuardAnswer['banner'], closer: boolean) => {
    if (closer && (!banner || (shown && RANK[banner.level] <= RANK[shown.level]))) return;
    removeBanner?.();
    shown = banner;
    removeBanner = banner ? showBanner(banner, { onTrust: () => void ask(trustMessage(banner)) }) : null;
  };
  hearBackground(lifetime, runtime, (banner) => show(banner, false));

  let looks = 0;
  let firstLookFull = false;
  /**
   * What the last look asked about, when its answer called for no closer look: asking the same again (same
   * address, same text) would get the same answer, and the message is the dearest part of a look.
   */
  let settled: { address: string; sample: string } | null = null;
  const inspect = async () => {
    const address = location.href;
    const sample = textSample();
    if (settled?.address === address && settled.sample === sample) return;
    settled = null;
    const look = ++looks;
    const current = () => look === looks && lifetime.alive;
    if (look === 1) firstLookFull = sample.length >= SAMPLE_CHARS;
    const answer = await ask({ type: 'guard/check', sample });
    // A newer look started meanwhile (the address changed again): its answer decides what is shown.
    if (!current()) return;
    const first = answer?.banner ?? null;
    const closerComing = !!(answer?.scan || answer?.scanIfSignal);
    if (answer && !closerComing) settled = { address, sample };
    // A look-alike address is warned about at once; a caution waits for the closer look, whose words are precise.
    const atOnce = !closerComing || first?.level === 'danger';
    if (atOnce) show(first, false);
    if (!closerComing) return;
    const facts = await closerLook(lifetime, current, !answer?.scan);
    if (!current()) return;
    // Should the closer look fail, the address's verdict still stands: the page cannot talk it away.
    const closer = facts && (await ask({ type: 'guard/page', facts }));
    if (!current()) return;
    if (atOnce) show(closer?.banner ?? null, true);
    else show(closer?.banner ?? first, false);
  };

  const firstAddress = location.href;
  void inspect();
  // Pages that fill in their content late get one more look (not one that already had a full sample of text at
  // the first: most pages one reads, so most pages cost one look), and so does a single-page app that moved to
  // another address meanwhile; from then on, one look per new address. Address changes are watched only from
  // then: the start does nothing it can leave for later.
  lifetime.setTimeout(() => {
    if (location.href !== firstAddress || (!removeBanner && !firstLookFull)) void inspect();
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
  }, RECHECK_MS);
});
