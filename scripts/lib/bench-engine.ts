/**
 * The Node part of the benchmark. Engine (one core): assessUrl URLs/s over the JPCERT/CC file in ../shared/data
 * when present (else a generated set), beside a Levenshtein fuzzy-list check of the same hosts in the same run;
 * page extraction and assessPage per page size; checklist computation for every plan. Sizes: gzip of every
 * built script and of the JS the popup loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BRANDS } from '../../data/brands';
import { CARD_TYPES, GOALS } from '../../data/schema';
import { EXTENSION_DIR } from '../../tests/e2e/harness';
import { computeChecklist, isOffered } from '../../utils/checklist';
import { extractPageFacts } from '../../utils/scam/extract';
import { assessPage } from '../../utils/scam/page';
import { registrableDomain } from '../../utils/scam/parse';
import { assessUrl } from '../../utils/scam/url';
import { article } from './bench-pages';
import { median, round } from './bench-stats';
import { FIXTURES_DIR } from './fixture-server';
import { withDocument } from './html-document';

const JPCERT = resolve(import.meta.dirname, '../../../shared/data/jpcert-phish-2019-2022.csv');

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

export async function benchEngine(quick: boolean) {
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

function gz(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

export function sizes() {
  const dir = EXTENSION_DIR;
  const out: Record<string, number> = {};
  // Every content script the manifest lists (the guard is built as a plain script at the top level).
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  for (const file of manifest.content_scripts.flatMap((s) => s.js)) out[file] = gz(join(dir, file));
  out['background.js'] = gz(join(dir, 'background.js'));
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const popupJs = [...popupHtml.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  out['popup (all JS it loads)'] = popupJs.reduce((sum, file) => sum + gz(join(dir, file)), 0);
  return out;
}
