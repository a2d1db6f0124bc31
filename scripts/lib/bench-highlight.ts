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

/**
 * The page that hurts most: a portal page with MAX_CANDIDATES clickable things of every kind the assistant reads
 * (links, buttons, tabindex and onclick items, labels, near misses that name 解約 with a fee or an option word),
 * and the item to mark found only by intent, last. Served in place of www.docomo.ne.jp (Playwright's route), so
 * the content script's real match pattern applies.
 */
export const MANY_CANDIDATES_URL = 'https://www.docomo.ne.jp/mydocomo/bench-3000/';

export function manyCandidatesHtml(): string {
  const kinds = [
    (i: number) => `<a href="/mydocomo/item/${i}">お手続き ${i}</a>`,
    (i: number) => `<div tabindex="0">項目 ${i}</div>`,
    (i: number) => `<li onclick="void 0">オプションの解約 ${i}</li>`,
    (i: number) => `<button type="button">解約金シミュレーション ${i}</button>`,
    (i: number) => `<label><input type="checkbox"> 設定 ${i}</label>`,
  ];
  const items = Array.from({ length: 2999 }, (_, i) => (kinds[i % kinds.length] as (i: number) => string)(i));
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>手続き | My docomo</title></head>
<body><main><h1>手続き</h1><ul>${items.join('\n')}</ul>
<div class="card" tabindex="0" data-fixture="expected"><h3>解約お手続き</h3><p>回線を解約します。</p></div>
</main></body></html>`;
}

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
  await b.context.route(MANY_CANDIDATES_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: manyCandidatesHtml() }),
  );
  for (const url of [...PAGES, MANY_CANDIDATES_URL]) {
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
