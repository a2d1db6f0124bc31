/**
 * What one host label says on its own, whatever host it is in (`LabelInfo`): its brand hit, keywords, misspelt
 * login words, shape (random, keyboard walk, deployment name), `www` look-alike, and what the learned model reads
 * of it. Labels such as `login`, `secure` or a site's own name recur across navigations, so the reader memoises
 * them, keyed by the hash the host walk computes, bounded, cleared when full.
 */
import { type BrandHit, hitWeight } from './hit-kinds';
import { matchLabel, matchUnicodeLabel } from './lookalike';
import type { LookalikeIndex } from './lookalike-index';
import { decodePunycodeLabel } from './parse';
import { isDeploymentName, isKeyboardWalk, isRandomLabel, letterStats, looksRandom } from './shape';
import { DDNS, FREE, type HostWalk, type Zone } from './suffixes';
import { keywordTypos, loginLike, wwwLike } from './typos';
import type { UrlModel } from './url-model';
import { alphaTokens, CRED_KEYWORDS, isComboKeyword, ORDINARY_SUBDOMAINS } from './words';

export const NO_WORDS: readonly string[] = Object.freeze([]) as readonly string[];
/** Entries of the label memo before it is cleared. */
const MEMO_MAX = 4096;
/** Mixed into the hash of a registrable label, which is analysed differently. */
export const REG_SALT = 0x5bd1e995;

/**
 * What a label says on its own; see `analyseLabel`. Shared between calls: never changed after creation but for
 * `grams`, which the learned model fills in the first time it reads the label.
 */
export interface LabelInfo {
  /** The label itself. */
  key: string;
  /** Analysed as the registrable label (the one left of the public suffix). */
  registrable: boolean;
  /** The first label of an official domain (`docomo` of docomo.ne.jp): the name may embed that domain. */
  embedded: boolean;
  hit: BrandHit | null;
  /** Misspelt login words (`connecct~connect`, `koggin~login`), subdomain labels only, at most 2. */
  typos: readonly string[];
  /** Credential keywords, at most 2. */
  keywords: readonly string[];
  random: boolean;
  /** Typed as a keyboard walk (`asdfghjkl`). */
  walk: boolean;
  /** Named like a platform's generated deployment (`frosty-sea-38a7`), subdomain labels only. */
  deploy: boolean;
  /** The decoded label when it mixes Latin with Cyrillic/Greek letters. */
  mixed: string;
  /** A `www` look-alike (`wwwconnect-login`, `wwq`), subdomain labels only. */
  www: boolean;
  /** A service name such as `m`, `api`, `mail` (not counted in a name's depth). */
  ordinary: boolean;
  /** The label as the learned model reads it: its brand word, if any, written `*` (see forModel). */
  masked: string;
  /** The learned model's trigram sum for `masked` (url-model.ts), NaN until the model first reads the label. */
  grams: number;
}

/** `a` extended by the words of `b` it lacks, up to 2 words. */
export function merge(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  const out = a.slice();
  for (const w of b) if (out.length < 2 && !out.includes(w)) out.push(w);
  return out;
}

export type LabelReader = (
  host: string,
  start: number,
  len: number,
  h: number,
  registrable: boolean,
) => LabelInfo;

/** The label reader for this lookalike index, with its own memo. */
export function createLabelReader(lookalike: LookalikeIndex): LabelReader {
  const memo = new Map<number, LabelInfo | LabelInfo[]>();
  let memoSize = 0;

  /**
   * The label `host[start, start + len)`, whose hash (salted with REG_SALT when `registrable`) is `h`, as the
   * registrable label or a subdomain one.
   */
  function labelInfo(host: string, start: number, len: number, h: number, registrable: boolean): LabelInfo {
    const got = memo.get(h);
    if (got !== undefined) {
      if (!Array.isArray(got)) {
        if (got.key.length === len && got.registrable === registrable && host.startsWith(got.key, start))
          return got;
      } else {
        for (const li of got)
          if (li.key.length === len && li.registrable === registrable && host.startsWith(li.key, start))
            return li;
      }
    }
    const li = analyseLabel(host.slice(start, start + len), registrable);
    if (memoSize >= MEMO_MAX) {
      memo.clear();
      memoSize = 0;
    }
    const again = memoSize === 0 ? undefined : memo.get(h);
    if (again === undefined) memo.set(h, li);
    else if (Array.isArray(again)) again.push(li);
    else memo.set(h, [again, li]);
    memoSize++;
    return li;
  }

  function analyseLabel(raw: string, registrable: boolean): LabelInfo {
    const shape = letterStats(raw);
    const li: LabelInfo = {
      key: raw,
      registrable,
      embedded: lookalike.embedded.has(raw),
      hit: null,
      typos: NO_WORDS,
      keywords: NO_WORDS,
      random: looksRandom(raw) || isRandomLabel(raw, shape),
      walk: isKeyboardWalk(raw, shape),
      deploy: !registrable && isDeploymentName(raw),
      mixed: '',
      www: false,
      ordinary: ORDINARY_SUBDOMAINS.has(raw),
      masked: raw,
      grams: Number.NaN,
    };
    let label = raw;
    if (label.startsWith('xn--')) {
      const decoded = decodePunycodeLabel(label);
      const r = matchUnicodeLabel(decoded, lookalike);
      li.hit = r.hit;
      if (r.mixed) li.mixed = decoded;
      return forModel(li);
    }
    if (!registrable) {
      const ww = wwwLike(label);
      if (ww !== 0) {
        li.www = true;
        // `wwwconnect-login`: the words after the glued www are read on their own.
        if (ww === 1) label = label.slice(3);
      }
    }
    const tokens = alphaTokens(label);
    li.hit = matchLabel(label, registrable, lookalike, tokens);
    if (!registrable) {
      const typos = keywordTypos(tokens, []);
      for (const t of tokens) {
        if (typos.length >= 2) break;
        if (loginLike(t) && !typos.includes(`${t}~login`)) typos.push(`${t}~login`);
      }
      if (typos.length > 0) li.typos = typos;
    }
    let kw: string[] | null = null;
    for (const t of tokens) {
      if (CRED_KEYWORDS.has(t) && !kw?.includes(t)) {
        kw ??= [];
        if (kw.length < 2) kw.push(t);
      }
    }
    if (kw) li.keywords = kw;
    return forModel(li);
  }

  /**
   * What the learned model reads of a label: the label with the brand word it matched (if any) written `*`, so
   * the model learns how the rest of a phishing name is built (the rules already weigh the brand word).
   */
  function forModel(li: LabelInfo): LabelInfo {
    const found = li.hit?.found;
    const at = found ? li.key.indexOf(found) : -1;
    if (found && at >= 0) li.masked = `${li.key.slice(0, at)}*${li.key.slice(at + found.length)}`;
    return li;
  }

  return labelInfo;
}

/** The model's dense facts (url-model.ts DENSE), refilled by every call of `denseFacts`. */
const DENSE_FACTS: number[] = [];

/**
 * The engine's facts about the name the model reads (url-model.ts DENSE, in its order), into DENSE_FACTS: its
 * label `li` and the hosting zone it is on, if any.
 */
export function denseFacts(li: LabelInfo, zone: Zone): number[] {
  const d = DENSE_FACTS;
  const k = li.key;
  d[0] = li.random ? 1 : 0;
  d[1] = li.walk ? 1 : 0;
  d[2] = zone === FREE ? 1 : 0;
  d[3] = zone === DDNS ? 1 : 0;
  d[4] = li.hit ? 1 : 0;
  d[5] = li.keywords.length > 0 || li.typos.length > 0 ? 1 : 0;
  d[6] = /\d/.test(k) ? 1 : 0;
  d[7] = k.includes('-') ? 1 : 0;
  d[8] = k.length <= 4 ? 1 : 0;
  d[9] = k.length >= 15 ? 1 : 0;
  return d;
}

/** The model's logit for the name `li` on `zone`; its trigram sum is kept with the label (the only write to it). */
export function modelLogit(m: UrlModel, li: LabelInfo, zone: Zone): number {
  if (Number.isNaN(li.grams)) li.grams = m.gramSum(li.masked);
  return m.logit(li.grams, denseFacts(li, zone));
}

/** The labels left of the public suffix (or of the hosting zone), read together. */
export interface HostLabels {
  best: BrandHit | null;
  /** `best` is in the registrable label. */
  bestReg: boolean;
  keywords: readonly string[];
  typos: readonly string[];
  mixed: string;
  wwwish: string;
  rnd: string;
  subRandom: string;
  subWalk: string;
  deployName: string;
  reg: LabelInfo | null;
  /** The account label left of a hosting zone. */
  account: LabelInfo | null;
  /** Service names (`www`, `m`, `api`) in front of the name, not counted in its depth. */
  ordinary: number;
  /** A label could start an official domain written inside the name. */
  embeddable: boolean;
  /** The second label is a service or 1–3 letter regional name (`www.au.`, `www.en.`). */
  secondOrdinary: boolean;
  /** Index (in the walk's right-to-left arrays) of the leftmost label, and how many labels are read. */
  first: number;
  nSub: number;
}

/**
 * A weak brand or sign-in hint in the host that the model's word may join: a short brand word glued to a
 * keyword (`au-logon`), a `www` look-alike, a sign-in keyword or a misspelt one. Not the TLD, a random label,
 * a fuzzy brand match, a brand word inside another word or a bare short brand word (`au-pair.com`): beside
 * those the model's word did not hold out of time, or warned on legit names.
 */
export function hostHint(l: HostLabels): boolean {
  return l.best?.kind === 'short-combo' || l.wwwish !== '' || l.keywords.length > 0 || l.typos.length > 0;
}

/**
 * Reads the labels of `host` left of `end` (the public suffix's or the zone's dot), left to right, as the walk
 * `w` found them.
 */
export function readLabels(
  host: string,
  w: HostWalk,
  end: number,
  tld: string,
  labelInfo: LabelReader,
): HostLabels {
  const l: HostLabels = {
    best: null,
    bestReg: false,
    keywords: NO_WORDS,
    typos: NO_WORDS,
    mixed: '',
    wwwish: '',
    rnd: '',
    subRandom: '',
    subWalk: '',
    deployName: '',
    reg: null,
    account: null,
    ordinary: 0,
    embeddable: false,
    secondOrdinary: false,
    first: w.nLabels - 1,
    nSub: 0,
  };
  let lastK = l.first + 1;
  while (lastK > 0 && (w.labelEnd[lastK - 1] as number) <= end) lastK--;
  l.nSub = end > 0 ? l.first - lastK + 1 : 0;
  const last = l.nSub - 1;
  if (l.nSub === 0) l.first = -1;
  for (let k = l.first, i = 0; i <= last; k--, i++) {
    const start = w.labelStart[k] as number;
    const len = (w.labelEnd[k] as number) - start;
    if (len === 3 && host.startsWith('www', start)) {
      if (i < last) l.ordinary++;
      continue;
    }
    if (len < 2) {
      if (i < last && len === 1 && host.charCodeAt(start) === 109 /* m */) {
        l.ordinary++;
        if (i === 1) l.secondOrdinary = true;
      }
      continue;
    }
    if (i === 1 && len <= 3) l.secondOrdinary = true; // `www.au.`, `www.en.`: a regional or service name
    const registrable = i === last && w.zoneStart < 0;
    const h = (w.labelHash[k] as number) ^ (registrable ? REG_SALT : 0);
    const li = labelInfo(host, start, len, h, registrable);
    if (li.embedded) l.embeddable = true;
    if (li.ordinary && i < last) {
      l.ordinary++;
      if (i === 1) l.secondOrdinary = true;
    }
    if (li.random && !l.rnd) l.rnd = li.key;
    if (registrable) l.reg = li;
    else if (i === last) l.account = li;
    else if (!li.ordinary) {
      if (li.random && !l.subRandom) l.subRandom = li.key;
      if (li.walk && !l.subWalk) l.subWalk = li.key;
    }
    if (li.deploy && !l.deployName) l.deployName = li.key;
    if (li.mixed && !l.mixed) l.mixed = li.mixed;
    if (li.www && !l.wwwish) l.wwwish = li.key;
    if (li.typos.length > 0 && l.typos.length < 2) l.typos = merge(l.typos, li.typos);
    if (li.keywords.length > 0 && l.keywords.length < 2) l.keywords = merge(l.keywords, li.keywords);
    let hit = li.hit;
    // A short brand word that is the host's own TLD (`au` on .au sites) names nothing, nor does it glued to a
    // combo keyword there (`au-pay.com.au`).
    if (hit && w.shortTld && hit.token.startsWith(tld)) {
      if (hit.token.length === tld.length || isComboKeyword(hit.token.slice(tld.length))) hit = null;
    }
    if (hit && (!l.best || hitWeight(hit, registrable) > hitWeight(l.best, l.bestReg))) {
      l.best = hit;
      l.bestReg = registrable;
    }
  }
  return l;
}
