import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
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
  void activeTabId().then((tabId) =>
    render(
      <App
        tabId={tabId}
        locale={browser.i18n.getUILanguage()}
        planId={new URLSearchParams(location.search).get('plan') ?? undefined}
        send={send}
      />,
      root,
    ),
  );
}
