/**
 * The URL evaluation as a pure pipeline, so the command line (scripts/eval.ts, on the shared data) and the unit
 * stage (on the committed synthetic sample) run the same code: phishing rows split by time into a tuning set and
 * later, unseen sets; recall per brand in each; false positives on legit domain lists; every official host
 * `official`; no group-company or DNS-over-HTTPS host warned.
 */
import type { Verdict } from '../../utils/scam/types';

/** JPCERT/CC `description` values that name a carrier, mapped to our brand ids. */
export const CARRIERS: Readonly<Record<string, string>> = {
  au: 'au',
  KDDI: 'au',
  softbank: 'softbank',
  'NTT docomo': 'docomo',
  docomo: 'docomo',
};

/** The last year of the tuning set: rules are tuned on rows up to it; later rows are reported apart. */
export const TUNE_LAST_YEAR = 2021;

export interface PhishRow {
  /** `YYYY/MM/DD …` as in the JPCERT/CC file. */
  date: string;
  url: string;
  /** The spoofed brand as the file names it. */
  description: string;
}

/** Rows of a `date,URL,description` file (the URL may hold commas: the first and last comma split it). */
export function parsePhishCsv(text: string): PhishRow[] {
  const rows: PhishRow[] = [];
  const lines = text.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (!line || line.startsWith('#')) continue;
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    if (first < 0 || last <= first) continue;
    rows.push({
      date: line.slice(0, first),
      url: line.slice(first + 1, last),
      description: line.slice(last + 1).trim(),
    });
  }
  return rows;
}

/** The shared legit lists the learned URL model trains on (part of each; the rest is held out). */
export const LEGIT_LISTS: readonly string[] = [
  'legit-opendns-top-domains.txt',
  'legit-opendns-random-domains.txt',
];

/**
 * Which part of a legit list a domain belongs to: the learned URL model trains on about 70% of each list and
 * `npm run eval` reports false positives on the held-out rest as well as on the whole list. Decided by a hash of
 * the domain, so the split is the same on every run and for every copy of a list.
 */
export function legitPart(domain: string): 'train' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < domain.length; i++) h = Math.imul(h ^ domain.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 10 < 7 ? 'train' : 'held-out';
}

/** Registrable domains (or hosts), one a line; `#` starts a comment. */
export function parseDomainList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const d = raw.replace(/#.*/, '').trim();
    if (d) out.push(d);
  }
  return out;
}

export interface Tally {
  n: number;
  caution: number;
  danger: number;
}

const tally = (): Tally => ({ n: 0, caution: 0, danger: 0 });
const warns = (v: Verdict) => v.level === 'caution' || v.level === 'danger';

function count(t: Tally, v: Verdict): void {
  t.n++;
  if (warns(v)) t.caution++;
  if (v.level === 'danger') t.danger++;
}

/** Recall on one set of phishing rows: all carriers, per brand, per year, and the other brands' rows. */
export interface RecallSet {
  name: string;
  carriers: Tally;
  byBrand: Record<string, Tally>;
  byYear: Record<string, Tally>;
  other: Tally;
  /** Carrier URLs not warned about (at most `keepMisses`). */
  misses: string[];
}

function recallSet(name: string): RecallSet {
  return { name, carriers: tally(), byBrand: {}, byYear: {}, other: tally(), misses: [] };
}

/** The tally under `key`, made when missing. */
function entry(m: Record<string, Tally>, key: string): Tally {
  m[key] ??= tally();
  return m[key];
}

function addRow(set: RecallSet, row: PhishRow, v: Verdict, keepMisses: number): void {
  const brand = CARRIERS[row.description];
  if (!brand) {
    count(set.other, v);
    return;
  }
  count(set.carriers, v);
  count(entry(set.byBrand, brand), v);
  count(entry(set.byYear, row.date.slice(0, 4)), v);
  if (!warns(v) && set.misses.length < keepMisses) set.misses.push(row.url);
}

/**
 * `time`: the rows of the first file up to TUNE_LAST_YEAR are the tuning set ("in-sample"), its later rows the
 * out-of-time set; every further file is a set of its own (unseen data, whatever its years). `none`: one set per
 * file.
 */
export function evaluateRecall(
  files: readonly { name: string; rows: readonly PhishRow[] }[],
  assess: (url: string) => Verdict,
  split: 'time' | 'none',
  keepMisses = 0,
): RecallSet[] {
  const sets: RecallSet[] = [];
  files.forEach((f, i) => {
    if (split === 'time' && i === 0) {
      const tune = recallSet(`in-sample (≤${TUNE_LAST_YEAR})`);
      const later = recallSet(`out-of-time (>${TUNE_LAST_YEAR})`);
      for (const row of f.rows) {
        const year = Number(row.date.slice(0, 4));
        addRow(year <= TUNE_LAST_YEAR ? tune : later, row, assess(row.url), keepMisses);
      }
      sets.push(tune, later);
      return;
    }
    const set = recallSet(f.name);
    for (const row of f.rows) addRow(set, row, assess(row.url), keepMisses);
    sets.push(set);
  });
  return sets;
}

export interface LegitResult {
  name: string;
  tally: Tally;
  /** The warned domains, with level, score and reason codes. */
  warned: string[];
}

/** False positives: each entry assessed as `https://<entry>/` (an entry may be a host or a full URL). */
export function evaluateLegit(
  name: string,
  entries: readonly string[],
  assess: (url: string) => Verdict,
): LegitResult {
  const r: LegitResult = { name, tally: tally(), warned: [] };
  for (const e of entries) {
    const url = e.includes('://') ? e : `https://${e}/`;
    const v = assess(url);
    count(r.tally, v);
    if (warns(v))
      r.warned.push(`${e} ${v.level} ${v.score} ${v.reasons.map((x) => `${x.code}:${x.detail}`).join(' ')}`);
  }
  return r;
}

/** Hosts in `hosts` whose verdict is not `official` (each official host and domain of data/brands). */
export function notOfficial(hosts: readonly string[], assess: (url: string) => Verdict): string[] {
  return hosts.filter((h) => assess(`https://${h}/`).level !== 'official');
}

export const pct = (n: number, d: number): string =>
  d === 0 ? '    -' : `${((100 * n) / d).toFixed(1)}%`.padStart(6);

/** The recall table: one row per brand (and all carriers), one column per set, caution-or-worse and danger. */
export function recallTable(sets: readonly RecallSet[]): string[] {
  const brands = [...new Set(sets.flatMap((s) => Object.keys(s.byBrand)))].sort();
  const head = ['brand'.padEnd(14), ...sets.map((s) => s.name.padStart(28))].join(' ');
  const sub = [''.padEnd(14), ...sets.map(() => 'rows  warned  danger'.padStart(28))].join(' ');
  const cell = (t: Tally | undefined) =>
    t
      ? `${String(t.n).padStart(6)}  ${pct(t.caution, t.n)}  ${pct(t.danger, t.n)}`.padStart(28)
      : ''.padStart(28);
  const lines = [head, sub];
  for (const b of brands) lines.push([b.padEnd(14), ...sets.map((s) => cell(s.byBrand[b]))].join(' '));
  lines.push(['all carriers'.padEnd(14), ...sets.map((s) => cell(s.carriers))].join(' '));
  lines.push(['other brands'.padEnd(14), ...sets.map((s) => cell(s.other))].join(' '));
  return lines;
}

export interface EvalReport {
  recall: RecallSet[];
  legit: LegitResult[];
  /** Official hosts and domains of data/brands not assessed `official`. */
  notOfficial: string[];
  /** Group-company and DNS-over-HTTPS hosts that got a warning (they must never warn). */
  neverWarnWarned: string[];
}

/** The whole evaluation: recall sets, legit lists, official hosts, never-warn hosts. */
export function runUrlEval(
  phish: readonly { name: string; rows: readonly PhishRow[] }[],
  legit: readonly { name: string; entries: readonly string[] }[],
  officialHosts: readonly string[],
  neverWarn: readonly string[],
  assess: (url: string) => Verdict,
  split: 'time' | 'none',
  keepMisses = 0,
): EvalReport {
  return {
    recall: evaluateRecall(phish, assess, split, keepMisses),
    legit: legit.map((l) => evaluateLegit(l.name, l.entries, assess)),
    notOfficial: notOfficial(officialHosts, assess),
    neverWarnWarned: evaluateLegit('never warn', neverWarn, assess).warned,
  };
}
