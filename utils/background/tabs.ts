/**
 * Per-tab knowledge lives in `storage.session`: it survives a service-worker restart but not the browser
 * session, which is exactly how long a tab lives.
 */
import { browser } from 'wxt/browser';
import type { Brand } from '../../data/schema';
import type { TabInfo } from '../messages';
import { type Badge, badgeFor } from './badge';
import type { StoredState } from './store';

const key = (tabId: number) => `tab:${tabId}`;

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
  async all(): Promise<Map<number, TabInfo>> {
    const everything = await browser.storage.session.get(null);
    const tabs = new Map<number, TabInfo>();
    for (const [k, info] of Object.entries(everything)) {
      if (k.startsWith('tab:')) tabs.set(Number(k.slice(4)), info as TabInfo);
    }
    return tabs;
  },
};

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
