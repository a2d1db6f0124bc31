import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { readLangEnv } from '../../utils/language';
import { send } from '../../utils/send';

async function activeTabId(): Promise<number | undefined> {
  // `?tab=N` lets the popup describe a given tab when it is opened as a page (as the end-to-end tests do).
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const root = document.getElementById('app');
if (root) {
  void Promise.all([activeTabId(), readLangEnv()]).then(([tabId, langEnv]) =>
    render(
      <App
        tabId={tabId}
        langEnv={langEnv}
        planId={new URLSearchParams(location.search).get('plan') ?? undefined}
        send={send}
      />,
      root,
    ),
  );
}
