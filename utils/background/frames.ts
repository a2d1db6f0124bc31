/**
 * What the background knows about the frames inside a tab's page (issue 17). The scam guard runs in every frame;
 * each frame reports its own address (the browser's `sender.url`, `sender.frameId`) and, when asked, its content.
 * Only frames whose verdict warns are kept: harmless frames (ads, embeds, captchas) cost no storage at all.
 * The tab shows the worst of its top page and its frames, and a frame's warning stays for as long as the top
 * document that held it, even if the page removes the frame.
 *
 * Pure functions over TabInfo; utils/guard/answer.ts and utils/background/tabs.ts apply them.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Lang } from '../../data/schema';
import { type Banner, bannerFor } from '../guard/banner';
import type { GuardVerdict } from '../guard/check';
import { t } from '../i18n';
import type { TabInfo } from '../messages';

/** A sub-frame whose verdict warns. */
export interface FrameInfo {
  /** The browser's id of the frame within its tab (never 0: that is the top page). */
  frameId: number;
  /** The host the verdict is about (the frame's own, or its creator's for about:blank and srcdoc frames). */
  site: string;
  verdict: GuardVerdict;
  /** The user told the guard to trust `site`. */
  trusted: boolean;
  /**
   * The top document (`sender.documentId`) the frame was seen under, or null when the top page had not reported
   * yet (sub-frames often report before the top page's guard has started).
   */
  top: string | null;
}

/** More warning frames than any real page holds; the worst are kept, so a page cannot push its kit out. */
export const MAX_FRAMES = 16;

const SEVERITY: Record<string, number> = { danger: 2, caution: 1 };

/** 2 danger, 1 caution, 0 anything that does not warn. */
export const severity = (verdict: GuardVerdict): number => SEVERITY[verdict.level] ?? 0;

/** Whether `a` warns more than `b`: a higher level, or the same level on a higher score. */
function worse(a: GuardVerdict, b: GuardVerdict): boolean {
  return severity(a) > severity(b) || (severity(a) === severity(b) && a.score > b.score);
}

/** The top page's part of a record before the top page has reported (only frames have). */
export const UNREPORTED_TOP: Omit<TabInfo, 'frames' | 'document'> = {
  brand: null,
  site: '',
  verdict: { level: 'none', brand: null, score: 0, reasons: [], host: '' },
  trusted: false,
};

/**
 * The address a frame's verdict is about, from what the browser reports: its own URL when it has one; for a
 * frame without its own (about:blank or srcdoc written by its parent, blob:, data:), the origin the browser says
 * it runs in, which is its creator's. Nothing here comes from the page or the message.
 */
export function frameAddress(sender: Runtime.MessageSender): string {
  const url = sender.url ?? '';
  if (/^https?:/i.test(url)) return url;
  const origin = (sender as { origin?: string }).origin ?? '';
  return /^https?:\/\/[^/]+$/i.test(origin) ? `${origin}/` : url;
}

/**
 * The record after a warning frame reported: its verdict kept if it is the frame's worst so far (a frame cannot
 * talk its warning away by navigating or by a milder second look), at most MAX_FRAMES frames, worst first.
 */
export function withFrame(info: TabInfo | null, frame: FrameInfo): TabInfo {
  const base = info ?? { ...UNREPORTED_TOP };
  const frames = base.frames ?? [];
  const previous = frames.find((f) => f.frameId === frame.frameId);
  const kept = previous && !worse(frame.verdict, previous.verdict) ? previous : frame;
  const next = [kept, ...frames.filter((f) => f.frameId !== frame.frameId)]
    .sort((a, b) => severity(b.verdict) - severity(a.verdict) || b.verdict.score - a.verdict.score)
    .slice(0, MAX_FRAMES);
  return { ...base, frames: next };
}

/**
 * The record after the top page reported. The same top document (a same-page address change) keeps its frames;
 * a new one keeps only the frames seen before any top document had reported (its own early sub-frames) and
 * adopts them.
 */
export function withTop(info: TabInfo | null, top: Omit<TabInfo, 'frames'>): TabInfo {
  const frames = (info?.frames ?? [])
    .filter((f) => f.top === null || (top.document !== undefined && f.top === top.document))
    .map((f) => (f.top === null && top.document !== undefined ? { ...f, top: top.document } : f));
  return { ...top, ...(frames.length > 0 && { frames }) };
}

/** What the tab's badge, popup and banner show: the top page, or its worst untrusted frame when that warns more. */
export interface Shown {
  verdict: GuardVerdict;
  /** The top page's verdict is trusted (only ever for the top page: trusted frames are never shown). */
  trusted: boolean;
  /** The frame's host when the warning is about a frame. */
  framedSite: string | null;
}

export function shownOf(info: TabInfo): Shown {
  const frame = (info.frames ?? []).find((f) => !f.trusted && severity(f.verdict) > 0);
  const top = info.trusted ? 0 : severity(info.verdict);
  if (frame && (top === 0 || worse(frame.verdict, info.verdict)))
    return { verdict: frame.verdict, trusted: false, framedSite: frame.site };
  return { verdict: info.verdict, trusted: info.trusted, framedSite: null };
}

/** Whether the record shows anything (a warning, an official site, a framed warning) worth keeping. */
export function showsSomething(info: TabInfo): boolean {
  return info.brand !== null || severity(info.verdict) > 0 || (info.frames?.length ?? 0) > 0;
}

/** The record with the user's trusted sites applied to the top page and to every frame. */
export function withTrust(info: TabInfo, trustedSites: ReadonlySet<string>): TabInfo {
  const trusted = (site: string) => site !== '' && trustedSites.has(site);
  return {
    ...info,
    trusted: trusted(info.site),
    ...(info.frames && { frames: info.frames.map((f) => ({ ...f, trusted: trusted(f.site) })) }),
  };
}

/** Whether a warning frame of this tab is on `site` (the top page may ask to trust only such a host). */
export const hasFrameOn = (info: TabInfo | null, site: string): boolean =>
  (info?.frames ?? []).some((f) => f.site === site);

/**
 * The banner the tab's top page shows: the top page's own, or, when a frame warns more, the frame's, saying that
 * it is about a frame and from which host, its trust button naming that host.
 */
export function bannerOf(info: TabInfo, lang: Lang): Banner | null {
  const shown = shownOf(info);
  const banner = shown.trusted ? null : bannerFor(shown.verdict, lang);
  if (!banner || shown.framedSite === null) return banner;
  const site = shown.framedSite;
  return {
    ...banner,
    framed: { site, note: t(lang, 'guard.framed', { site }) },
    trustLabel: t(lang, 'guard.trustFramed', { site }),
  };
}
