/**
 * The background's answers to the scam guard's content script, which runs in every frame of every page. Each
 * message concerns only the sender's tab and the address the browser says the sending frame is on
 * (`sender.url`, `sender.frameId`, `sender.documentId`); nothing in a message names a tab, a frame or an address,
 * so no frame can report on behalf of another one or of the top page. Nothing here reads or changes the user's
 * checklists.
 */
import type { Runtime } from 'webextension-polyfill';
import {
  bannerOf,
  frameAddress,
  hasFrameOn,
  severity,
  shownOf,
  withFrame,
  withTop,
  withTrust,
} from '../background/frames';
import type { Store, StoredState } from '../background/store';
import { type LangEnv, resolveLang } from '../language';
import type { GuardAnswer, Message, TabInfo } from '../messages';
import { completeFacts } from '../scam/extract';
import type { Banner } from './banner';
import { checkPage, type GuardVerdict } from './check';
import { checkUrl } from './trigger';

export interface GuardDeps {
  store: Store;
  tabs: {
    get(tabId: number): Promise<TabInfo | null>;
    /**
     * Replaces a tab's record with what `change` makes of it (null: no record); changes to one tab apply one at
     * a time, so frames reporting together cannot undo each other.
     */
    update<T extends TabInfo | null>(
      tabId: number,
      change: (info: TabInfo | null) => T | Promise<T>,
    ): Promise<T>;
    all(): Promise<Map<number, TabInfo>>;
  };
  refreshBadges(state: StoredState): Promise<void>;
  /** The browser's languages, for the banner while the language setting is "auto" (utils/language.ts). */
  langEnv(): Promise<LangEnv>;
  /** Whether the tab's top document `documentId` is still the one shown (its guard answers). */
  topAlive(tabId: number, documentId: string): Promise<boolean>;
  /** Shows `banner` in the tab's top page, through the guard there; nothing when there is none. */
  showInTop(tabId: number, banner: Banner): Promise<void>;
}

type GuardMessage = Extract<Message, { type: 'guard/check' | 'guard/page' | 'site/trust' }>;

/** Whether to look closer at the sender's page (utils/guard/trigger.ts). */
type Look = Pick<GuardAnswer, 'scan' | 'scanIfSignal'>;
const NO_LOOK: Look = { scan: false, scanIfSignal: false };

const trustedSet = (state: StoredState) => new Set(state.settings.trustedSites);
const langOf = async (state: StoredState, deps: GuardDeps) =>
  resolveLang(state.settings.lang, await deps.langEnv());

/** The top page's verdict replaces the top part of the tab's record; its frames stay if the document did. */
async function judgeTop(
  tabId: number,
  documentId: string | undefined,
  verdict: GuardVerdict,
  look: Look,
  deps: GuardDeps,
): Promise<GuardAnswer> {
  const state = await deps.store.read();
  const top = {
    brand: verdict.level === 'official' ? verdict.brand : null,
    site: verdict.host,
    verdict,
    trusted: false,
    ...(documentId !== undefined && { document: documentId }),
  };
  const info = await deps.tabs.update(tabId, (previous) =>
    withTrust(withTop(previous, top), trustedSet(state)),
  );
  await deps.refreshBadges(state);
  // A trusted site gets no closer look either: nothing it could find would be shown.
  return { ...(info.trusted ? NO_LOOK : look), banner: bannerOf(info, await langOf(state, deps)) };
}

/**
 * A sub-frame's verdict. One that does not warn is only answered (ads and embeds cost no storage); one that warns
 * joins the tab's record and, when it changes what the tab shows, the badge and the top page's banner follow.
 * The frame itself never shows a banner: the user reads the top page.
 */
async function judgeFrame(
  tabId: number,
  frameId: number,
  verdict: GuardVerdict,
  look: Look,
  deps: GuardDeps,
): Promise<GuardAnswer> {
  if (severity(verdict) === 0) return { ...look, banner: null };
  const state = await deps.store.read();
  const trusted = trustedSet(state).has(verdict.host);
  let before: TabInfo | null = null;
  const after = await deps.tabs.update(tabId, async (current) => {
    // A record whose top document is gone belongs to an earlier page: this frame starts the new page's record.
    const alive = current?.document === undefined || (await deps.topAlive(tabId, current.document));
    before = alive ? current : null;
    const frame = { frameId, site: verdict.host, verdict, trusted, top: before?.document ?? null };
    return withFrame(before, frame);
  });
  const shownBefore = before ? JSON.stringify(shownOf(before)) : '';
  if (JSON.stringify(shownOf(after)) !== shownBefore) {
    await deps.refreshBadges(state);
    const banner = bannerOf(after, await langOf(state, deps));
    if (banner) await deps.showInTop(tabId, banner);
  }
  return { ...(trusted ? NO_LOOK : look), banner: null };
}

export async function answerGuard(
  message: GuardMessage,
  sender: Runtime.MessageSender,
  deps: GuardDeps,
): Promise<GuardAnswer | null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const frameId = sender.frameId ?? 0;
  const url = frameAddress(sender);
  const judge = (verdict: GuardVerdict, look: Look) =>
    frameId === 0
      ? judgeTop(tabId, sender.documentId, verdict, look, deps)
      : judgeFrame(tabId, frameId, verdict, look, deps);
  switch (message.type) {
    case 'guard/check': {
      const { verdict, ...look } = checkUrl(url, message.sample);
      return judge(verdict, look);
    }
    case 'guard/page':
      return judge(checkPage(url, completeFacts(message.facts)), NO_LOOK);
    case 'site/trust': {
      // A frame's host only from the top page, and only one the background warned about in this tab.
      const { framed } = message;
      if (framed !== undefined && (frameId !== 0 || !hasFrameOn(await deps.tabs.get(tabId), framed)))
        return null;
      const site = framed ?? new URL(url).hostname;
      const state = await deps.store.update((s) => ({
        settings: s.settings.trustedSites.includes(site)
          ? s.settings
          : { ...s.settings, trustedSites: [...s.settings.trustedSites, site] },
      }));
      await refreshTrust(deps, state);
      return null;
    }
  }
}

/** Applies the trusted sites to every known tab (its top page and its frames) and redraws the badges. */
export async function refreshTrust(
  deps: Pick<GuardDeps, 'tabs' | 'refreshBadges'>,
  state: StoredState,
): Promise<void> {
  const trusted = trustedSet(state);
  for (const tabId of (await deps.tabs.all()).keys()) {
    await deps.tabs.update(tabId, (info) => info && withTrust(info, trusted));
  }
  await deps.refreshBadges(state);
}
