/**
 * The lookalike index: every brand word of the identities (official domains' names, host tokens, page terms) in
 * the maps the matchers (lookalike.ts) look up, built once, and `mayMatch`, the prefilter that lets most labels
 * skip the matchers.
 */
import { loose, skeleton } from './confusables';
import { registrableDomain } from './parse';
import type { BrandIdentity } from './types';

export interface Tok {
  brand: string;
  /** The brand word as written in the data. */
  token: string;
  /** What is compared: the word, or its skeleton in the skeleton maps. */
  match: string;
  /** The registrable label of an official domain (e.g. `softbank` of softbank.jp), not only a host token. */
  official: boolean;
}

export interface Embedded {
  brand: string;
  domain: string;
  rest: string[];
}

export interface LookalikeIndex {
  exact: Map<string, Tok>;
  skel: Map<string, Tok>;
  prefix: Map<string, Tok[]>;
  skelPrefix: Map<string, Tok[]>;
  fuzzy: Map<number, Tok[]>;
  /** 4-letter brand words (`kddi`) by first letter: one substitution or swap, a weak hit (`kdda`, `kdti`). */
  fuzzy4: Map<string, Tok[]>;
  embedded: Map<string, Embedded[]>;
  terms: { brand: string; term: string }[];
  /** Brand words of ≤3 letters (`au`): whole tokens or glued to a combo keyword only. */
  short: Tok[];
  /**
   * Brand words of ≥4 letters (ASCII first letter) by their first two letters (`key2`), longest first: found
   * anywhere inside a token they are a weak `contains` hit.
   */
  long2: Map<number, Tok[]>;
  /** Flags for `mayMatch` by `loose(a) * 256 + loose(b)`: 1 a 2-letter word; by raw `key2`: 4 a one-edit candidate. */
  pairs: Uint8Array;
  /** 1 at `tri(…)` of the first three letters (`loose`, repeats collapsed) of a brand word or of its skeleton. */
  triples: Uint8Array;
  /** A brand word too short for the tables: `mayMatch` always says yes. */
  always: boolean;
  /** First letters of the 4-letter brand words (one-edit `fuzzy-short` candidates). */
  first4: Uint8Array;
}
/** Brand words of at most this many letters are short (`au`): whole tokens or glued to a combo keyword only. */
export const SHORT = 3;
/** Brand words of at least this many letters get one-edit (`fuzzy`) matching. */
export const FUZZY_MIN = 5;
/** The first two letters as a number, for Map keys that need no string hashing. */
export const key2 = (t: string): number => t.charCodeAt(0) * 256 + t.charCodeAt(1);
export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function buildLookalikeIndex(ids: readonly BrandIdentity[]): LookalikeIndex {
  const exact = new Map<string, Tok>();
  const add = (brand: string, raw: string, official: boolean) => {
    const token = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (token.length < 2) return;
    const had = exact.get(token);
    if (!had) exact.set(token, { brand, token, match: token, official });
    else if (official && had.brand === brand) had.official = true;
  };
  for (const b of ids) {
    for (const d of b.domains) {
      const reg = registrableDomain(d);
      add(b.id, reg.slice(0, reg.indexOf('.')), true);
    }
    for (const t of b.hostTokens) add(b.id, t, false);
  }
  const skel = new Map<string, Tok>();
  const prefix = new Map<string, Tok[]>();
  const skelPrefix = new Map<string, Tok[]>();
  const fuzzy = new Map<number, Tok[]>();
  const fuzzy4 = new Map<string, Tok[]>();
  const toks = [...exact.values()].sort((a, b) => b.token.length - a.token.length);
  for (const t of toks) {
    if (t.token.length <= SHORT) continue;
    const s = skeleton(t.token);
    const st = { ...t, match: s };
    if (!skel.has(s)) skel.set(s, st);
    push(prefix, t.token[0] as string, t);
    push(skelPrefix, s[0] as string, st);
    if (t.token.length >= FUZZY_MIN) push(fuzzy, key2(t.token), t);
    else push(fuzzy4, t.token[0] as string, t);
  }
  const embedded = new Map<string, Embedded[]>();
  for (const b of ids) {
    for (const d of b.domains) {
      const [first, ...rest] = d.split('.');
      if (first && rest.length > 0) push(embedded, first, { brand: b.id, domain: d, rest });
    }
  }
  const terms: { brand: string; term: string }[] = [];
  for (const b of ids) {
    for (const term of b.pageTerms)
      if (/[^ -~]/.test(term)) terms.push({ brand: b.id, term: term.normalize('NFKC') });
  }
  const short = toks.filter((t) => t.token.length <= SHORT);
  const long2 = new Map<number, Tok[]>();
  for (const t of toks)
    if (t.token.length > SHORT && t.token.charCodeAt(0) < 128) push(long2, key2(t.token), t);
  // The tables behind `mayMatch`: a brand word's (or its skeleton's) first three letters, or both letters of a
  // 2-letter word, read loosely (`loose`); the first two letters of the one-edit (`fuzzy`) words; the first letters
  // of the 4-letter words.
  const pairs = new Uint8Array(65536);
  const triples = new Uint8Array(32768);
  let always = false;
  const mark = (w: string) => {
    // The word read loosely with repeated letters collapsed (`kddi` → kdi, `rn` → m), as `mayMatch` reads labels.
    const c: number[] = [];
    for (let i = 0; i < w.length && c.length < 3; i++) {
      const k = loose(w.charCodeAt(i));
      if (k !== 0 && k !== c[c.length - 1]) c.push(k);
    }
    if (c.length >= 3) triples[tri(c[0] as number, c[1] as number, c[2] as number)] = 1;
    else if (c.length === 2) pairs[(c[0] as number) * 256 + (c[1] as number)] = 1;
    else always = true;
  };
  for (const w of exact.keys()) {
    mark(w);
    mark(skeleton(w));
  }
  for (const k of fuzzy.keys()) pairs[k & 0xffff] = (pairs[k & 0xffff] as number) | 4;
  const first4 = new Uint8Array(128);
  for (const list of fuzzy4.values()) for (const t of list) first4[t.token.charCodeAt(0) & 127] = 1;
  return {
    exact,
    skel,
    prefix,
    skelPrefix,
    fuzzy,
    fuzzy4,
    embedded,
    terms,
    short,
    long2,
    pairs,
    triples,
    first4,
    always,
  };
}
/** Index of a letter triple (`loose` codes) in the `triples` table. */
const tri = (a: number, b: number, c: number): number => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

/**
 * Cheap necessary condition for `matchLabel` on an ASCII label: three adjacent letters, read loosely (`loose`,
 * repeats collapsed, hyphens and digits skipped as when tokens are joined, or 0 and 1 read as letters as in the
 * skeleton), start a brand word or its skeleton (two letters for a 2-letter word); or a token of ≥4 letters
 * starts with the first two letters of a one-edit candidate; or a 4-letter token starts like a 4-letter brand
 * word. False means no hit is possible, so most labels skip the matchers.
 */
export function mayMatch(label: string, ix: LookalikeIndex): boolean {
  if (ix.always) return true;
  const pairs = ix.pairs;
  const triples = ix.triples;
  let a1 = 0; // letters only, repeats collapsed: the last two
  let a2 = 0;
  let b1 = 0; // letters and the digits/bars the skeleton reads as letters
  let b2 = 0;
  let tokLen = 0;
  let tokFirst = 0;
  let tokSecond = 0;
  for (let i = 0; i <= label.length; i++) {
    const c = i < label.length ? label.charCodeAt(i) : 0;
    const k = loose(c);
    if (c >= 97 && c <= 122) {
      if (k !== a1) {
        if (a1 !== 0 && ((pairs[a1 * 256 + k] as number) & 1 || (a2 !== 0 && triples[tri(a2, a1, k)] === 1)))
          return true;
        a2 = a1;
        a1 = k;
      }
      if (k !== b1) {
        if (b1 !== 0 && ((pairs[b1 * 256 + k] as number) & 1 || (b2 !== 0 && triples[tri(b2, b1, k)] === 1)))
          return true;
        b2 = b1;
        b1 = k;
      }
      if (tokLen === 0) tokFirst = c;
      else if (tokLen === 1) tokSecond = c;
      tokLen++;
      continue;
    }
    if (tokLen >= 4) {
      if (((pairs[tokFirst * 256 + tokSecond] as number) & 4) !== 0) return true;
      if (tokLen === 4 && ix.first4[tokFirst] === 1) return true;
    }
    tokLen = 0;
    if (k !== 0 && k !== b1) {
      if (b1 !== 0 && ((pairs[b1 * 256 + k] as number) & 1 || (b2 !== 0 && triples[tri(b2, b1, k)] === 1)))
        return true;
      b2 = b1;
      b1 = k;
    }
  }
  return false;
}
