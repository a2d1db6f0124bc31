/**
 * The scam guard's part in frames (issue 17). The guard runs in every frame; inside a sub-frame it does almost
 * nothing, because sub-frames are everywhere (ads, embeds, captchas): one cheap report (the background judges the
 * frame's own address, as the browser reports it), a text sample only when the frame holds a form, the closer
 * look only when the background asks for it. A tiny or invisible frame is not looked at until it grows. A
 * sub-frame never shows a banner: the background tells the top page's guard, which shows it where the user reads.
 */
import { browser } from 'wxt/browser';
import type { Lifetime } from '../content/lifetime';
import type { GuardAnswer, Message } from '../messages';
import { extractDomFacts } from '../scam/extract';
import type { Banner } from './check';

type Ask = (message: Message) => Promise<GuardAnswer | null>;

/** Smaller than this (CSS px, either side) a frame is a tracking pixel, a hidden frame or a sliver. */
const MIN_SIDE = 40;
/** A form rendered late (as kits built with a framework do) is looked for once more, this long after the first. */
const RECHECK_MS = 3_000;

/** Whether this script runs in a frame inside another page (comparing windows is allowed across origins). */
export const inSubFrame = (): boolean => window !== window.top;

const tiny = () => innerWidth < MIN_SIDE || innerHeight < MIN_SIDE;

/** Something to type into: a form, or a field outside one. */
const holdsForm = () => document.querySelector('form, input:not([type=hidden]), textarea') !== null;

/**
 * The guard in a sub-frame. `sample` is the guard's bounded text sample of the page (the same as for a top page).
 */
export function guardSubFrame(lifetime: Lifetime, ask: Ask, sample: () => string): void {
  let reported = false;
  let sampled = false;
  const look = async () => {
    const form = holdsForm();
    if (reported && (!form || sampled)) return;
    reported = true;
    sampled = form;
    const answer = await ask({ type: 'guard/check', sample: form ? sample() : '' });
    if (answer?.scan && lifetime.alive) await ask({ type: 'guard/page', facts: extractDomFacts(document) });
    if (!form) lifetime.setTimeout(() => void look(), RECHECK_MS);
  };
  if (!tiny()) {
    void look();
    return;
  }
  // Not sampled while tiny or hidden; a frame that is shown or enlarged later gets its look then.
  let waiting = true;
  lifetime.listen(window, 'resize', () => {
    if (!waiting || tiny()) return;
    waiting = false;
    void look();
  });
}

/** A message the background sends a tab's top-page guard (utils/background/tabs.ts). */
type FromBackground = { type: 'guard/alive' } | { type: 'guard/banner'; banner: Banner };

/**
 * In the top page: answers the background's "is this document still shown" and shows the banners it sends when
 * a frame inside the page warns. Only the extension can send to a content script; pages cannot.
 */
export function hearBackground(lifetime: Lifetime, show: (banner: Banner) => void): void {
  const listener = (message: unknown) => {
    const m = message as FromBackground | null;
    if (!lifetime.alive || typeof m !== 'object' || m === null) return undefined;
    if (m.type === 'guard/alive') return Promise.resolve(true);
    if (m.type === 'guard/banner' && typeof m.banner?.title === 'string') show(m.banner);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  lifetime.onEnd(() => browser.runtime.onMessage.removeListener(listener));
}

/** What "I trust …" in a banner asks: trust the page's own site, or the frame's that the banner is about. */
export const trustMessage = (banner: Banner): Message =>
  banner.framed ? { type: 'site/trust', framed: banner.framed.site } : { type: 'site/trust' };
