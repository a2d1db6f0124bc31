import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BRANDS } from '../data/brands';
import { NO_BADGE } from '../utils/background/badge';
import { startReminders } from '../utils/background/reminders';
import { handleMessage, RefusedError } from '../utils/background/router';
import { Store } from '../utils/background/store';
import { refreshAllBadges, showBadge, tabStore } from '../utils/background/tabs';
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

  // A new document in the tab: forget what the previous one was until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void tabStore.remove(tabId).then(() => showBadge(tabId, NO_BADGE));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabStore.remove(tabId));

  startReminders(store, BRANDS);
});
