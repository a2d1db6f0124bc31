/**
 * How soon the in-page assistant marks the element to click, per portal fixture page that gets a highlight:
 * the page itself notes the moment, with a MutationObserver installed before any other script
 * (`page.addInitScript`), along with the moment the element the fixture expects (`data-fixture`) was in the page:
 * menus rendered late are the page's delay, not the assistant's. Times are taken from DOMContentLoaded, which
 * document_idle never precedes, so they are an upper bound of the time after document_idle (which a page cannot
 * observe: no script of the extension announces itself there).
 */
import { type BenchBrowser, extensionWorker } from './bench-browser';
import { median, round } from './bench-stats';

/** Portal pages the e2e tests expect a highlight on (tests/e2e/assistant.e2e.ts), with no plan made: cancel. */
const PAGES = [
  'https://www.docomo.ne.jp/mydocomo/',
  'https://www.docomo.ne.jp/mydocomo/procedures/',
  'https://www.docomo.ne.jp/mydocomo/cancel/confirm/',
  'https://my.au.com/',
  'https://my.au.com/contract/',
  'https://my.au.com/procedure/',
  'https://my.softbank.jp/msb/d/top/',
  'https://my.softbank.jp/msb/d/contract/',
  'https://povo.jp/support/procedure/cancel/',
  'https://www.linemo.jp/procedure/',
  'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile/contract/',
];

const HIGHLIGHT_TIMEOUT_MS = 5000;

/** Plain JavaScript for the page (tsx would wrap named functions in a helper the page lacks). */
const OBSERVER = `(() => {
  const marks = {};
  window.__kaiyakuBench = marks;
  new MutationObserver((records, observer) => {
    if (marks.target === undefined && document.querySelector('[data-fixture]')) marks.target = performance.now();
    if (!records.some((r) => r.type === 'attributes')) return;
    marks.highlight = performance.now();
    observer.disconnect();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-kaiyaku-highlight'],
  });
})()`;

interface Marks {
  dcl: number;
  target?: number;
  highlight: number;
}

async function timeToHighlight(b: BenchBrowser, url: string): Promise<Marks | null> {
  const page = await b.context.newPage();
  await page.addInitScript(OBSERVER);
  await page.goto(url, { waitUntil: 'load' });
  const marks = await page
    .waitForFunction(
      () => {
        const m = (window as unknown as { __kaiyakuBench: Partial<Marks> }).__kaiyakuBench;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return m.highlight !== undefined && { ...m, dcl: nav.domContentLoadedEventEnd };
      },
      undefined,
      { timeout: HIGHLIGHT_TIMEOUT_MS },
    )
    .then((handle) => handle.jsonValue() as Promise<Marks>)
    .catch(() => null);
  await page.close();
  return marks;
}

export async function benchHighlight(b: BenchBrowser, runs: number) {
  await extensionWorker(b.context);
  if (!b.extensionId) throw new Error('the highlight bench needs the extension');
  const rows = [];
  for (const url of PAGES) {
    const samples: Marks[] = [];
    for (let i = 0; i < runs; i++) {
      const marks = await timeToHighlight(b, url);
      if (!marks) break;
      samples.push(marks);
    }
    const m = (f: (s: Marks) => number) => round(median(samples.map(f)));
    rows.push({
      page: url.replace('https://', ''),
      runs: samples.length,
      fromNavigationStartMs: m((s) => s.highlight),
      fromDclMs: m((s) => s.highlight - s.dcl),
      /** From the later of DOMContentLoaded and the element's appearance: the assistant's own delay. */
      fromReadyMs: m((s) => s.highlight - Math.max(s.dcl, s.target ?? 0)),
    });
  }
  return { runs, rows };
}
