/**
 * The weighted rule set. A verdict's score is the sum of its signals' weights (capped at 100):
 *   score ≥ CAUTION (50) → 'caution', score ≥ DANGER (80) → 'danger'.
 * - Strong URL signals reach caution alone: brand in host (55), homograph (70), embedded official domain (75),
 *   dynamic DNS (55), odd Unicode letters in the path (60), homoglyph/fuzzy brand (50, also
 *   a ≥6-letter brand word behind ≤3 letters: `untdocomo`), a 2-letter brand + a carrier/account keyword (or a
 *   mangled one) in the registrable label (`au-help.com`, `updateau.info`: 55), a path segment of a brand's own
 *   sign-in page (`/auth/cgi/anidlogin`: 55; caution only, unless the host names a brand too).
 * - Brandless host shapes (url-rules.ts) reach caution alone, never danger: a keyboard walk (`asdfghjkl`: 50), a
 *   random registrable name on a cheap TLD (55, instead of the two signals apart), a random subdomain on a random
 *   registrable name (50), a platform's generated deployment name or a random account label on a free-hosting
 *   zone (30, plus the zone's 20), a public shortener's link (`bit.ly/3xQz9k`: 50; its own pages 20).
 * - The learned URL model (url-model.ts: the registrable name looks like the carrier phishing names of 2019–2021)
 *   is weak evidence (25), counted only beside a sign-in keyword, a misspelt one, a `www` look-alike or a short
 *   brand glued to a keyword in the host; it never makes danger, even beside a brand.
 * - Weak ones never do: a raw public IP (35: DNS-over-HTTPS endpoints live on bare IPs; with a sign-in path or a
 *   brand word in the path it warns), a redirector in front of another URL (15, added to the target's verdict),
 *   cheap TLD (30; 20 for .asia/.tokyo/.cc), free hosting (20), shortener (20), random
 *   label (25, only on cheap TLDs, hosting zones or deep names), deep name (25, with host evidence only), keywords
 *   (10/25), a sign-in path (`/login.php`: 15, only next to host evidence), a `www` look-alike label (`wwq`,
 *   `wwwconnect-login`: 25), `www.` in front of a subdomain (20, next to other evidence), a misspelt or mangled
 *   login word in a subdomain (`connecct`, `koggin`: 40), a brand word two edits away (25), short brand `au` in
 *   the registrable label (25; 0 in a subdomain, where it only names the brand; 30 glued to a keyword there,
 *   which is not counted again), a brand word inside another word (40). Two of them can warn.
 * - Danger needs a named brand (or an embedded official domain / odd path letters) plus more evidence: an
 *   unbranded URL is capped at UNBRANDED_URL_MAX. Measured on the dev data by `npm run eval`.
 * - Page (page.ts): a credential form claimed for a brand by its labels, site name or logo (100), or by the title
 *   (80 with card/PIN/SMS-code fields, 40 with a password only); an unpublished "support number" next to a
 *   carrier name (50); Telegram/WeChat/WhatsApp for SIM services (50–85); APK links (30). Phrases, gift-card and
 *   APK wording only add to one of those or to a suspicious host, so quoting scam texts is never enough.
 */
import type { Level, Reason, Verdict } from './types';

export const CAUTION = 50;
export const DANGER = 80;
/**
 * A URL that names no brand (and embeds no official domain, hides no odd letters) is at most 'caution': it is
 * suspicious, but which carrier it fakes, if any, is only known from the page.
 */
export const UNBRANDED_URL_MAX = 75;

export const W = {
  // URL: host
  embeddedOfficial: 75,
  brandExact: 55,
  brandHomograph: 70,
  brandHomoglyph: 50,
  brandHyphen: 50,
  brandFuzzy: 50,
  brandShortCombo: 40,
  brandShortComboReg: 55,
  brandShortComboSub: 30,
  brandContains: 40,
  brandOtherTld: 30,
  brandShort: 25,
  mixedScript: 25,
  dynamicDns: 55,
  rawIp: 35,
  translateOfficial: 50,
  translateProxy: 15,
  freeHosting: 20,
  cheapTld: 30,
  mixedTld: 20,
  keywordTypo: 40,
  keywordTypos: 55,
  shortener: 20,
  randomLabel: 25,
  deepSubdomain: 25,
  wwwLookalike: 25,
  wwwSubdomain: 20,
  keyword: 10,
  keywords: 25,
  loginPath: 15,
  // URL: host shape (url-rules.ts), brandless: caution at most
  keyboardWalk: 50,
  cheapTldRandom: 55,
  randomSubOnRandom: 50,
  platformDefaultHost: 30,
  redirector: 15,
  shortLink: 50,
  // URL: the learned model (url-model.ts), beside a weak host hint only; caution at most
  urlModel: 25,
  // URL: path
  oddUnicodePath: 60,
  brandInPath: 30,
  copiedSignInPath: 55,
  shortBrandInPath: 15,
  // Page
  brandCredentialForm: 100,
  credentialFormOffsite: 20,
  unofficialPhone: 50,
  offPlatformContact: 50,
  lineContact: 20,
  giftCard: 30,
  apk: 30,
  phrases: 10,
  phrasesMax: 30,
} as const;

export function levelOf(score: number): Level {
  return score >= DANGER ? 'danger' : score >= CAUTION ? 'caution' : 'none';
}

export function verdict(score: number, brand: string | null, reasons: Reason[]): Verdict {
  const s = Math.min(100, score);
  return { level: levelOf(s), brand, score: s, reasons };
}
