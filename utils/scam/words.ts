/**
 * Every keyword list of the URL rules once, each saying which rules read it, and the tokenizer they share. Order
 * matters where noted: the first matching word is the one reported.
 */

/** `s` split at spaces: the lists below are written as one string each. */
const words = (s: string): readonly string[] => s.split(' ');

/**
 * Words that phishing hosts put around a brand (`connect-auone-jp`, `mysoftbank`, `docomo-login`). Read by the
 * lookalike matchers (a brand word followed by one of them is still a brand hit) and by `keywordTypos` (a word
 * that is one of them is no misspelling).
 */
export const HOST_KEYWORDS: ReadonlySet<string> = new Set(
  words(
    'login logon signin signon secure security account accounts verify verification auth authid id pay payment ' +
      'payments billing bill support help info service services update confirm my member members user users web ' +
      'online mobile jp japan official center centre point points card mail smt connect check safe app cs cancel ' +
      'kaiyaku wallet portal sso mypage customer co net ntt sms www i',
  ),
);

/** Words about credentials and payment: the ones a lookalike host puts next to the brand (`login-keyword`). */
export const CRED_KEYWORDS: ReadonlySet<string> = new Set(
  words(
    'login logon signin signon secure security account accounts verify verification auth authid payment payments ' +
      'billing update confirm wallet smt sso mypage kaiyaku connect',
  ),
);

/**
 * Keywords that may be glued in front of a brand (`mysoftbank`, `nttdocomo`, `walletauone`, `smsdocomo`), read
 * by the lookalike matchers. In order: the first that leads to a brand word is the one matched.
 */
export const GLUE: readonly string[] = words(
  'my ntt sms www id web wallet secure security login info connect support smt auth jp japan portal i',
);

/** Keywords that make a short brand a combosquat when glued or hyphenated to it (`auid`, `au-login`, `updateau`). */
export const COMBO: readonly string[] = words(
  'id pay login logon signin info web mobile account secure support service update connect wallet point card ' +
    'mail jp smt my help auth member billing verify confirm security japan payment kddi points accounts',
);
const COMBO_SET: ReadonlySet<string> = new Set(COMBO);

/** A keyword that makes a short brand a combosquat (`pay` of `au-pay`, `id`, `login`, `support`…). */
export function isComboKeyword(w: string): boolean {
  return COMBO_SET.has(w);
}

/** Combo keywords of ≥4 letters: a misspelt one glued to a short brand still counts (`auinfm`, `aulnfo`). */
export const COMBO_LONG: readonly string[] = COMBO.filter((c) => c.length >= 4);

/**
 * Login words whose misspelling in a host (`connecct-login`, `logim`) is itself a tell (`keyword-typo`). In order:
 * a misspelling is reported against the first word it is near.
 */
export const TYPO_KEYWORDS: readonly string[] = words(
  'connect login logon signin account secure security verify update support service payment billing confirm ' +
    'member wallet',
);

/** Real words one edit from a login word: not a `keyword-typo`. */
export const TYPO_WORDS: ReadonlySet<string> = new Set(
  words('logic verity signing conform updater supporter servicer accounty'),
);

/** Real words (and keywords) that the mangled-login test (`loginLike`) would otherwise catch. */
export const LOGIN_LOOKALIKE_WORDS: ReadonlySet<string> = new Set(
  words(
    'lagoon leggin leggins legion legit loge loges logged logger logic logins logo logoff logon logons logos logs ' +
      'noggin noggins plugin plugins logan kogan',
  ),
);

/** Common words two edits from a brand word (`softball`, `linear` for `linemo`): no weak `fuzzy-short` hit. */
export const NEAR_BRAND_WORDS: ReadonlySet<string> = new Set(
  words('softball linear lineal linen linens liner liners lines lined lineup lineman linemen lingo'),
);

/** Service names that big sites put in front of their domain; they do not make a name "deep" (`deep-subdomain`). */
export const ORDINARY_SUBDOMAINS: ReadonlySet<string> = new Set(
  words('www m wap mobile api img static cdn news mail app h5 service help shop blog'),
);

/** Path words of a sign-in or payment page (`login-path`). */
export const PATH_LOGIN: ReadonlySet<string> = new Set(
  words(
    'login logon signin signon auth verify verification account accounts password billing payment mypage sso',
  ),
);

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
