/**
 * The background's answers to the scam guard's content script. Each message concerns only the sender's tab and
 * the host the browser says it is on; nothing here reads or changes the user's checklists.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Store, StoredState } from '../background/store';
import { type LangEnv, resolveLang } from '../language';
import type { GuardAnswer, Message, TabInfo } from '../messages';
import { completeFacts } from '../scam/extract';
import { bannerFor } from './banner';
import { checkPage, type GuardVerdict } from './check';
import { checkUrl } from './trigger';

export interface GuardDeps {
  store: Store;
  tabs: { set(tabId: number, info: TabInfo): Promise<void>; all(): Promise<Map<number, TabInfo>> };
  refreshBadges(state: StoredState): Promise<void>;
  /** The browser's languages, for the banner while the language setting is "auto" (utils/language.ts). */
  langEnv(): Promise<LangEnv>;
}

type GuardMessage = Extract<Message, { type: 'guard/check' | 'guard/page' | 'site/trust' }>;

async function record(
  tabId: number,
  verdict: GuardVerdict,
  deps: GuardDeps,
): Promise<{ info: TabInfo; state: StoredState }> {
  const state = await deps.store.read();
  const info: TabInfo = {
    brand: verdict.level === 'official' ? verdict.brand : null,
    site: verdict.host,
    verdict,
    trusted: verdict.host !== '' && state.settings.trustedSites.includes(verdict.host),
  };
  await deps.tabs.set(tabId, info);
  await deps.refreshBadges(state);
  return { info, state };
}

const NO_LOOK = { scan: false, scanIfSignal: false };

async function answer(
  info: TabInfo,
  state: StoredState,
  look: { scan: boolean; scanIfSignal: boolean },
  deps: GuardDeps,
): Promise<GuardAnswer> {
  const lang = resolveLang(state.settings.lang, await deps.langEnv());
  // A trusted site gets no closer look either: nothing it could find would be shown.
  const closer = info.trusted ? NO_LOOK : look;
  return { ...closer, banner: info.trusted ? null : bannerFor(info.verdict, lang) };
}

export async function answerGuard(
  message: GuardMessage,
  sender: Runtime.MessageSender,
  deps: GuardDeps,
): Promise<GuardAnswer | null> {
  const tabId = sender.tab?.id;
  const url = sender.url ?? '';
  if (tabId === undefined) return null;
  switch (message.type) {
    case 'guard/check': {
      const { verdict, ...look } = checkUrl(url, message.sample);
      const { info, state } = await record(tabId, verdict, deps);
      return answer(info, state, look, deps);
    }
    case 'guard/page': {
      const { info, state } = await record(tabId, checkPage(url, completeFacts(message.facts)), deps);
      return answer(info, state, NO_LOOK, deps);
    }
    case 'site/trust': {
      const site = new URL(url).hostname;
      const state = await deps.store.update((s) => ({
        settings: s.settings.trustedSites.includes(site)
          ? s.settings
          : { ...s.settings, trustedSites: [...s.settings.trustedSites, site] },
      }));
      await refreshTrust(site, true, deps, state);
      return null;
    }
  }
}

/** Marks every known tab on `site` as (un)trusted and redraws the badges. */
export async function refreshTrust(
  site: string,
  trusted: boolean,
  deps: GuardDeps,
  state: StoredState,
): Promise<void> {
  for (const [tabId, info] of await deps.tabs.all()) {
    if (info.site === site) await deps.tabs.set(tabId, { ...info, trusted });
  }
  await deps.refreshBadges(state);
}
