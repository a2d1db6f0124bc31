/** Shapes shared by the scam engine (pure: no DOM, no extension APIs). */

export type Level = 'official' | 'none' | 'caution' | 'danger';

/** One piece of evidence. `detail` is machine-readable (a token, a number, a host); see reasons.ts for words. */
export interface Reason {
  code: string;
  detail: string;
  /** The brand this piece of evidence is about, when it differs per reason (each fake number's carrier). */
  brand?: string;
}

export interface Verdict {
  level: Level;
  /** Brand id (data/brands) the page or host claims or imitates; null when none is named. */
  brand: string | null;
  /** Additive risk score; thresholds in score.ts. 0 for official and clean hosts. */
  score: number;
  reasons: Reason[];
}

/** What a form (or the inputs outside any form) asks for. */
export interface FormFacts {
  /** Host the form posts to (resolved against the page URL); null for inputs outside a form or no action. */
  actionHost: string | null;
  password: boolean;
  /** A 4-digit PIN: 暗証番号/PIN by name or label, or a short numeric field (inputmode numeric, maxlength 4). */
  pin: boolean;
  card: boolean;
  cvc: boolean;
  /** SMS / one-time code (認証コード, 確認コード, autocomplete=one-time-code). */
  smsCode: boolean;
  /** マイナンバー / 個人番号. */
  myNumber: boolean;
  /** Visible words of the form (labels, placeholders, button text), bounded; used to find brand claims. */
  text: string;
}

export interface PhoneHit {
  /** National form with leading 0, digits only ("0120800000"). */
  number: string;
  /** As printed, after NFKC ("0120-800-000"). */
  display: string;
  /** About 40 characters either side, after NFKC. */
  context: string;
}

export type HandleKind = 'telegram' | 'line' | 'wechat' | 'whatsapp';

export interface HandleHit {
  kind: HandleKind;
  /** The handle, link path or number as written (bounded). */
  id: string;
  context: string;
}

/** Everything page.ts needs, produced by extract.ts from a Document (or by hand in tests). */
export interface PageFacts {
  title: string;
  /** og:site_name / application-name. */
  siteName: string;
  /** Visible text, bounded (~100 kB). */
  visibleText: string;
  /** Image alt texts, bounded. */
  altTexts: string[];
  forms: FormFacts[];
  phones: PhoneHit[];
  handles: HandleHit[];
  links: { total: number; external: number };
  /** Links to .apk files. */
  apkLinks: number;
}

/** The part of a brand the URL engine needs (see identity.ts); small enough for the every-page script. */
export interface BrandIdentity {
  id: string;
  /** Registrable domains; every subdomain is official. */
  domains: readonly string[];
  /** Exact official hosts (usually under `domains`). */
  hosts: readonly string[];
  /** Brand words seen in lookalike host names (identity.hostTokens). */
  hostTokens: readonly string[];
  /** Words on a page that claim the brand (identity.pageTerms). */
  pageTerms: readonly string[];
  /** Path segments unique to the brand's own sign-in pages (hosts[].signInPaths), lower case. */
  signInPathMarks: readonly string[];
}
