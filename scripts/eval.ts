/**
 * Evaluates the URL engine on JPCERT/CC-style phishing lists (`date,URL,description`) and legit domain lists.
 *
 *   npm run eval -- [--split time|none] [FILE.csv ...] [--legit FILE ...] [--sample] [--show-misses N] [--json]
 *                   [--bench]
 *
 * `--split time` (the default): the first file's rows up to 2021 are the tuning set, its later rows the
 * out-of-time set, each further file a set of its own; recall per brand for each, side by side. Legit lists: the
 * ones given, else the shared OpenDNS lists when present, each also on its own part held out from the learned
 * URL model's training (scripts/train-url-model.ts); always the committed Japanese list
 * (tests/fixtures/urls/legit-jp.txt), which the model never trains on. Also checks that every official host of data/brands is `official` and that
 * no group-company or DNS-over-HTTPS host warns.
 *
 * Default phishing file: the shared JPCERT/CC file (`shared/data/` beside or above the project, read by path,
 * never copied); without it, or with `--sample`, the committed synthetic sample (tests/fixtures/urls/).
 *
 * `--bench` also times `assessUrl` alone on the URLs (one warm-up pass, best of 5 timed passes, one thread)
 * against a MetaMask-style baseline: allowlist of the brands' official domains, then Levenshtein distance ≤ 1
 * between the registrable domain and each official domain (the "fuzzylist").
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BRANDS } from '../data/brands';
import { GROUP_COMPANY_DOMAINS } from '../data/group-domains';
import { DOH_HOSTS } from '../data/hosting';
import { hostOf } from '../utils/scam/host';
import { registrableDomain } from '../utils/scam/parse';
import { assessUrl } from '../utils/scam/url';
import { reportPages } from './lib/eval-pages';
import {
  CARRIERS,
  type EvalReport,
  LEGIT_LISTS,
  legitPart,
  parseDomainList,
  parsePhishCsv,
  pct,
  recallTable,
  runUrlEval,
} from './lib/eval-urls';

const ROOT = resolve(import.meta.dirname, '..');
export const SAMPLE_DIR = join(ROOT, 'tests/fixtures/urls');

/** `shared/data/<name>` in the project's parent directories (the team keeps it beside the checkouts). */
export function sharedFile(name: string): string | null {
  for (let dir = dirname(ROOT); ; dir = dirname(dir)) {
    const f = join(dir, 'shared/data', name);
    if (existsSync(f)) return f;
    if (dirname(dir) === dir) return null;
  }
}

interface Args {
  csv: string[];
  legit: string[];
  split: 'time' | 'none';
  sample: boolean;
  showMisses: number;
  json: boolean;
  bench: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    csv: [],
    legit: [],
    split: 'time',
    sample: false,
    showMisses: 0,
    json: false,
    bench: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i] as string;
    if (x === '--legit') {
      while (argv[i + 1] && !(argv[i + 1] as string).startsWith('--')) a.legit.push(argv[++i] as string);
    } else if (x === '--split') a.split = argv[++i] === 'none' ? 'none' : 'time';
    else if (x === '--sample') a.sample = true;
    else if (x === '--show-misses') a.showMisses = Number(argv[++i] ?? 20);
    else if (x === '--json') a.json = true;
    else if (x === '--bench') a.bench = true;
    else a.csv.push(x);
  }
  return a;
}

/** Every host and domain data/brands calls official. */
export function officialHosts(): string[] {
  return [
    ...new Set(BRANDS.flatMap((b) => [...b.domains.map((d) => d.domain), ...b.hosts.map((h) => h.host)])),
  ];
}

/** Hosts that must never warn: the carriers' group companies and DNS-over-HTTPS endpoints (with their path). */
export function neverWarnEntries(): string[] {
  return [
    ...GROUP_COMPANY_DOMAINS.flatMap((g) => [g.domain, `www.${g.domain}`]),
    ...DOH_HOSTS.map((h) => `https://${h}/dns-query`),
    'https://1.1.1.1/dns-query',
    'https://8.8.8.8/resolve?name=example.com',
    'https://9.9.9.9/dns-query',
    'https://203.0.113.7/',
  ];
}

/** The evaluation on the committed synthetic sample (what the unit stage runs). */
export function sampleEval(): EvalReport {
  return runUrlEval(
    [{ name: 'sample', rows: parsePhishCsv(readFileSync(join(SAMPLE_DIR, 'phish-sample.csv'), 'utf8')) }],
    [
      {
        name: 'legit-sample.txt',
        entries: parseDomainList(readFileSync(join(SAMPLE_DIR, 'legit-sample.txt'), 'utf8')),
      },
      {
        name: 'legit-jp.txt',
        entries: parseDomainList(readFileSync(join(SAMPLE_DIR, 'legit-jp.txt'), 'utf8')),
      },
    ],
    officialHosts(),
    neverWarnEntries(),
    assessUrl,
    'time',
  );
}

/** The host of a data row's URL; rows may omit the scheme. */
function rowHost(url: string): string {
  return hostOf(url.includes('://') ? url : `http://${url}`);
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
    const host = rowHost(url);
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

function bench(rows: { url: string; description: string }[]): void {
  const all = rows.map((r) => r.url);
  const carrier = rows.filter((r) => CARRIERS[r.description]).map((r) => r.url);
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

function print(report: EvalReport, showMisses: number): void {
  for (const line of recallTable(report.recall)) console.log(line);
  for (const r of report.legit) {
    const t = r.tally;
    console.log(
      `legit ${r.name}: ${t.n} entries, warned ${t.caution} (${((100 * t.caution) / t.n).toFixed(2)}%), danger ${t.danger}`,
    );
    for (const w of r.warned.slice(0, 15)) console.log(`  ${w}`);
  }
  console.log(
    report.notOfficial.length === 0
      ? `official hosts: all ${officialHosts().length} official`
      : `official hosts NOT official: ${report.notOfficial.join(' ')}`,
  );
  console.log(
    report.neverWarnWarned.length === 0
      ? `group-company and DoH hosts: none of ${neverWarnEntries().length} warned`
      : `group-company or DoH hosts warned: ${report.neverWarnWarned.join(' | ')}`,
  );
  if (showMisses > 0) {
    for (const s of report.recall) {
      const seen = new Set<string>();
      const sample = s.misses.filter((u) => !seen.has(rowHost(u)) && seen.add(rowHost(u)));
      console.log(`misses in ${s.name}: ${sample.length} hosts`);
      for (let i = 0; i < Math.min(showMisses, sample.length); i++) {
        const u = sample[(i * 7919) % sample.length] as string;
        const v = assessUrl(u);
        console.log(`  miss ${u} ${v.score} ${v.reasons.map((x) => `${x.code}:${x.detail}`).join(' ')}`);
      }
    }
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const shared = sharedFile('jpcert-phish-2019-2022.csv');
  if (args.csv.length === 0) {
    if (shared && !args.sample) args.csv.push(shared);
    else {
      if (!args.sample)
        console.log('eval: shared JPCERT/CC file not found; using the committed synthetic sample');
      args.csv.push(join(SAMPLE_DIR, 'phish-sample.csv'));
      args.legit.push(join(SAMPLE_DIR, 'legit-sample.txt'));
    }
  }
  if (args.legit.length === 0) {
    for (const name of ['legit-opendns-top-domains.txt', 'legit-opendns-random-domains.txt']) {
      const f = sharedFile(name);
      if (f) args.legit.push(f);
    }
  }
  args.legit.push(join(SAMPLE_DIR, 'legit-jp.txt'));
  const present = (f: string) => {
    if (!existsSync(f)) console.log(`eval: ${f} not found, skipped`);
    return existsSync(f);
  };
  const phish = args.csv
    .filter(present)
    .map((f) => ({ name: basename(f), rows: parsePhishCsv(readFileSync(f, 'utf8')) }));
  const legit = args.legit
    .filter(present)
    .map((f) => ({ name: basename(f), entries: parseDomainList(readFileSync(f, 'utf8')) }));
  // The learned URL model trains on part of the OpenDNS lists: their held-out part is reported apart as well.
  for (const l of legit.slice()) {
    if (LEGIT_LISTS.includes(l.name))
      legit.push({
        name: `${l.name} (held out)`,
        entries: l.entries.filter((d) => legitPart(d) === 'held-out'),
      });
  }
  const t0 = performance.now();
  const report = runUrlEval(
    phish,
    legit,
    officialHosts(),
    neverWarnEntries(),
    assessUrl,
    args.split,
    args.showMisses > 0 ? 100_000 : 0,
  );
  const ms = performance.now() - t0;
  if (args.json) {
    console.log(
      JSON.stringify({ ...report, recall: report.recall.map(({ misses, ...s }) => s), ms: Math.round(ms) }),
    );
    return;
  }
  console.log(
    `eval: ${phish.map((p) => `${p.name} (${p.rows.length} rows)`).join(', ')}; ${(ms / 1000).toFixed(2)} s`,
  );
  print(report, args.showMisses);
  if (args.bench) bench(phish.flatMap((p) => p.rows));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main();
  await reportPages(process.argv.slice(2));
}
