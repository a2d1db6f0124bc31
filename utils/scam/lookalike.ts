/**
 * Brand words in host labels: exact tokens, brand + padding (`docomolhpk`, `mydocomo-pay`), ASCII homoglyphs
 * (0→o 1→l→i rn→m vv→w), first-letters-anchored edit distance ≤1 for words of ≥5 letters, hyphen-split brands
 * (`kd-d--l-au`), IDN homographs (Cyrillic/Greek skeletons) and official domains embedded in a foreign host
 * (`auone.kddi.com.evil.com`). Short brands (`au`) only ever match as a whole token and are reported as such
 * so the caller can demand a second signal. The index they read is built once from the brand
 * identities (lookalike-index.ts); the hit kinds and what each weighs are in hit-kinds.ts.
 */
import { hasSkeletonChars, latinReading, mixesScripts, skeleton } from './confusables';
import { type BrandHit, better, type HitKind, rank } from './hit-kinds';
import {
  type Embedded,
  FUZZY_MIN,
  key2,
  type LookalikeIndex,
  mayMatch,
  push,
  SHORT,
  type Tok,
} from './lookalike-index';
import { editDistance, loginLike, withinOneEdit } from './typos';
import {
  alphaTokens,
  COMBO,
  COMBO_LONG,
  GLUE,
  HOST_KEYWORDS,
  isComboKeyword,
  NEAR_BRAND_WORDS,
} from './words';

const GLUE_BY_FIRST = new Map<string, string[]>();
for (const g of GLUE) push(GLUE_BY_FIRST, g[0] as string, g);

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
        k = tokens.some((o) => o !== t && (isComboKeyword(o) || loginLike(o) || comboTypo(o, 0)))
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
      if (t.endsWith(s.token) && isComboKeyword(t.slice(0, t.length - n)))
        return { brand: s.brand, kind: 'short-combo', token: s.token, found: t };
    }
  }
  return null;
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
        t.length > n && ((n >= 6 && t.length <= n + 2) || isComboKeyword(t.slice(n))) ? t.slice(0, n) : '';
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
  const ascii = latinReading(nf);
  const mixed = mixesScripts(nf);
  if (/^[a-z0-9-]+$/.test(ascii)) {
    const h = matchLabel(ascii, false, ix);
    if (h && rank(h.kind) > rank('other-tld'))
      return { hit: { ...h, kind: 'homograph', found: decoded }, mixed };
  }
  return { hit: null, mixed };
}
