/**
 * Evaluates the URL engine on JPCERT/CC phishing URLs (`date,URL,description`) and, optionally, on lists of
 * legitimate domains (one a line).
 *
 *   npm run eval -- [FILE.csv] [--legit FILE ...] [--show-misses N] [--json] [--bench]
 *
 * `--bench` also times `assessUrl` alone on the CSV's URLs (all rows, then carrier rows; one warm-up pass, best of
 * 5 timed passes, one thread) against a MetaMask-style baseline: allowlist of the brands' official domains, then
 * Levenshtein distance ≤ 1 between the registrable domain and each official domain (the "fuzzylist").
 *
 * Default CSV: ../shared/data/jpcert-phish-2019-2022.csv (a message and exit 0 when absent). The data is read
 * by path only; nothing is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BRANDS } from '../data/brands';
import { registrableDomain } from '../utils/scam/host';
import type { Verdict } from '../utils/scam/types';
import { assessUrl } from '../utils/scam/url';
import { reportPages } from './lib/eval-pages';

const CARRIERS: Record<string, string> = {
  au: 'au',
  KDDI: 'au',
  softbank: 'softbank',
  'NTT docomo': 'docomo',
  docomo: 'docomo',
};

interface Args {
  csv: string;
  legit: string[];
  showMisses: number;
  json: boolean;
  bench: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { csv: '', legit: [], showMisses: 0, json: false, bench: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i] as string;
    if (x === '--legit') {
      while (argv[i + 1] && !(argv[i + 1] as string).startsWith('--')) a.legit.push(argv[++i] as string);
    } else if (x === '--show-misses') a.showMisses = Number(argv[++i] ?? 20);
    else if (x === '--json') a.json = true;
    else if (x === '--bench') a.bench = true;
    else if (!a.csv) a.csv = x;
  }
  a.csv ||= fileURLToPath(new URL('../../shared/data/jpcert-phish-2019-2022.csv', import.meta.url));
  return a;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const caution = (v: Verdict) => v.level === 'caution' || v.level === 'danger';

/** Independent of the engine: the host contains one of the brand's words (≥4 letters) or `au` as a whole token. */
function hostNamesBrand(host: string, brandId: string): boolean {
  const b = BRANDS.find((x) => x.id === brandId);
  if (!b) return false;
  const words = [
    ...b.identity.hostTokens,
    ...b.domains.map((d) => registrableDomain(d.domain).split('.')[0] as string),
  ];
  for (const w of words) {
    const t = w.replace(/-/g, '');
    if (t.length >= 4 ? host.includes(t) : host.split(/[^a-z]+/).includes(t)) return true;
  }
  return false;
}

function hostOf(url: string): string {
  try {
    return new URL(url.includes('://') ? url : `http://${url}`).hostname;
  } catch {
    return '';
  }
}

/** Plain Levenshtein distance, two rows per call (as the fast-levenshtein package that MetaMask's detector uses). */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur.push(Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** MetaMask-style detector: allowlisted (official) → fine; else Levenshtein ≤ 1 to a fuzzylist entry → flagged. */
function fuzzyBaseline(): (url: string) => boolean {
  const allow = BRANDS.flatMap((b) => b.domains.map((d) => d.domain));
  const fuzzy = [...new Set(allow.map((d) => registrableDomain(d)))];
  return (url: string) => {
    const host = hostOf(url);
    if (!host) return false;
    if (allow.some((d) => host === d || host.endsWith(`.${d}`))) return false;
    const reg = registrableDomain(host);
    return fuzzy.some((f) => levenshtein(reg, f) <= 1);
  };
}

/** URLs per second of `fn` over `urls`: one warm-up pass, then the best of `passes` timed passes. */
function rate(urls: string[], fn: (u: string) => unknown, passes = 5): number {
  for (const u of urls) fn(u);
  let best = 0;
  for (let p = 0; p < passes; p++) {
    const t = performance.now();
    for (const u of urls) fn(u);
    best = Math.max(best, urls.length / ((performance.now() - t) / 1000));
  }
  return best;
}

function bench(lines: string[]): void {
  const all: string[] = [];
  const carrier: string[] = [];
  for (const line of lines.slice(1)) {
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    if (first < 0 || last <= first) continue;
    const url = line.slice(first + 1, last);
    all.push(url);
    if (CARRIERS[line.slice(last + 1).trim()]) carrier.push(url);
  }
  const base = fuzzyBaseline();
  let flagged = 0;
  for (const u of carrier) if (base(u)) flagged++;
  const k = (n: number) => `${Math.round(n / 1000)}k/s`.padStart(8);
  const ea = rate(all, assessUrl);
  const ec = rate(carrier, assessUrl);
  const ba = rate(all, base, 2);
  const bc = rate(carrier, base, 2);
  console.log('bench (one thread, warm, best of the timed passes)   all rows   carrier rows');
  console.log(`  assessUrl                                          ${k(ea)}     ${k(ec)}`);
  console.log(`  Levenshtein fuzzylist baseline                     ${k(ba)}     ${k(bc)}`);
  console.log(
    `  speed-up                                           ${(ea / ba).toFixed(1).padStart(7)}×     ${(ec / bc).toFixed(1).padStart(7)}×`,
  );
  console.log(`  baseline flags ${flagged}/${carrier.length} carrier rows ${pct(flagged, carrier.length)}`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.csv)) {
    console.log(`eval: ${args.csv} not found; nothing to evaluate (the dev data lives outside the project).`);
    return;
  }
  const lines = readFileSync(args.csv, 'utf8').split(/\r?\n/);
  type Cell = { n: number; caution: number; danger: number };
  const cell = (): Cell => ({ n: 0, caution: 0, danger: 0 });
  const byBrandYear = new Map<string, Cell>();
  const byBrand = new Map<string, Cell>();
  const total = cell();
  const other = cell();
  let named = 0;
  let namedRight = 0;
  const wrong: string[] = [];
  const misses: string[] = [];
  const t0 = performance.now();
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    if (first < 0 || last <= first) continue;
    const date = line.slice(0, first);
    const url = line.slice(first + 1, last);
    const desc = line.slice(last + 1).trim();
    const v = assessUrl(url);
    const brand = CARRIERS[desc];
    const add = (c: Cell) => {
      c.n++;
      if (caution(v)) c.caution++;
      if (v.level === 'danger') c.danger++;
    };
    if (!brand) {
      add(other);
      continue;
    }
    const year = date.slice(0, 4);
    for (const [m, k] of [
      [byBrandYear, `${brand} ${year}`],
      [byBrand, brand],
    ] as const) {
      if (!m.has(k)) m.set(k, cell());
      add(m.get(k) as Cell);
    }
    add(total);
    if (!caution(v) && misses.length < 100000) misses.push(url);
    const host = hostOf(url);
    if (hostNamesBrand(host, brand)) {
      named++;
      if (v.brand === brand) namedRight++;
      else if (wrong.length < 30) wrong.push(`${url} → ${v.brand ?? 'null'} (${v.level}) want ${brand}`);
    }
  }
  const ms = performance.now() - t0;

  const legit: { file: string; n: number; caution: number; danger: number; top: string[] }[] = [];
  for (const f of args.legit) {
    if (!existsSync(f)) {
      console.log(`eval: legit list ${f} not found, skipped`);
      continue;
    }
    const r = { file: f, n: 0, caution: 0, danger: 0, top: [] as string[] };
    for (const d of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const dom = d.trim();
      if (!dom) continue;
      const v = assessUrl(`https://${dom}/`);
      r.n++;
      if (caution(v)) {
        r.caution++;
        r.top.push(`${dom} ${v.level} ${v.score} ${v.reasons.map((x) => `${x.code}:${x.detail}`).join(' ')}`);
      }
      if (v.level === 'danger') r.danger++;
    }
    legit.push(r);
  }

  if (args.json) {
    console.log(
      JSON.stringify({
        total,
        byBrand: Object.fromEntries(byBrand),
        byBrandYear: Object.fromEntries(byBrandYear),
        attribution: { named, right: namedRight },
        otherPhishing: other,
        legit: legit.map(({ top, ...r }) => ({ ...r, top: top.slice(0, 30) })),
      }),
    );
    return;
  }
  console.log(`JPCERT carrier rows: ${total.n} (${(ms / 1000).toFixed(2)} s for ${lines.length - 1} rows)`);
  console.log('brand     year      rows  caution+   danger');
  for (const [k, c] of [...byBrandYear].sort()) {
    const [b, y] = k.split(' ');
    console.log(
      `${(b as string).padEnd(9)} ${(y as string).padEnd(6)} ${String(c.n).padStart(7)}  ${pct(c.caution, c.n)}  ${pct(c.danger, c.n)}`,
    );
  }
  for (const [b, c] of [...byBrand].sort()) {
    console.log(
      `${b.padEnd(9)} all    ${String(c.n).padStart(7)}  ${pct(c.caution, c.n)}  ${pct(c.danger, c.n)}`,
    );
  }
  console.log(
    `all carriers     ${String(total.n).padStart(7)}  ${pct(total.caution, total.n)}  ${pct(total.danger, total.n)}`,
  );
  console.log(
    `other phishing   ${String(other.n).padStart(7)}  ${pct(other.caution, other.n)}  ${pct(other.danger, other.n)}`,
  );
  console.log(
    `brand attribution where the host names the brand: ${namedRight}/${named} ${pct(namedRight, named)}`,
  );
  for (const w of wrong.slice(0, 10)) console.log(`  ${w}`);
  for (const r of legit) {
    console.log(
      `legit ${r.file}: ${r.n} domains, caution+ ${r.caution} ${pct(r.caution, r.n)}, danger ${r.danger} ${pct(r.danger, r.n)}`,
    );
    for (const t of r.top.slice(0, 20)) console.log(`  ${t}`);
  }
  if (args.bench) bench(lines);
  if (args.showMisses > 0) {
    const seen = new Set<string>();
    const sample: string[] = [];
    for (const u of misses) {
      const h = hostOf(u);
      if (seen.has(h)) continue;
      seen.add(h);
      sample.push(u);
    }
    for (let i = 0; i < args.showMisses && sample.length > 0; i++) {
      const j = (i * 7919) % sample.length;
      const u = sample[j] as string;
      const v = assessUrl(u);
      console.log(`miss ${u} ${v.score} ${v.reasons.map((x) => x.code).join(',')}`);
    }
  }
}

main();
await reportPages(process.argv.slice(2));
