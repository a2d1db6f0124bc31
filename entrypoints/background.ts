import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BRANDS } from '../data/brands';
import { startReminders } from '../utils/background/reminders';
import { handleMessage, RefusedError } from '../utils/background/router';
import { Store } from '../utils/background/store';
import { recheckTab, refreshAllBadges, showInTop, tabStore, topAlive } from '../utils/background/tabs';
import { readLangEnv } from '../utils/language';
import { REFUSED } from '../utils/refused';

export default defineBackground(() => {
  const store = new Store();
  const deps = {
    store,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionId: browser.runtime.id,
    tabs: tabStore,
    refreshBadges: (state: Parameters<typeof refreshAllBadges>[1]) => refreshAllBadges(BRANDS, state),
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    langEnv: readLangEnv,
    topAlive,
    showInTop,
  };

  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, deps).catch((error: unknown) => {
      console.warn('Kaiyaku Guard refused a message:', error);
      const refused = error instanceof RefusedError;
      return Promise.reject(
        new Error(`${refused ? REFUSED : ''}${error instanceof Error ? error.message : error}`),
      );
    }),
  );

  // Something loads in the tab: forget what the previous page was, unless its top document is still there.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== undefined) void recheckTab(tabId, change.status === 'loading');
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabStore.remove(tabId));

  startReminders(store, BRANDS);
});
