/**
 * `npm run bench`: what Kaiyaku Guard costs. Prints a table and writes bench-results.json.
 *
 *   npm run bench [-- --quick] [-- --no-browser]
 *
 * 1. Engine (Node, one core): assessUrl URLs/s over the JPCERT/CC file in ../shared/data when present (else a
 *    generated set), beside a Levenshtein fuzzy-list check of the same hosts in the same run; page extraction
 *    and assessPage per page size; checklist computation for every plan.
 * 2. Sizes: gzip of every built script and of the JS the popup loads.
 * 3. Browser (real headless Chromium): the same pages loaded with and without the extension, alternating, for
 *    DOMContentLoaded, load, script time and long tasks; JS heap with and without.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { BRANDS } from '../data/brands';
import { CARD_TYPES, GOALS } from '../data/schema';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { computeChecklist, isOffered } from '../utils/checklist';
import { extractPageFacts } from '../utils/scam/extract';
import { registrableDomain } from '../utils/scam/host';
import { assessPage } from '../utils/scam/page';
import { assessUrl } from '../utils/scam/url';
import { article, BENCH_HOST } from './lib/bench-pages';
import { findChromium, QUIET_FLAGS } from './lib/chromium';
import { FIXTURES_DIR, startFixtureServer } from './lib/fixture-server';
import { withDocument } from './lib/html-document';

const ROOT = resolve(import.meta.dirname, '..');
const JPCERT = resolve(ROOT, '../shared/data/jpcert-phish-2019-2022.csv');
const quick = process.argv.includes('--quick');
const withBrowser = !process.argv.includes('--no-browser');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** Median wall time of `runs` calls of `fn`, after one warm-up call. */
function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// ── 1. Engine ────────────────────────────────────────────────────────────────────────────────────────────

function benchUrls(): { source: string; urls: string[] } {
  if (existsSync(JPCERT)) {
    const urls = readFileSync(JPCERT, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.slice(line.indexOf(',') + 1, line.lastIndexOf(',')))
      .filter(Boolean);
    return { source: 'JPCERT/CC 2019–2022 (../shared/data)', urls };
  }
  // Without the shared data: look-alikes, random labels and ordinary sites in a fixed mix.
  const urls: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    const label = (i * 2654435761).toString(36).slice(0, 8);
    urls.push(
      [
        `https://${label}.duckdns.org/login`,
        `https://docomo-${label}.xyz/`,
        `https://www.example${i % 97}.com/news/${i}`,
      ][i % 3] as string,
    );
  }
  return { source: 'generated (../shared/data absent)', urls };
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = row[j] as number;
      row[j] = next;
    }
  }
  return row[b.length] as number;
}

/** The MetaMask-style baseline: allowlist, then Levenshtein ≤ 2 against every official domain. */
function fuzzyListCheck(urls: readonly string[]): number {
  const official = BRANDS.flatMap((b) => b.domains.map((d) => d.domain));
  const allow = new Set(official);
  let flagged = 0;
  for (const url of urls) {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    const domain = registrableDomain(host);
    if (allow.has(domain)) continue;
    if (official.some((o) => levenshtein(domain, o) <= 2)) flagged++;
  }
  return flagged;
}

async function benchEngine() {
  const { source, urls } = benchUrls();
  const runs = quick ? 3 : 7;
  const engineMs = time(() => {
    for (const url of urls) assessUrl(url);
  }, runs);
  const baselineMs = time(() => fuzzyListCheck(urls), quick ? 1 : 3);
  const pages: { page: string; bytes: number; extractMs: number; assessMs: number }[] = [];
  const samples: [string, string, string][] = [
    [
      'scam login (fixture)',
      'https://qmzvrtpk.xyz/dacc/login.html',
      readFileSync(join(FIXTURES_DIR, 'qmzvrtpk.xyz/dacc/login.html'), 'utf8'),
    ],
    [
      'SEO cancel page (fixture)',
      'https://sim-kaiyaku-navi.com/docomo-kaiyaku/',
      readFileSync(join(FIXTURES_DIR, 'sim-kaiyaku-navi.com/docomo-kaiyaku/index.html'), 'utf8'),
    ],
    ['50 kB article', 'https://news.example.jp/a', article(50_000)],
    ['2 MB article', 'https://news.example.jp/b', article(2_000_000)],
  ];
  for (const [name, url, html] of samples) {
    await withDocument(url, html, (doc) => {
      const facts = extractPageFacts(doc);
      pages.push({
        page: name,
        bytes: html.length,
        extractMs: round(
          time(() => extractPageFacts(doc), quick ? 3 : 9),
          3,
        ),
        assessMs: round(
          time(() => assessPage(url, facts), quick ? 5 : 21),
          3,
        ),
      });
    });
  }
  const plans = BRANDS.flatMap((b) => CARD_TYPES.flatMap((c) => GOALS.map((g) => [b, c, g] as const))).filter(
    ([b, c, g]) => isOffered(b, c, g),
  );
  const checklistMs = time(() => {
    for (const [b, c, g] of plans) computeChecklist(b, c, g);
  }, 21);
  return {
    urls: { source, count: urls.length },
    assessUrlPerSecond: Math.round(urls.length / (engineMs / 1000)),
    levenshteinPerSecond: Math.round(urls.length / (baselineMs / 1000)),
    speedup: round(baselineMs / engineMs, 1),
    pages,
    checklist: { plans: plans.length, allPlansMs: round(checklistMs, 3) },
  };
}

// ── 2. Sizes ─────────────────────────────────────────────────────────────────────────────────────────────

function gz(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

function sizes() {
  const dir = EXTENSION_DIR;
  const out: Record<string, number> = {};
  for (const file of readdirSync(join(dir, 'content-scripts')))
    out[`content-scripts/${file}`] = gz(join(dir, 'content-scripts', file));
  out['background.js'] = gz(join(dir, 'background.js'));
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const popupJs = [...popupHtml.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  out['popup (all JS it loads)'] = popupJs.reduce((sum, file) => sum + gz(join(dir, file)), 0);
  return out;
}

// ── 3. Browser ───────────────────────────────────────────────────────────────────────────────────────────

interface Load {
  dcl: number;
  load: number;
  scriptMs: number;
  longTasks: number;
  heapMb: number;
}

async function measure(context: BrowserContext, url: string, settleMs: number): Promise<Load> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      longTasks: (window as unknown as { __longTasks?: number }).__longTasks ?? 0,
    };
  });
  await page.close();
  return { ...timing, scriptMs: metric('ScriptDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1048576 };
}

async function benchBrowser() {
  const server = await startFixtureServer();
  const profiles: string[] = [];
  const launch = (extension: boolean) => {
    const profile = mkdtempSync(join(tmpdir(), 'kaiyaku-bench-'));
    profiles.push(profile);
    return chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: [
        ...QUIET_FLAGS,
        ...server.chromiumArgs,
        ...(extension
          ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
          : []),
      ],
    });
  };
  const [withExt, without] = [await launch(true), await launch(false)];
  for (const context of [withExt, without]) {
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: number };
      w.__longTasks = 0;
      new PerformanceObserver((list) => {
        w.__longTasks += list.getEntries().length;
      }).observe({ type: 'longtask', buffered: true });
    });
  }
  const pages: [string, string, number][] = [
    ['docomo account top', 'https://www.docomo.ne.jp/mydocomo/', 1500],
    ['au contract (menu after 1 s)', 'https://my.au.com/contract/', 2000],
    ['scam login', 'https://qmzvrtpk.xyz/dacc/login.html', 1500],
    ['SEO cancel page', 'https://sim-kaiyaku-navi.com/docomo-kaiyaku/', 1500],
    ['2 MB article', `https://${BENCH_HOST}/article-2mb`, 1500],
    ['10,000-node DOM', `https://${BENCH_HOST}/dom-10k`, 1500],
    ['DOM mutating for 5 s', `https://${BENCH_HOST}/mutating`, 5500],
  ];
  const runs = quick ? 3 : 7;
  const rows = [];
  for (const [name, url, settle] of pages) {
    const a: Load[] = [];
    const b: Load[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first so neither side always gets the warmer cache.
      if (i % 2) {
        a.push(await measure(withExt, url, settle));
        b.push(await measure(without, url, settle));
      } else {
        b.push(await measure(without, url, settle));
        a.push(await measure(withExt, url, settle));
      }
    }
    const m = (xs: Load[], k: keyof Load) => median(xs.map((x) => x[k]));
    rows.push({
      page: name,
      dclRatio: round(m(a, 'dcl') / m(b, 'dcl')),
      loadRatio: round(m(a, 'load') / m(b, 'load')),
      extraScriptMs: round(m(a, 'scriptMs') - m(b, 'scriptMs'), 1),
      longTasksWith: Math.max(...a.map((x) => x.longTasks)),
      longTasksWithout: Math.max(...b.map((x) => x.longTasks)),
      extraHeapMb: round(m(a, 'heapMb') - m(b, 'heapMb')),
    });
  }
  await withExt.close();
  await without.close();
  await server.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
  return { runsPerPage: runs, rows };
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const chromiumVersion = withBrowser ? execFileSync(findChromium(), ['--version']).toString().trim() : null;
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      chromium: chromiumVersion,
    },
    engine: await benchEngine(),
    sizes: sizes(),
    browser: withBrowser ? await benchBrowser() : null,
  };
  writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const e = results.engine;
  console.log(
    `Machine: ${results.machine.cpu} ×${results.machine.cores}, Node ${results.machine.node}, ${chromiumVersion ?? ''}`,
  );
  console.log(
    `\nassessUrl over ${e.urls.count} URLs (${e.urls.source}): ${e.assessUrlPerSecond.toLocaleString('en')} URLs/s`,
  );
  console.log(
    `Levenshtein fuzzy list, same URLs: ${e.levenshteinPerSecond.toLocaleString('en')} URLs/s → ${e.speedup}× faster`,
  );
  console.table(e.pages);
  console.log(`Checklists for all ${e.checklist.plans} plans: ${e.checklist.allPlansMs} ms`);
  console.log('\nSizes (gzip bytes):');
  console.table(results.sizes);
  if (results.browser) {
    console.log(
      `\nPage loads with / without the extension (median of ${results.browser.runsPerPage}, alternating):`,
    );
    console.table(results.browser.rows);
  }
  console.log('\nWrote bench-results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
