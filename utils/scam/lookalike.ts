/**
 * Brand words in host labels: exact tokens, brand + padding (`docomolhpk`, `mydocomo-pay`), ASCII homoglyphs
 * (0→o 1→l→i rn→m vv→w), first-letters-anchored edit distance ≤1 for words of ≥5 letters, hyphen-split brands
 * (`kd-d--l-au`), IDN homographs (Cyrillic/Greek skeletons) and official domains embedded in a foreign host
 * (`auone.kddi.com.evil.com`). Short brands (`au`) only ever match as a whole token and are reported as such
 * so the caller can demand a second signal. Every index is built once from the brand identities.
 */
import { registrableDomain } from './parse';
import { W } from './score';
import type { BrandIdentity } from './types';

export type HitKind =
  | 'exact'
  | 'homograph'
  | 'homoglyph'
  | 'hyphen'
  | 'fuzzy'
  | 'short-combo'
  | 'contains'
  | 'other-tld'
  | 'fuzzy-short'
  | 'short';

export interface BrandHit {
  brand: string;
  kind: HitKind;
  /** The brand word matched. */
  token: string;
  /** The host text that matched it. */
  found: string;
}

interface Tok {
  brand: string;
  /** The brand word as written in the data. */
  token: string;
  /** What is compared: the word, or its skeleton in the skeleton maps. */
  match: string;
  /** The registrable label of an official domain (e.g. `softbank` of softbank.jp), not only a host token. */
  official: boolean;
}

interface Embedded {
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
  /** Brand words of ≥4 letters, longest first: found anywhere inside a token they are a weak `contains` hit. */
  long: Tok[][];
  /** The same words by their first two letters (`key2`). */
  long2: Map<number, Tok[]>;
  /** Flags for `mayMatch` by `norm(a) * 256 + norm(b)`: 1 a 2-letter word; by raw `key2`: 4 a one-edit candidate. */
  pairs: Uint8Array;
  /** 1 at `tri(…)` of the first three letters (`norm`, repeats collapsed) of a brand word or of its skeleton. */
  triples: Uint8Array;
  /** A brand word too short for the tables: `mayMatch` always says yes. */
  always: boolean;
  /** First letters of the 4-letter brand words (one-edit `fuzzy-short` candidates). */
  first4: Uint8Array;
}

/** Words that phishing hosts put around a brand (`connect-auone-jp`, `mysoftbank`, `docomo-login`). */
export const HOST_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'login logon signin signon secure security account accounts verify verification auth authid id pay payment ' +
    'payments billing bill support help info service services update confirm my member members user users web ' +
    'online mobile jp japan official center centre point points card mail smt connect check safe app cs cancel ' +
    'kaiyaku wallet portal sso mypage customer co net ntt sms www i'
  ).split(' '),
);
/** Words about credentials and payment: the ones a lookalike host puts next to the brand (`login-keyword`). */
export const CRED_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'login logon signin signon secure security account accounts verify verification auth authid payment payments ' +
    'billing update confirm wallet smt sso mypage kaiyaku connect'
  ).split(' '),
);
/** Keywords that may be glued in front of a brand (`mysoftbank`, `nttdocomo`, `walletauone`, `smsdocomo`). */
const GLUE = [
  'my',
  'ntt',
  'sms',
  'www',
  'id',
  'web',
  'wallet',
  'secure',
  'security',
  'login',
  'info',
  'connect',
  'support',
  'smt',
  'auth',
  'jp',
  'japan',
  'portal',
  'i',
];

/** Keywords that make a short brand a combosquat when glued to it (`auid`, `au-login`, `updateau`). */
const COMBO = [
  'id',
  'pay',
  'login',
  'logon',
  'signin',
  'info',
  'web',
  'mobile',
  'account',
  'secure',
  'support',
  'service',
  'update',
  'connect',
  'wallet',
  'point',
  'card',
  'mail',
  'jp',
  'smt',
  'my',
  'help',
  'auth',
  'member',
  'billing',
  'verify',
  'confirm',
  'security',
  'japan',
  'payment',
  'kddi',
  'points',
  'accounts',
];
const COMBO_SET = new Set(COMBO);

/** A keyword that makes a short brand a combosquat (`pay` of `au-pay`, `id`, `login`, `support`…). */
export function isComboKeyword(w: string): boolean {
  return COMBO_SET.has(w);
}
/** Login words whose misspelling in a host (`connecct-login`, `logim`) is itself a tell. */
const TYPO_KEYWORDS = [
  'connect',
  'login',
  'logon',
  'signin',
  'account',
  'secure',
  'security',
  'verify',
  'update',
  'support',
  'service',
  'payment',
  'billing',
  'confirm',
  'member',
  'wallet',
];

/** First letters of the login words, by char code. */
const TYPO_FIRST = new Uint8Array(128);
for (const k of TYPO_KEYWORDS) TYPO_FIRST[k.charCodeAt(0)] = 1;

/** Real words one edit from a login word. */
const TYPO_WORDS = new Set([
  'logic',
  'verity',
  'signing',
  'conform',
  'updater',
  'supporter',
  'servicer',
  'accounty',
]);

const GLUE_BY_FIRST = new Map<string, string[]>();
for (const g of GLUE) push(GLUE_BY_FIRST, g[0] as string, g);

const SHORT = 3;
const FUZZY_MIN = 5;

/** `s` has a character the skeleton rewrites: 0 1 l | or the pairs rn, vv. */
function hasSkeletonChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 48 || c === 49 || c === 108 || c === 124) return true;
    if ((c === 114 && s.charCodeAt(i + 1) === 110) || (c === 118 && s.charCodeAt(i + 1) === 118)) return true;
  }
  return false;
}

/** The first two letters as a number, for Map keys that need no string hashing. */
const key2 = (t: string): number => t.charCodeAt(0) * 256 + t.charCodeAt(1);

/** ASCII homoglyph skeleton: 0→o, 1/l/| → i, rn→m, vv→w. */
export function skeleton(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '0') out += 'o';
    else if (c === '1' || c === 'l' || c === '|') out += 'i';
    else if (c === 'r' && s[i + 1] === 'n') {
      out += 'm';
      i++;
    } else if (c === 'v' && s[i + 1] === 'v') {
      out += 'w';
      i++;
    } else out += c;
  }
  return out;
}

/** Runs of ASCII letters in `s` (`ntt-docmo2` → [ntt, docmo]). */
export function alphaTokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
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
  const long: Tok[][] = [];
  for (const t of toks) {
    const c = t.token.charCodeAt(0);
    if (t.token.length <= SHORT || c >= 128) continue;
    const list = long[c];
    if (list) list.push(t);
    else long[c] = [t];
  }
  const long2 = new Map<number, Tok[]>();
  for (const list of long) if (list) for (const t of list) push(long2, key2(t.token), t);
  // The tables behind `mayMatch`: a brand word's (or its skeleton's) first three letters, or both letters of a
  // 2-letter word, read loosely (`norm`); the first two letters of the one-edit (`fuzzy`) words; the first letters
  // of the 4-letter words.
  const pairs = new Uint8Array(65536);
  const triples = new Uint8Array(32768);
  let always = false;
  const mark = (w: string) => {
    // The word read loosely with repeated letters collapsed (`kddi` → kdi, `rn` → m), as `mayMatch` reads labels.
    const c: number[] = [];
    for (let i = 0; i < w.length && c.length < 3; i++) {
      const k = norm(w.charCodeAt(i));
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
    long,
    long2,
    pairs,
    triples,
    first4,
    always,
  };
}

/**
 * Every kind of brand hit in one table: `rank` orders the matchers' candidates within a label (the strongest
 * spelling wins), `weight` is what the hit adds to the URL's score (score.ts), `code` its reason (reasons.ts),
 * and `weak` hits say which brand other evidence is about without naming one on their own.
 */
export const HIT_KINDS: Readonly<
  Record<HitKind, { rank: number; weight: number; code: string; weak: boolean }>
> = {
  exact: { rank: 9, weight: W.brandExact, code: 'brand-in-host', weak: false },
  homograph: { rank: 8, weight: W.brandHomograph, code: 'brand-homograph', weak: false },
  homoglyph: { rank: 7, weight: W.brandHomoglyph, code: 'brand-lookalike', weak: false },
  hyphen: { rank: 6, weight: W.brandHyphen, code: 'brand-lookalike', weak: false },
  fuzzy: { rank: 5, weight: W.brandFuzzy, code: 'brand-lookalike', weak: false },
  'short-combo': { rank: 4, weight: W.brandShortCombo, code: 'brand-short-token', weak: false },
  contains: { rank: 3.5, weight: W.brandContains, code: 'brand-in-host', weak: true },
  'other-tld': { rank: 3, weight: W.brandOtherTld, code: 'brand-other-tld', weak: false },
  'fuzzy-short': { rank: 2, weight: W.brandShort, code: 'brand-lookalike', weak: true },
  short: { rank: 1, weight: W.brandShort, code: 'brand-short-token', weak: true },
};
const rank = (k: HitKind): number => HIT_KINDS[k].rank;

function better(a: BrandHit | null, b: BrandHit | null): BrandHit | null {
  if (!a) return b;
  if (!b) return a;
  return rank(b.kind) > rank(a.kind) ? b : a;
}

/**
 * A letter as `mayMatch` reads it: skeleton look-alikes folded together (l 1 | → i, 0 → o, r n m → m, v w → w),
 * other letters as they are, anything else 0.
 */
function norm(c: number): number {
  if (c >= 97 && c <= 122) {
    if (c === 108) return 105;
    if (c === 114 || c === 110) return 109;
    if (c === 118) return 119;
    return c;
  }
  if (c === 48) return 111;
  if (c === 49 || c === 124) return 105;
  return 0;
}

/** Index of a letter triple (`norm` codes) in the `triples` table. */
const tri = (a: number, b: number, c: number): number => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

/**
 * Cheap necessary condition for `matchLabel` on an ASCII label: three adjacent letters, read loosely (`norm`,
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
    const k = norm(c);
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

/** A brand word at the start of `t`, possibly after a glue keyword; short padding only for 4-letter words. */
function prefixHit(t: string, map: Map<string, Tok[]>): Tok | null {
  const direct = prefixAt(t, 0, map);
  if (direct) return direct;
  for (const g of GLUE_BY_FIRST.get(t[0] as string) ?? []) {
    if (t.length > g.length + SHORT && t.startsWith(g)) {
      const hit = prefixAt(t, g.length, map);
      if (hit) return hit;
    }
  }
  return null;
}

function prefixAt(t: string, at: number, map: Map<string, Tok[]>): Tok | null {
  const cands = map.get(t[at] as string);
  if (!cands) return null;
  for (const c of cands) {
    const len = c.match.length;
    if (!t.startsWith(c.match, at)) continue;
    const rest = t.length - at - len;
    // Words of ≥6 letters may carry any padding (`docomolhpk`); shorter ones only a little, or a keyword
    // (`kddio`, `auonepay`), so `mobal` does not match `mobalytics`.
    if (
      len >= 6 ||
      rest <= 2 ||
      (rest >= 4 && prefixAt(t, at + len, map) !== null) ||
      HOST_KEYWORDS.has(t.slice(at + len)) ||
      COMBO.some((k) => t.startsWith(k, at + len))
    )
      return c;
  }
  return null;
}

function tokenHits(
  tokens: string[],
  exact: Map<string, Tok>,
  prefix: Map<string, Tok[]>,
  kind: HitKind,
  wholeLabel: string | null,
): BrandHit | null {
  let best: BrandHit | null = null;
  for (const t of tokens) {
    const e = exact.get(t);
    if (e) {
      let k: HitKind = kind;
      // Next to a combo keyword, or a mangled one (`au-logni`, `au-ogin`, `au-suport`), a short brand is a combosquat.
      if (e.token.length <= SHORT)
        k = tokens.some((o) => o !== t && (COMBO_SET.has(o) || loginLike(o) || comboTypo(o, 0)))
          ? 'short-combo'
          : 'short';
      else if (e.official && t === wholeLabel && kind === 'exact') k = 'other-tld';
      best = better(best, { brand: e.brand, kind: k, token: e.token, found: t });
      continue;
    }
    if (t.length <= SHORT) continue;
    const p = prefixHit(t, prefix);
    if (p) best = better(best, { brand: p.brand, kind, token: p.token, found: t });
  }
  return best;
}

/** The first brand word (≥4 letters) found anywhere inside `t` but not equal to it: indexed by its first two letters. */
function containsAt(t: string, long2: Map<number, Tok[]>): Tok | null {
  for (let i = 0; i < t.length - 3; i++) {
    const cands = long2.get(t.charCodeAt(i) * 256 + t.charCodeAt(i + 1));
    if (!cands) continue;
    for (const c of cands) if (c.token.length < t.length && t.startsWith(c.token, i)) return c;
  }
  return null;
}

/** Common words two edits from a brand word (`softball`, `linear` for `linemo`). */
const NEAR_BRAND_WORDS: ReadonlySet<string> = new Set(
  'softball linear lineal linen linens liner liners lines lined lineup lineman linemen lingo'.split(' '),
);

/** Combo keywords of ≥4 letters: a misspelt one glued to a short brand still counts (`auinfm`, `aulnfo`). */
const COMBO_LONG = COMBO.filter((c) => c.length >= 4);

/** `rest` is one edit from a combo keyword of ≥4 letters. */
function comboTypo(t: string, from: number): boolean {
  const len = t.length - from;
  if (len < 4 || len > 9) return false;
  const rest = t.slice(from);
  for (const c of COMBO_LONG) if (withinOneEdit(rest, c)) return true;
  return false;
}

/** A short brand glued to a combo keyword inside one token: `auid`, `auinfo`, `updateau`, `auinfm`. */
function shortComboHit(tokens: string[], short: Tok[]): BrandHit | null {
  for (const t of tokens) {
    if (t.length <= SHORT) continue;
    for (const s of short) {
      const n = s.token.length;
      if (t.startsWith(s.token) && (COMBO.some((c) => t.startsWith(c, n)) || comboTypo(t, n)))
        return { brand: s.brand, kind: 'short-combo', token: s.token, found: t };
      if (t.endsWith(s.token) && COMBO_SET.has(t.slice(0, t.length - n)))
        return { brand: s.brand, kind: 'short-combo', token: s.token, found: t };
    }
  }
  return null;
}

/**
 * A misspelt login word (`connecct`, `logim`, `conne-cct`): one edit from it (same first letter), not a plural
 * or a real word. Next to a login word in the same label (`cxonnecct-login`), two edits for words of ≥7 letters.
 */
export function keywordTypos(labelTokens: readonly string[], found: string[] = []): string[] {
  let tokens = labelTokens;
  // `conne-cct` → `connecct`, but not `f-secure` → `fsecure`: a part that is already a keyword is no typo.
  if (tokens.length > 1 && !tokens.some((t) => t.length > 2 && HOST_KEYWORDS.has(t)))
    tokens = [...tokens, tokens.join('')];
  let login = false;
  for (const t of tokens) if (t === 'login' || t === 'logon' || t === 'signin') login = true;
  for (const t of tokens) {
    if (found.length >= 2) break;
    // One edit keeps the first letter; two (next to a login word) need a 7-letter keyword.
    if (t.length < 4 || (!login && TYPO_FIRST[t.charCodeAt(0) & 127] !== 1)) continue;
    if (HOST_KEYWORDS.has(t) || TYPO_WORDS.has(t)) continue;
    const tl = t.length;
    for (const k of TYPO_KEYWORDS) {
      const d = tl > k.length ? tl - k.length : k.length - tl;
      if (d > (login ? 2 : 1)) continue;
      const last = t.charCodeAt(tl - 1);
      if (tl === k.length + 1 && (last === 115 || last === 100) && t.startsWith(k)) continue; // plural, past
      if (
        (d <= 1 && t[0] === k[0] && withinOneEdit(t, k)) ||
        (login && k.length >= 7 && editDistance(t, k, 2) <= 2)
      ) {
        found.push(`${t}~${k}`);
        break;
      }
    }
  }
  return found;
}

/** Real words (and keywords) that the mangled-login test below would otherwise catch. */
const LOGIN_LOOKALIKE_WORDS: ReadonlySet<string> = new Set(
  (
    'lagoon leggin leggins legion legit loge loges logged logger logic logins logo logoff logon logons logos logs ' +
    'noggin noggins plugin plugins logan kogan'
  ).split(' '),
);

/**
 * A mangled "login" (`koggin`, `olgin`, `ogin`, `lpgin`, `logni`, `loogginn`): doubled letters collapsed, 4–6
 * letters with a `g`, starting with `l`, a key next to it (`k`, `o`, `p`, `i`) or `n`, at most two edits from
 * `login`, and not a real word (`logic`, `legit`, `plugin`, `-ing` words). Only looked for in subdomain labels.
 */
export function loginLike(t: string): boolean {
  const n = t.length;
  if (n < 4 || n > 9 || t === 'login' || t.indexOf('g') < 0) return false;
  let c = '';
  for (let i = 0; i < n; i++) if (i === 0 || t.charCodeAt(i) !== t.charCodeAt(i - 1)) c += t[i];
  if (c.length < 4 || c.length > 6 || c.endsWith('ing')) return false;
  if (c === 'login') return true; // `loogginn`: doubled letters
  const f = c.charCodeAt(0);
  // l k o p i n
  if (f !== 108 && f !== 107 && f !== 111 && f !== 112 && f !== 105 && f !== 110) return false;
  if (LOGIN_LOOKALIKE_WORDS.has(c) || LOGIN_LOOKALIKE_WORDS.has(t)) return false;
  return editDistance(c, 'login', 2) <= 2;
}

/**
 * A label posing as `www`: glued to the next word (`wwwconnect-login`, `wwwau`, `wwwwww`) → 1, or a 2–6 letter
 * misspelling made mostly of w's (`wwq`, `wuw`, `vvww`, `ww`, `wwww`) → 2; else 0. `www`, `www2`, `ww1` (numbered
 * mirrors) are not flagged.
 */
export function wwwLike(label: string): 0 | 1 | 2 {
  const n = label.length;
  if (n < 2) return 0;
  if (n > 3 && label.startsWith('www')) {
    const c = label.charCodeAt(3);
    return c >= 97 && c <= 122 ? 1 : 0;
  }
  if (n > 6 || label === 'www' || label === 'wow' || label === 'wwf') return 0;
  let w = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const c = label.charCodeAt(i);
    if (c === 119) w++;
    else if (c === 118 && label.charCodeAt(i + 1) === 118) {
      w++;
      i++;
    } else if (c >= 97 && c <= 122) other++;
    else if (c !== 45) return 0; // digits: numbered mirrors (ww2, www1)
  }
  return w >= 2 && other <= 1 && w + other >= 2 ? 2 : 0;
}

/** Optimal-string-alignment distance, or `max + 1` as soon as it must exceed `max` (strings ≤ 64 chars). */
export function editDistance(a: string, b: string, max: number): number {
  if (a.length > 64 || b.length > 64) return max + 1;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The strongest brand claim in one host label. `registrable` marks the label just left of the public suffix,
 * where an official brand name under another TLD (`softbank.com`, `rakuten.fr`) is only a weak `other-tld` hit.
 */
export function matchLabel(
  label: string,
  registrable: boolean,
  ix: LookalikeIndex,
  tokens = alphaTokens(label),
): BrandHit | null {
  return mayMatch(label, ix) ? matchLabelAll(label, registrable, ix, tokens) : null;
}

/** `matchLabel` without the `mayMatch` shortcut (for tests that the shortcut never hides a hit). */
export function matchLabelAll(
  label: string,
  registrable: boolean,
  ix: LookalikeIndex,
  tokens = alphaTokens(label),
): BrandHit | null {
  let best = tokenHits(tokens, ix.exact, ix.prefix, 'exact', registrable ? label : null);
  if (best && best.kind === 'exact') return best;
  if (!best && ix.short.length > 0) best = shortComboHit(tokens, ix.short);
  if (!best) {
    // A brand word inside a longer token (`aupywalletauoneauto`, `sonymobile`): weak, needs another signal,
    // unless a ≥6-letter word ends the token behind ≤3 letters of padding (`untdocomo`, `ssoftbank`) and is not
    // itself a letter + an ordinary word (`ymobile` in `sonymobile`).
    for (const t of tokens) {
      if (t.length < 6) continue;
      const c = containsAt(t, ix.long2);
      if (c) {
        const n = c.token.length;
        const at = t.indexOf(c.token);
        const strong =
          n >= 6 && at > 0 && at <= 3 && t.length - at - n <= 1 && !HOST_KEYWORDS.has(c.token.slice(1));
        best = { brand: c.brand, kind: strong ? 'fuzzy' : 'contains', token: c.token, found: t };
        break;
      }
    }
  }
  const sk = hasSkeletonChars(label) ? skeleton(label) : label;
  if (sk !== label) {
    const h = tokenHits(alphaTokens(sk), ix.skel, ix.skelPrefix, 'homoglyph', null);
    if (h && rank(h.kind) > rank('other-tld')) return better(best, h);
  }
  for (const t of tokens) {
    if (t.length === 4 && !best) {
      for (const c of ix.fuzzy4.get(t[0] as string) ?? []) {
        if (c.token !== t && c.token.length === 4 && withinOneEdit(t, c.token)) {
          best = { brand: c.brand, kind: 'fuzzy-short', token: c.token, found: t };
          break;
        }
      }
    }
    if (t.length < FUZZY_MIN - 1) continue;
    const cands = ix.fuzzy.get(key2(t));
    if (!cands) continue;
    for (const c of cands) {
      const n = c.token.length;
      // One edit from the word, or from its ≥6-letter word followed by ≤2 letters of padding (`docomaf`), or
      // from the word followed by a combo keyword (`aupnepay`, `auoen-pay`).
      const head =
        t.length > n && ((n >= 6 && t.length <= n + 2) || COMBO_SET.has(t.slice(n))) ? t.slice(0, n) : '';
      if (
        (c.token !== t && withinOneEdit(t, c.token)) ||
        (head && head !== c.token && withinOneEdit(head, c.token))
      ) {
        best = better(best, { brand: c.brand, kind: 'fuzzy', token: c.token, found: t });
        break;
      }
      // Two edits from a ≥6-letter word whose first three letters it keeps (`softbrenk`, `docond`): weak.
      if (
        n >= 6 &&
        !best &&
        t.length >= n - 1 &&
        t.length <= n + 2 &&
        t.charCodeAt(2) === c.token.charCodeAt(2) &&
        !NEAR_BRAND_WORDS.has(t) &&
        editDistance(t, c.token, 2) <= 2
      ) {
        best = { brand: c.brand, kind: 'fuzzy-short', token: c.token, found: t };
      }
    }
  }
  if (tokens.length > 1) {
    const joined = tokens.join('');
    const h =
      tokenHits([joined], ix.exact, ix.prefix, 'hyphen', null) ??
      (hasSkeletonChars(joined)
        ? tokenHits([skeleton(joined)], ix.skel, ix.skelPrefix, 'hyphen', null)
        : null);
    if (h && rank(h.kind) > rank('other-tld')) best = better(best, { ...h, found: label });
  }
  return best;
}

/** An official domain written inside a foreign host: `docomo.ne.jp-xyz.co`, `auone.kddi.com.evil.com`. */
export function matchEmbedded(labels: readonly string[], ix: LookalikeIndex): Embedded | null {
  for (let i = 0; i < labels.length; i++) {
    const cands = ix.embedded.get(labels[i] as string);
    if (!cands) continue;
    for (const c of cands) {
      // The whole official domain must sit inside the analysed labels (the real public suffix is excluded).
      const n = c.rest.length;
      if (i + n >= labels.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const l = labels[i + 1 + j] as string;
        const want = c.rest[j] as string;
        if (l !== want && !(j === n - 1 && l.startsWith(`${want}-`))) ok = false;
      }
      if (ok) return c;
    }
  }
  return null;
}

// --- IDN homographs ---------------------------------------------------------------------------------------------

// Cyrillic and Greek letters that render like Latin ones (UTS #39 confusables, lower case, the common subset).
const CONFUSABLE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ь: 'b',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  п: 'n',
  г: 'r',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  ɑ: 'a',
  ı: 'i',
  ɡ: 'g',
  ɩ: 'i',
  ᴏ: 'o',
  ʀ: 'r',
  ꞵ: 'b',
};
const MARKS = /[\u0300-\u036f]/g;
const LATIN = /[a-z]/;
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u052f]/;

export interface IdnResult {
  hit: BrandHit | null;
  /** Latin mixed with Cyrillic/Greek letters in one label. */
  mixed: boolean;
}

/** Looks at a decoded (Unicode) label: brand page terms (`ドコモ`), and Latin look-alike skeletons. */
export function matchUnicodeLabel(decoded: string, ix: LookalikeIndex): IdnResult {
  const nf = decoded.normalize('NFKC').toLowerCase();
  for (const t of ix.terms) {
    if (nf.includes(t.term.toLowerCase()))
      return { hit: { brand: t.brand, kind: 'exact', token: t.term, found: decoded }, mixed: false };
  }
  let ascii = '';
  for (const ch of nf.normalize('NFD').replace(MARKS, '')) ascii += CONFUSABLE[ch] ?? ch;
  const mixed = LATIN.test(nf) && NON_LATIN_LETTER.test(nf);
  if (/^[a-z0-9-]+$/.test(ascii)) {
    const h = matchLabel(ascii, false, ix);
    if (h && rank(h.kind) > rank('other-tld'))
      return { hit: { ...h, kind: 'homograph', found: decoded }, mixed };
  }
  return { hit: null, mixed };
}
