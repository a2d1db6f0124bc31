/**
 * The scam guard's part in frames (issue 17). The guard runs in every frame, and sub-frames are everywhere (ads,
 * embeds, captchas, tracking pixels), so inside one it costs next to nothing unless the frame could be a page the
 * user types into:
 * - a frame that holds a form (or any field to type into), or that is the size of a page, sends one report, the
 *   same as a top page's first look (the background judges the frame's own address as the browser reports it,
 *   and says whether to look closer); the text sample goes with it only when the frame holds a form;
 * - any other frame (an ad slot, a video player) sends nothing and does not touch the extension's API (which
 *   alone costs about 0.7 ms of CPU a frame in Chromium); it looks once more for a form 3 s later, for kits
 *   that render their form late;
 * - a tiny or invisible frame (a pixel, `display: none`) is not looked at until it is shown or enlarged.
 * A sub-frame never shows a banner: the background tells the top page's guard, which shows it where the user reads.
 */
import type { Lifetime } from '../content/lifetime';
import type { GuardAnswer, Message } from '../messages';
import type { DomFacts } from '../scam/extract';
import type { Banner } from './banner';

/** What the guard lends a sub-frame: its messaging, its text sample and its closer look at idle. */
export interface GuardTools {
  ask(message: Message): Promise<GuardAnswer | null>;
  sample(): string;
  closerLook(lifetime: Lifetime, current: () => boolean, ifSignal: boolean): Promise<DomFacts | null>;
}

/** Smaller than this (CSS px, either side) a frame is a tracking pixel, a hidden frame or a sliver. */
const MIN_SIDE = 40;
/** From this size on (CSS px) a frame is shown as a page of its own, not as an ad slot or a player. */
const PAGE_WIDTH = 500;
const PAGE_HEIGHT = 400;
/** A form rendered late (as kits built with a framework do) is looked for once more, this long after the first. */
const RECHECK_MS = 3_000;

/** Whether this script runs in a frame inside another page (comparing windows is allowed across origins). */
export const inSubFrame = (): boolean => window !== window.top;

const tiny = () => innerWidth < MIN_SIDE || innerHeight < MIN_SIDE;
const pageSized = () => innerWidth >= PAGE_WIDTH && innerHeight >= PAGE_HEIGHT;
/** Something to type into: a form, or a field outside one. */
const holdsForm = () => document.querySelector('form, input:not([type=hidden]), textarea') !== null;

/**
 * `start` gives the guard's lifetime; it is called only when the frame reports, so a frame that never does (an ad
 * slot) creates nothing and touches no extension API: in a fresh content-script world every first use of an API
 * costs, and there are dozens of such frames on a news page.
 */
export function guardSubFrame(start: () => Lifetime, tools: GuardTools): void {
  let reported = false;
  const report = async (form: boolean) => {
    reported = true;
    const lifetime = start();
    if (!lifetime.alive) return;
    const answer = await tools.ask({ type: 'guard/check', sample: form ? tools.sample() : '' });
    if (!answer?.scan && !answer?.scanIfSignal) return;
    const facts = await tools.closerLook(lifetime, () => lifetime.alive, !answer.scan);
    if (facts) await tools.ask({ type: 'guard/page', facts });
  };
  const look = () => {
    const form = holdsForm();
    if (form || pageSized()) {
      void report(form);
      return;
    }
    // A plain timer: the extension's own (lifetime.setTimeout) would touch its API in every ad frame.
    window.setTimeout(() => {
      if (!reported && holdsForm()) void report(true);
    }, RECHECK_MS);
  };
  if (!tiny()) {
    look();
    return;
  }
  // Not looked at while tiny or hidden; a frame that is shown or enlarged later gets its look then.
  const onResize = () => {
    if (tiny()) return;
    removeEventListener('resize', onResize);
    look();
  };
  addEventListener('resize', onResize);
}

/** A message the background sends a tab's top-page guard (utils/background/tabs.ts). */
type FromBackground = { type: 'guard/alive' } | { type: 'guard/banner'; banner: Banner };

/**
 * In the top page: answers the background's "is this document still shown" and shows the banners it sends when
 * a frame inside the page warns. Only the extension can send to a content script; pages cannot.
 */
export function hearBackground(
  lifetime: Lifetime,
  runtime: () => typeof chrome.runtime,
  show: (banner: Banner) => void,
): void {
  const listener = (message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
    const m = message as FromBackground | null;
    if (!lifetime.alive || typeof m !== 'object' || m === null) return;
    if (m.type === 'guard/alive') respond(true);
    else if (m.type === 'guard/banner' && typeof m.banner?.title === 'string') show(m.banner);
  };
  runtime().onMessage.addListener(listener);
  lifetime.onEnd(() => runtime()?.onMessage.removeListener(listener));
}

/** What "I trust …" in a banner asks: trust the page's own site, or the frame's that the banner is about. */
export const trustMessage = (banner: Banner): Message =>
  banner.framed ? { type: 'site/trust', framed: banner.framed.site } : { type: 'site/trust' };
