/**
 * The service worker's JS heap after many tab updates: one tab is sent across carrier, scam and ordinary
 * fixture pages; after each navigation the bench waits until the background has recorded the guard's report
 * for the new page (which also redraws the badge), so every update was really processed. The heap is read over
 * DevTools after a forced GC, before and after each batch, to show whether it grows or levels off.
 */
import type { Page, Worker } from 'playwright-core';
import { type BenchBrowser, extensionWorker, heapAfterGc, workerProtocol } from './bench-browser';
import { round } from './bench-stats';

/** Consecutive pages are on different hosts, so "the tab's record names this host" means "this page's report". */
const CYCLE = [
  'https://www.docomo.ne.jp/mydocomo/',
  'https://qmzvrtpk.xyz/dacc/login.html',
  'https://www.example-news.jp/',
  'https://my.softbank.jp/msb/d/top/',
  'https://sim-kaiyaku-navi.com/docomo-kaiyaku/',
  'https://kddi-mibarai.top/pay/',
  'https://www.example-shop.jp/',
  'https://my.au.com/contract/',
];

/**
 * Resolves once the background's record of `tabId` (in storage.session) is for `site`. Plain JavaScript in a
 * string: tsx would wrap named functions in a helper that does not exist in the worker.
 */
function recorded(worker: Worker, tabId: number, site: string): Promise<void> {
  return worker.evaluate(`new Promise((done) => {
    const key = ${JSON.stringify(`tab:${tabId}`)};
    const check = (info) => {
      if (info?.site !== ${JSON.stringify(site)}) return;
      chrome.storage.onChanged.removeListener(listener);
      done();
    };
    const listener = (changes, area) => { if (area === 'session') check(changes[key]?.newValue); };
    chrome.storage.onChanged.addListener(listener);
    chrome.storage.session.get(key).then((found) => check(found[key]));
  })`);
}

async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Tabs navigating at once: the background handles their reports interleaved, as with a user's many tabs. */
const TABS = 6;

export async function benchWorkerHeap(b: BenchBrowser, batches: readonly number[]) {
  const worker = await extensionWorker(b.context);
  const protocol = await workerProtocol(b);
  const tabs: { page: Page; id: number }[] = [];
  for (let i = 0; i < TABS; i++) {
    const page = await b.context.newPage();
    tabs.push({ page, id: await tabIdOf(worker, page) });
  }
  const points = [{ updates: 0, heapMb: round(await heapAfterGc(protocol), 2) }];
  const started = performance.now();
  let updates = 0;
  for (const upTo of batches) {
    const perTab = Math.ceil((upTo - updates) / TABS);
    await Promise.all(
      tabs.map(async ({ page, id }, t) => {
        for (let i = 0; i < perTab; i++) {
          const url = CYCLE[(i + t) % CYCLE.length] as string;
          const done = recorded(worker, id, new URL(url).hostname);
          await page.goto(url, { waitUntil: 'commit' });
          await done;
        }
      }),
    );
    updates += perTab * TABS;
    points.push({ updates, heapMb: round(await heapAfterGc(protocol), 2) });
  }
  const seconds = round((performance.now() - started) / 1000);
  await protocol.detach();
  for (const { page } of tabs) await page.close();
  return { pages: CYCLE, tabs: TABS, points, seconds };
}
