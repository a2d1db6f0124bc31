/** A background router wired to fakeBrowser storage and in-memory tabs, for the router's unit tests. */
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import type { RouterDeps } from '../../utils/background/router';
import { Store } from '../../utils/background/store';
import type { TabInfo } from '../../utils/messages';

export const EXTENSION_ORIGIN = 'chrome-extension://kaiyaku/';
export const popupSender: Runtime.MessageSender = { id: 'kaiyaku', url: `${EXTENSION_ORIGIN}popup.html` };

export function contentScriptSender(tabId: number, url: string): Runtime.MessageSender {
  return {
    id: 'kaiyaku',
    url,
    tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

/** For routers whose tests involve no tab: no records, every top document gone, no banner shown. */
export const NO_TABS: Pick<RouterDeps, 'tabs' | 'topAlive' | 'showInTop'> = {
  tabs: { get: async () => null, update: async (_id, change) => change(null), all: async () => new Map() },
  topAlive: async () => false,
  showInTop: async () => undefined,
};

const NO_FRAMES: Pick<RouterDeps, 'topAlive' | 'showInTop'> = {
  topAlive: async () => true,
  showInTop: async () => undefined,
};

export interface FakeRouter {
  deps: RouterDeps;
  tabs: Map<number, TabInfo>;
  /** How many times the badges were redrawn. */
  badgeRefreshes(): number;
}

/** Resets fakeBrowser and returns fresh dependencies; plan ids are plan-1, plan-2, …; the clock stands at `now`. */
export function fakeRouter(now: number): FakeRouter {
  fakeBrowser.reset();
  const tabs = new Map<number, TabInfo>();
  let refreshes = 0;
  let nextId = 0;
  const deps: RouterDeps = {
    store: new Store(),
    extensionOrigin: EXTENSION_ORIGIN,
    extensionId: 'kaiyaku',
    tabs: {
      get: async (id) => tabs.get(id) ?? null,
      async update(id, change) {
        const next = await change(tabs.get(id) ?? null);
        if (next) tabs.set(id, next);
        else tabs.delete(id);
        return next;
      },
      all: async () => tabs,
    },
    ...NO_FRAMES,
    refreshBadges: async () => void refreshes++,
    newId: () => `plan-${++nextId}`,
    now: () => now,
    langEnv: async () => ({ preferred: ['en-US'], ui: 'en-US' }),
  };
  return { deps, tabs, badgeRefreshes: () => refreshes };
}
