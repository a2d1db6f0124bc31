/**
 * The kinds of brand hit the lookalike matchers report, and everything about each kind in one table: its rank
 * among a label's candidates, its weight in a URL's score, its reason code and whether it is weak.
 */
import { W } from './score';

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
/** Where a hit kind stands among the matchers' candidates for one label. */
export const rank = (k: HitKind): number => HIT_KINDS[k].rank;

/** The stronger of two candidate hits (the first on a tie). */
export function better(a: BrandHit | null, b: BrandHit | null): BrandHit | null {
  if (!a) return b;
  if (!b) return a;
  return rank(b.kind) > rank(a.kind) ? b : a;
}

/**
 * What hit `h` adds to a URL's score in a registrable label or a subdomain one. A short brand glued or hyphenated
 * to a carrier/account keyword in the registrable label (`au-pay-xx.com`, `updateau.info`, `conect-au-id.com`) is
 * a combosquat registration: it names the brand on its own. In a subdomain (`au-login.example.com`, also an
 * Australian sign-in page) it is weak.
 */
export function hitWeight(h: BrandHit, registrable: boolean): number {
  if (h.kind === 'short-combo') return registrable ? W.brandShortComboReg : W.brandShortComboSub;
  // A bare 2-letter brand word weighs only in the registrable label (`au.example.com` is a regional site); in a
  // subdomain it still says which brand the rest of the evidence is about.
  if (h.kind === 'short' && !registrable) return 0;
  return HIT_KINDS[h.kind].weight;
}
