/**
 * Per-tab knowledge lives in `storage.session`: it survives a service-worker restart but not the browser
 * session, which is exactly how long a tab lives.
 */
import { browser } from 'wxt/browser';
import type { Brand } from '../../data/schema';
import type { Banner } from '../guard/banner';
import type { TabInfo } from '../messages';
import { type Badge, badgeFor, NO_BADGE } from './badge';
import { showsSomething } from './frames';
import type { StoredState } from './store';

const key = (tabId: number) => `tab:${tabId}`;

/** The change to each tab's record that runs now; the next one waits for it. */
const pending = new Map<number, Promise<unknown>>();

export const tabStore = {
  async get(tabId: number): Promise<TabInfo | null> {
    const found = await browser.storage.session.get(key(tabId));
    return (found[key(tabId)] as TabInfo | undefined) ?? null;
  },
  async set(tabId: number, info: TabInfo): Promise<void> {
    await browser.storage.session.set({ [key(tabId)]: info });
  },
  async remove(tabId: number): Promise<void> {
    await browser.storage.session.remove(key(tabId));
  },
  /** Read, change and write one tab's record, after every earlier change to that tab (null removes it). */
  update<T extends TabInfo | null>(
    tabId: number,
    change: (info: TabInfo | null) => T | Promise<T>,
  ): Promise<T> {
    const run = (pending.get(tabId) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const next = await change(await tabStore.get(tabId));
        if (next) await tabStore.set(tabId, next);
        else await tabStore.remove(tabId);
        return next;
      });
    pending.set(tabId, run);
    void run.finally(() => pending.get(tabId) === run && pending.delete(tabId)).catch(() => undefined);
    return run;
  },
  async all(): Promise<Map<number, TabInfo>> {
    const everything = await browser.storage.session.get(null);
    const tabs = new Map<number, TabInfo>();
    for (const [k, info] of Object.entries(everything)) {
      if (k.startsWith('tab:')) tabs.set(Number(k.slice(4)), info as TabInfo);
    }
    return tabs;
  },
};

/**
 * Whether the tab's top document is still `documentId`: its guard answers a message addressed to that document
 * only (Chromium, Firefox); once the tab shows another page, nothing answers.
 */
export async function topAlive(tabId: number, documentId: string): Promise<boolean> {
  try {
    return (
      (await browser.tabs.sendMessage(tabId, { type: 'guard/alive' }, { frameId: 0, documentId })) === true
    );
  } catch {
    return false;
  }
}

/** Asks the tab's top-page guard to show `banner` (a frame's warning); nothing happens where there is none. */
export async function showInTop(tabId: number, banner: Banner): Promise<void> {
  await browser.tabs
    .sendMessage(tabId, { type: 'guard/banner', banner }, { frameId: 0 })
    .catch(() => undefined);
}

/**
 * The tab started (`loading`) or finished loading something: a new page, or only a frame's page or a same-page
 * address change (browsers report all of them alike, as `status` changes). A record whose top document is gone
 * is forgotten with its badge; one whose top document is still shown stays, so a page that reloads an ad frame (or
 * navigates any frame on purpose) keeps its warnings. Asked again when loading completes, for pages where no
 * guard reports (browser pages, the web store).
 */
export async function recheckTab(tabId: number, loading: boolean): Promise<void> {
  const kept = await tabStore.update(tabId, async (info) => {
    if (!info) return null;
    // Without the top document's id (before the top page reported, or a browser that gives none) there is no
    // asking: as for a record that shows nothing, loading something starts afresh.
    if (!showsSomething(info) || info.document === undefined) return loading ? null : info;
    return (await topAlive(tabId, info.document)) ? info : null;
  });
  if (!kept) await showBadge(tabId, NO_BADGE);
}

export async function showBadge(tabId: number, badge: Badge): Promise<void> {
  try {
    // Firefox's Manifest V2 build has `browserAction` only; Chromium's MV3 has `action`.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed meanwhile; there is no badge left to update.
  }
}

export async function refreshAllBadges(brands: readonly Brand[], state: StoredState): Promise<void> {
  const tabs = await tabStore.all();
  await Promise.all([...tabs].map(([tabId, info]) => showBadge(tabId, badgeFor(brands, state.plans, info))));
}
