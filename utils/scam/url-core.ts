/**
 * `assessUrl` without the brand data bundled in: `createUrlEngine(identities)` builds every index once (Maps and
 * Sets keyed by host suffix and brand word) and returns a synchronous, allocation-light assessor. url.ts binds
 * it to data/brands; a script that must stay tiny can bind it to a compact identity list instead.
 */
import { GROUP_COMPANY_DOMAINS } from '../../data/group-domains';
import {
  CHEAP_TLDS,
  DOH_HOSTS,
  DYNAMIC_DNS_ZONES,
  FREE_HOSTING_ZONES,
  MIXED_TLDS,
  PATH_HOSTING,
  PROXY_ZONES,
  URL_SHORTENERS,
} from '../../data/hosting';
import { isLocalHost, isWeb, LOCAL_TLDS, type ParsedUrl, parseUrl } from './host';
import {
  alphaTokens,
  type BrandHit,
  buildLookalikeIndex,
  CRED_KEYWORDS,
  HIT_KINDS,
  isComboKeyword,
  keywordTypos,
  type LookalikeIndex,
  loginLike,
  matchEmbedded,
  matchLabel,
  matchUnicodeLabel,
  wwwLike,
} from './lookalike';
import { decodePunycodeLabel, publicSuffix } from './parse';
import { UNBRANDED_URL_MAX, verdict, W } from './score';
import { isDeploymentName, isKeyboardWalk, isRandomLabel, letterStats, looksRandom } from './shape';
import type { BrandIdentity, Reason, Verdict } from './types';
import type { ModelInput, UrlModel } from './url-model';
import { SHAPE_RULES, type ShapeFacts, USES_CHEAP, USES_RANDOM } from './url-rules';

export interface UrlEngine {
  assessUrl(url: string): Verdict;
  /** The brand whose official domains contain `host`, or null. */
  officialBrand(host: string): string | null;
  /** What the learned model reads about the URL's host (for its trainer), or null (IPs, official, bare suffixes). */
  modelInput(url: string): ModelInput | null;
  readonly lookalike: LookalikeIndex;
}

const DDNS = 1;
const FREE = 2;
const PROXY = 3;

const NONE: Verdict = Object.freeze({ level: 'none', brand: null, score: 0, reasons: [] }) as Verdict;
const NO_WORDS: readonly string[] = Object.freeze([]) as readonly string[];
/** Entries of each label memo before it is cleared. */
const MEMO_MAX = 4096;
/** Start, end and hash of the host's labels, right to left; reused by every call (assessment is synchronous). */
const LABEL_START: number[] = [];
const LABEL_END: number[] = [];
const LABEL_HASH: number[] = [];
/** Mixed into the hash of a registrable label, which is analysed differently. */
const REG_SALT = 0x5bd1e995;

/**
 * What a label says on its own; see `analyseLabel`. Shared between calls: never changed after creation but for
 * `grams`, which the learned model fills in the first time it reads the label.
 */
interface LabelInfo {
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
function merge(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  const out = a.slice();
  for (const w of b) if (out.length < 2 && !out.includes(w)) out.push(w);
  return out;
}

const EMPTY = (): Verdict => ({ level: 'none', brand: null, score: 0, reasons: [] });

interface SuffixEntry {
  key: string;
  official: string | undefined;
  zone: number;
  /** 1 cheap TLD, 2 cheap but much legitimate use (MIXED_TLDS). */
  cheap: number;
  shortener: boolean;
  pathHosting: boolean;
  local: boolean;
  /** A TLD that is also a short brand word (`au`). */
  shortTld: boolean;
  /** A carrier's group company or a DNS-over-HTTPS service: never warned about. */
  neverWarn: boolean;
}

/**
 * Domain suffixes (official domains, zones, TLDs, shorteners) keyed by an FNV-style hash of their characters read
 * right to left, so the host walk looks a suffix up from the host string itself, without slicing it.
 */
class SuffixTable {
  private readonly map = new Map<number, SuffixEntry[]>();

  static hash(s: string): number {
    let h = 0;
    for (let i = s.length - 1; i >= 0; i--) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }

  entry(key: string): SuffixEntry {
    const h = SuffixTable.hash(key);
    let list = this.map.get(h);
    if (!list) {
      list = [];
      this.map.set(h, list);
    }
    for (const e of list) if (e.key === key) return e;
    const e: SuffixEntry = {
      key,
      official: undefined,
      zone: 0,
      cheap: 0,
      shortener: false,
      pathHosting: false,
      local: false,
      shortTld: false,
      neverWarn: false,
    };
    list.push(e);
    return e;
  }

  /** The entry for `host.slice(from)`, whose hash (as computed by `hash`) is `h`. */
  find(host: string, from: number, h: number): SuffixEntry | undefined {
    const list = this.map.get(h);
    if (!list) return undefined;
    const len = host.length - from;
    for (const e of list) if (e.key.length === len && host.endsWith(e.key)) return e;
    return undefined;
  }
}

/**
 * A short brand glued or hyphenated to a carrier/account keyword in the registrable label (`au-pay-xx.com`,
 * `updateau.info`, `conect-au-id.com`) is a combosquat registration: it names the brand on its own. In a
 * subdomain (`au-login.example.com`, also an Australian sign-in page) it is weak.
 */
function hitWeight(h: BrandHit, registrable: boolean): number {
  if (h.kind === 'short-combo') return registrable ? W.brandShortComboReg : W.brandShortComboSub;
  // A bare 2-letter brand word weighs only in the registrable label (`au.example.com` is a regional site); in a
  // subdomain it still says which brand the rest of the evidence is about.
  if (h.kind === 'short' && !registrable) return 0;
  return HIT_KINDS[h.kind].weight;
}

/** Service names that big sites put in front of their domain; they do not make a name "deep". */
const ORDINARY_SUBDOMAINS = new Set([
  'www',
  'm',
  'wap',
  'mobile',
  'api',
  'img',
  'static',
  'cdn',
  'news',
  'mail',
  'app',
  'h5',
  'service',
  'help',
  'shop',
  'blog',
]);

/** Path words of a sign-in or payment page. */
const PATH_LOGIN: ReadonlySet<string> = new Set(
  'login logon signin signon auth verify verification account accounts password billing payment mypage sso'.split(
    ' ',
  ),
);

/** The path of a short link: one segment of 3–16 letters, digits, `-` or `_` (`/3xQzZ9k`, `/pyjg6r`). */
const SHORT_CODE = /^\/[A-Za-z0-9_-]{3,16}\/?$/;

/** The path of a DNS-over-HTTPS query (RFC 8484's `/dns-query`, the JSON APIs' `/resolve`). */
function isDohPath(path: string): boolean {
  return path === '/dns-query' || path === '/resolve' || path.startsWith('/dns-query/');
}

/**
 * The URL a redirector or mail-tracking link sends to, written in its query (`?url=https%3A%2F%2F…`,
 * `/redirect?z=https://…`, `href.li/?http://…`), or null. Only the first one, decoded once.
 */
export function redirectTarget(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0 || url.indexOf('http', q) < 0) return null;
  const m = REDIRECT_PARAM.exec(url.slice(q));
  if (!m) return null;
  let target = m[1] as string;
  if (target.charCodeAt(4) === 37 || target.charCodeAt(5) === 37) {
    try {
      target = decodeURIComponent(target);
    } catch {
      return null;
    }
  }
  return target;
}
const REDIRECT_PARAM = /[?&](?:[^=&#]*=)?(https?(?::\/\/|%3a%2f%2f)[^&#\s]+)/i;

/** `www-docomo-ne-jp` (a translate.goog label) → `www.docomo.ne.jp`. */
export function untranslateLabel(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = label[i] as string;
    if (c !== '-') out += c;
    else if (label[i + 1] === '-') {
      out += '-';
      i++;
    } else out += '.';
  }
  return out;
}

// Letters that spell words without being ASCII: mathematical alphanumerics (U+1D400–1D7FF), enclosed/circled
// and fullwidth Latin. NFKC folds them back to ASCII, which is how `/𝙰𝚞𝙿𝚘𝚒𝚗𝚝𝚜` hides "AuPoints".
function oddLetters(s: string): { odd: number; fullwidth: number } {
  let odd = 0;
  let fullwidth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000) continue;
    if (c === 0xd835) odd++;
    else if (c === 0xd83c) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdd30 && lo <= 0xdd89) odd++;
    } else if (c >= 0x24b6 && c <= 0x24e9) odd++;
    else if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) fullwidth++;
  }
  return { odd, fullwidth };
}

/** `s.slice(0, end)` ends with "login", in any case. */
function endsWithLogin(s: string, end: number): boolean {
  return (
    (s.charCodeAt(end - 5) | 32) === 108 &&
    (s.charCodeAt(end - 4) | 32) === 111 &&
    (s.charCodeAt(end - 3) | 32) === 103 &&
    (s.charCodeAt(end - 2) | 32) === 105 &&
    (s.charCodeAt(end - 1) | 32) === 110
  );
}

interface WordEntry {
  key: string;
  brand: { brand: string; token: string } | undefined;
  login: boolean;
}

/** Lower-case words keyed by an FNV-style hash of their letters, found in a string by position, any case. */
class WordTable {
  private readonly map = new Map<number, WordEntry[]>();

  entry(key: string): WordEntry {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    let list = this.map.get(h);
    if (!list) {
      list = [];
      this.map.set(h, list);
    }
    for (const e of list) if (e.key === key) return e;
    const e: WordEntry = { key, brand: undefined, login: false };
    list.push(e);
    return e;
  }

  /** The entry for the letters `s[start..end)` lower-cased, whose hash is `h`. */
  find(s: string, start: number, end: number, h: number): WordEntry | undefined {
    const list = this.map.get(h);
    if (!list) return undefined;
    const len = end - start;
    for (const e of list) {
      if (e.key.length !== len) continue;
      let j = 0;
      while (j < len && (s.charCodeAt(start + j) | 32) === e.key.charCodeAt(j)) j++;
      if (j === len) return e;
    }
    return undefined;
  }
}

/** The model's dense facts (url-model.ts DENSE), refilled by every assessment. */
const DENSE_FACTS: number[] = [];

export function createUrlEngine(ids: readonly BrandIdentity[], model?: UrlModel): UrlEngine {
  const lookalike = buildLookalikeIndex(ids);
  // Official means under a brand's official domains. Brands of one company may share a domain; then the
  // brand that lists the exact host, else the earlier brand, is named.
  const official = new Map<string, string>();
  for (const b of ids) for (const d of b.domains) if (!official.has(d)) official.set(d, b.id);
  const hostBrand = new Map<string, string>();
  for (const b of ids) for (const h of b.hosts) if (!hostBrand.has(h)) hostBrand.set(h, b.id);
  const shortTokens = new Set<string>();
  for (const t of lookalike.short) shortTokens.add(t.token);
  const suffixes = new SuffixTable();
  for (const [d, b] of official) suffixes.entry(d).official = b;
  for (const z of DYNAMIC_DNS_ZONES) suffixes.entry(z).zone = DDNS;
  for (const z of FREE_HOSTING_ZONES) suffixes.entry(z).zone = FREE;
  for (const z of PROXY_ZONES) suffixes.entry(z).zone = PROXY;
  for (const z of URL_SHORTENERS) suffixes.entry(z).shortener = true;
  for (const z of PATH_HOSTING) suffixes.entry(z).pathHosting = true;
  for (const t of CHEAP_TLDS) suffixes.entry(t).cheap = 1;
  for (const t of MIXED_TLDS) if (suffixes.entry(t).cheap) suffixes.entry(t).cheap = 2;
  for (const t of LOCAL_TLDS) suffixes.entry(t).local = true;
  for (const t of shortTokens) suffixes.entry(t).shortTld = true;
  for (const g of GROUP_COMPANY_DOMAINS) suffixes.entry(g.domain).neverWarn = true;
  for (const h of DOH_HOSTS) suffixes.entry(h).neverWarn = true;

  function officialBrand(host: string): string | null {
    for (let i = 0; ; ) {
      const b = official.get(i === 0 ? host : host.slice(i));
      if (b) return hostBrand.get(host) ?? b;
      const dot = host.indexOf('.', i);
      if (dot < 0) return null;
      i = dot + 1;
    }
  }

  // What one label says, whatever host it is in: memoised (labels such as `login`, `secure`, a site's own name
  // recur across navigations), keyed by the hash the host walk computed, bounded, cleared when full.
  const memo = new Map<number, LabelInfo | LabelInfo[]>();
  let memoSize = 0;

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

  /** The model's logit for the name `li` on `zone`; its trigram sum is kept with the label (the only write to it). */
  function modelLogit(m: UrlModel, li: LabelInfo, zone: number): number {
    if (Number.isNaN(li.grams)) li.grams = m.gramSum(li.masked);
    return m.logit(li.grams, denseFacts(li, zone));
  }

  // Path words worth noticing (brand words, sign-in words), looked up by a hash of their lower-cased letters.
  const pathTable = new WordTable();
  for (const [w, tok] of lookalike.exact) if (/^[a-z]+$/.test(w)) pathTable.entry(w).brand = tok;
  for (const w of PATH_LOGIN) pathTable.entry(w).login = true;

  // What the last pathSignals call found besides its score (kept here, not in a returned object).
  let psBrand: string | null = null;
  let psLogin = '';

  // Sign-in kits copy the real sign-in page's path along with its look (`…/auth/cgi/anidlogin` on a stranger's
  // host), so a segment unique to a brand's own sign-in pages names the brand it imitates.
  const signInMarks = ids.flatMap((b) =>
    b.signInPathMarks.map((mark) => ({ mark: `/${mark}`, brand: b.id })),
  );

  /**
   * The brand whose sign-in path segment `path` (already percent-decoded) contains as a whole segment: followed
   * by the end, `/`, an extension's `.` or a `;` path parameter.
   */
  function copiedSignInPath(path: string): { mark: string; brand: string } | null {
    const lower = path.toLowerCase();
    for (const m of signInMarks) {
      for (let at = lower.indexOf(m.mark); at >= 0; at = lower.indexOf(m.mark, at + 1)) {
        const next = lower.charCodeAt(at + m.mark.length);
        if (Number.isNaN(next) || next === 47 /* / */ || next === 46 /* . */ || next === 59 /* ; */) return m;
      }
    }
    return null;
  }

  /**
   * Path evidence: odd Unicode letters, a brand word (≥4 letters: strong; shorter: weak), a sign-in word
   * (`psLogin`). Words are runs of ASCII letters split at camelCase humps (`/AuPoints` → au, points), at most 64.
   */
  function pathSignals(path: string, reasons: Reason[]): number {
    psBrand = null;
    psLogin = '';
    if (path.length <= 1) return 0;
    let s = path.length > 2048 ? path.slice(0, 2048) : path;
    let score = 0;
    // The parser percent-encodes every non-ASCII character: odd letters can only come from escapes.
    if (s.includes('%')) {
      try {
        s = decodeURIComponent(s);
      } catch {
        // keep the raw path
      }
      const { odd, fullwidth } = oddLetters(s);
      if (odd >= 2) {
        score += W.oddUnicodePath;
        reasons.push({ code: 'odd-unicode-path', detail: s.normalize('NFKC').slice(0, 80) });
      }
      if (odd + fullwidth > 0) s = s.normalize('NFKC');
    }
    // After decoding: a server reads `%61nidlogin` as `anidlogin`.
    const copied = signInMarks.length > 0 ? copiedSignInPath(s) : null;
    if (copied) {
      reasons.push({ code: 'copied-sign-in-path', detail: copied.mark.slice(1) });
      psBrand = copied.brand;
      score += W.copiedSignInPath;
    }
    let shortStart = -1;
    let shortEnd = -1;
    let shortBrand: string | null = null;
    let start = -1;
    let h = 0;
    let words = 0;
    let prevLower = false;
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? s.charCodeAt(i) : 0;
      const upper = c >= 65 && c <= 90;
      const lower = c >= 97 && c <= 122;
      if (start >= 0 && (!(upper || lower) || (upper && prevLower))) {
        const e = pathTable.find(s, start, i, h);
        if (e) {
          if (e.login && !psLogin) psLogin = s.slice(start, i).toLowerCase();
          const b = e.brand;
          if (b) {
            if (b.token.length > 3) {
              reasons.push({ code: 'brand-in-path', detail: s.slice(start, i).toLowerCase() });
              psBrand = b.brand;
              return score + W.brandInPath;
            }
            if (shortStart < 0) {
              shortStart = start;
              shortEnd = i;
              shortBrand = b.brand;
            }
          }
        } else if (!psLogin && i - start > 5 && endsWithLogin(s, i))
          psLogin = s.slice(start, i).toLowerCase();
        start = -1;
        if (++words >= 64) break;
      }
      if ((upper || lower) && start < 0) {
        start = i;
        h = 0;
      }
      if (upper || lower) h = Math.imul(h ^ (c | 32), 0x01000193);
      prevLower = lower;
    }
    if (shortStart >= 0) {
      score += W.shortBrandInPath;
      reasons.push({ code: 'brand-in-path', detail: s.slice(shortStart, shortEnd).toLowerCase() });
    }
    psBrand ??= shortBrand;
    return score;
  }

  /**
   * A weak brand or sign-in hint in the host that the model's word may join: a short brand word glued to a
   * keyword (`au-logon`), a `www` look-alike, a sign-in keyword or a misspelt one. Not the TLD, a random label,
   * a fuzzy brand match, a brand word inside another word or a bare short brand word (`au-pair.com`): beside
   * those the model's word did not hold out of time, or warned on legit names.
   */
  function hostHint(
    best: BrandHit | null,
    wwwish: string,
    keywords: readonly string[],
    typos: readonly string[],
  ): boolean {
    const k = best?.kind;
    return k === 'short-combo' || wwwish !== '' || keywords.length > 0 || typos.length > 0;
  }

  // modelInput() sets this to receive what the model reads about the top-level host.
  let capture: { input: ModelInput | null } | null = null;

  /**
   * The engine's facts about the name the model reads (url-model.ts DENSE, in its order), into DENSE_FACTS: its
   * label `li` and the hosting zone it is on, if any.
   */
  function denseFacts(li: LabelInfo, zone: number): number[] {
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

  function assessParsed(p: ParsedUrl, depth: number): Verdict {
    const host = p.host;
    const reasons: Reason[] = [];
    let score = 0;
    let brand: string | null = null;

    if (p.ip) {
      // DNS-over-HTTPS endpoints are bare IPs (`https://1.1.1.1/dns-query`): a query path there says nothing.
      if (isDohPath(p.path)) return EMPTY();
      score += W.rawIp;
      reasons.push({ code: 'raw-ip', detail: host });
      let pss = pathSignals(p.path, reasons);
      if (psLogin) {
        pss += W.loginPath;
        reasons.push({ code: 'login-path', detail: psLogin });
      }
      return verdict(odd(reasons) ? score + pss : Math.min(score + pss, UNBRANDED_URL_MAX), psBrand, reasons);
    }

    // One walk over the host's suffixes, right to left, each looked up by a hash of the host's own characters
    // (no substring is made): official domains, the hosting zone (the longest; the zone's own site is not
    // flagged), shorteners, local TLDs and the public suffix / TLD.
    let zone = 0;
    let zoneStart = -1;
    let prevStart = -1;
    let tldStart = -1;
    let cheapTld = 0;
    let officialId: string | undefined;
    let neverWarn = false;
    let shortenerHost = false;
    let shortTld = false;
    let h = 0;
    // Labels right to left: start, end and hash of each (the memo is looked up without slicing the host).
    let hl = 0;
    let labelEnd = host.length;
    let nLabels = 0;
    for (let i = host.length - 1; i >= -1; i--) {
      const c = i >= 0 ? host.charCodeAt(i) : 46;
      if (c === 46) {
        LABEL_START[nLabels] = i + 1;
        LABEL_END[nLabels] = labelEnd;
        LABEL_HASH[nLabels] = hl;
        nLabels++;
        hl = 0;
        labelEnd = i;
        const e = suffixes.find(host, i + 1, h);
        if (tldStart < 0) {
          tldStart = i + 1;
          if (e) {
            if (e.local) return EMPTY();
            cheapTld = e.cheap;
            shortTld = e.shortTld;
          }
        } else if (prevStart < 0) prevStart = i + 1;
        if (e) {
          if (e.official !== undefined) officialId = e.official;
          if (e.neverWarn) neverWarn = true;
          if (e.zone !== 0 && i >= 0) {
            zone = e.zone;
            zoneStart = i + 1;
          }
          if (e.shortener && (i < 0 || (i === 3 && host.startsWith('www.')))) shortenerHost = true;
          if (e.pathHosting && i < 0 && zone === 0) {
            zone = FREE;
            zoneStart = 0;
          }
        }
      } else hl = Math.imul(hl ^ c, 0x01000193);
      h = Math.imul(h ^ c, 0x01000193);
    }
    if (officialId !== undefined) {
      const ob = hostBrand.get(host) ?? officialId;
      return { level: 'official', brand: ob, score: 0, reasons: [{ code: 'official-host', detail: host }] };
    }
    if (neverWarn) return EMPTY();
    if (prevStart < 0) return EMPTY(); // a single label: intranet name
    // The TLD itself is only needed when it is a short brand word (`au`) or a cheap TLD.
    const tld = shortTld || cheapTld !== 0 ? host.slice(tldStart) : '';
    // The Public Suffix List (private section included) says where the registrable name ends: `example.co.jp`,
    // `city.kawasaki.jp`'s neighbours, `account.workers.dev`. A host that is itself a suffix has no name to judge.
    const psLen = publicSuffix(host).length;
    const psStart = psLen >= host.length ? 0 : host.length - psLen;

    if (zone === PROXY && depth === 0) {
      const inner = untranslateLabel(host.slice(host.lastIndexOf('.', zoneStart - 2) + 1, zoneStart - 1));
      if (inner.includes('.')) {
        const proxied = parseUrl(`${p.protocol}//${inner}${p.path}`);
        if (proxied && !isLocalHost(proxied.host, proxied.ip)) {
          const v = assessParsed(proxied, 1);
          if (v.level === 'official') {
            return verdict(W.translateOfficial, v.brand, [
              { code: 'translate-proxy-official', detail: proxied.host },
            ]);
          }
          // The proxy itself is weak evidence: it adds to the proxied host's score but never makes 'danger'.
          const r = [{ code: 'translate-proxy', detail: proxied.host }, ...v.reasons];
          const s = v.level === 'danger' ? v.score : Math.min(v.score + W.translateProxy, UNBRANDED_URL_MAX);
          return verdict(s, v.brand, r);
        }
      }
    }

    const end = zoneStart > 0 ? zoneStart - 1 : psStart - 1;
    let best: BrandHit | null = null;
    let keywords: readonly string[] = NO_WORDS;
    let typos: readonly string[] = NO_WORDS;
    let mixed = '';
    let wwwish = '';
    let bestReg = false;
    let rnd = '';
    let subRandom = '';
    let subWalk = '';
    let deployName = '';
    let reg: LabelInfo | null = null;
    let account: LabelInfo | null = null;
    let ordinary = 0;
    let embeddable = false;
    let secondOrdinary = false;
    // The labels left of the public suffix (or of the hosting zone), left to right.
    let first = nLabels - 1;
    let lastK = first + 1;
    while (lastK > 0 && (LABEL_END[lastK - 1] as number) <= end) lastK--;
    const nSub = end > 0 ? first - lastK + 1 : 0;
    const last = nSub - 1;
    if (nSub === 0) first = -1;
    for (let k = first, i = 0; i <= last; k--, i++) {
      const start = LABEL_START[k] as number;
      const len = (LABEL_END[k] as number) - start;
      if (len === 3 && host.startsWith('www', start)) {
        if (i < last) ordinary++;
        continue;
      }
      if (len < 2) {
        if (i < last && len === 1 && host.charCodeAt(start) === 109 /* m */) {
          ordinary++;
          if (i === 1) secondOrdinary = true;
        }
        continue;
      }
      if (i === 1 && len <= 3) secondOrdinary = true; // `www.au.`, `www.en.`: a regional or service name
      const registrable = i === last && zoneStart < 0;
      const li = labelInfo(
        host,
        start,
        len,
        (LABEL_HASH[k] as number) ^ (registrable ? REG_SALT : 0),
        registrable,
      );
      if (li.embedded) embeddable = true;
      if (li.ordinary && i < last) {
        ordinary++;
        if (i === 1) secondOrdinary = true;
      }
      if (li.random && !rnd) rnd = li.key;
      if (registrable) reg = li;
      else if (i === last) account = li;
      else if (!li.ordinary) {
        if (li.random && !subRandom) subRandom = li.key;
        if (li.walk && !subWalk) subWalk = li.key;
      }
      if (li.deploy && !deployName) deployName = li.key;
      if (li.mixed && !mixed) mixed = li.mixed;
      if (li.www && !wwwish) wwwish = li.key;
      if (li.typos.length > 0 && typos.length < 2) typos = merge(typos, li.typos);
      if (li.keywords.length > 0 && keywords.length < 2) keywords = merge(keywords, li.keywords);
      let hit = li.hit;
      // A short brand word that is the host's own TLD (`au` on .au sites) names nothing, nor does it glued to a
      // combo keyword there (`au-pay.com.au`).
      if (hit && shortTld && hit.token.startsWith(tld)) {
        if (hit.token.length === tld.length || isComboKeyword(hit.token.slice(tld.length))) hit = null;
      }
      if (hit && (!best || hitWeight(hit, registrable) > hitWeight(best, bestReg))) {
        best = hit;
        bestReg = registrable;
      }
    }
    // An official domain written inside the name (`docomo.ne.jp-xyz.co`): only when a label could start one.
    let emb = false;
    if (embeddable) {
      const labels: string[] = [];
      for (let k = first; k > first - nSub; k--)
        labels.push(host.slice(LABEL_START[k] as number, LABEL_END[k] as number));
      const e = matchEmbedded(labels, lookalike);
      if (e) {
        emb = true;
        score += W.embeddedOfficial;
        brand = e.brand;
        reasons.push({ code: 'embedded-official-domain', detail: e.domain });
      }
    }
    // In a subdomain a short brand and its keyword (`au-login.example.com`, also an Australian sign-in page) are
    // one weak claim: that keyword is not counted again (`connect-au-login` still has one more).
    if (best && best.kind === 'short-combo' && !bestReg) keywords = keywords.slice(1);
    if (best) {
      score += hitWeight(best, bestReg);
      brand ??= best.brand;
      reasons.push({
        code: HIT_KINDS[best.kind].code,
        detail: best.found === best.token ? best.token : `${best.found}~${best.token}`,
      });
    }
    if (typos.length > 0) {
      score += typos.length > 1 ? W.keywordTypos : W.keywordTypo;
      reasons.push({
        code: 'keyword-typo',
        detail: typos.length > 1 ? `${typos[0]} ${typos[1]}` : (typos[0] as string),
      });
    }
    if (mixed && !(best && best.kind === 'homograph')) {
      score += W.mixedScript;
      reasons.push({ code: 'mixed-script', detail: mixed });
    }
    if (zone === DDNS) {
      score += W.dynamicDns;
      reasons.push({ code: 'dynamic-dns', detail: host.slice(zoneStart) });
    } else if (zone === FREE) {
      score += W.freeHosting;
      reasons.push({ code: 'free-hosting', detail: host.slice(zoneStart) });
    } else if (zone === PROXY) {
      score += W.translateProxy;
      reasons.push({ code: 'translate-proxy', detail: host });
    }
    const isShortener = shortenerHost;
    // A well-known shortener is judged as a shortener, whatever its TLD (tiny.cc).
    // Cheap means registered straight under the TLD: `.com.cn` and other second-level suffixes are sold apart.
    const isCheap = !isShortener && cheapTld !== 0 && psStart === tldStart;
    // Host shapes (url-rules.ts) first: a rule that accounts for the cheap TLD or a random label replaces them.
    let used = 0;
    if (rnd || subWalk || deployName || reg?.walk) {
      const f: ShapeFacts = {
        reg: reg?.key ?? '',
        regRandom: reg?.random ?? false,
        regWalk: reg?.walk ?? false,
        subRandom,
        subWalk,
        cheap: isCheap ? cheapTld : 0,
        tld,
        freeZone: zone === FREE ? host.slice(zoneStart) : '',
        accountRandom: account?.random ? account.key : '',
        deployName,
      };
      for (const r of SHAPE_RULES) {
        if ((r.uses & used) !== 0) continue;
        const detail = r.when(f);
        if (detail === null) continue;
        used |= r.uses;
        score += r.weight;
        reasons.push({ code: r.code, detail });
      }
    }
    if (isCheap && (used & USES_CHEAP) === 0) {
      score += cheapTld === 2 ? W.mixedTld : W.cheapTld;
      reasons.push({ code: 'cheap-tld', detail: tld });
    }
    if (isShortener) {
      // A short link itself (`bit.ly/3xQz9k`) hides where it leads; the shortener's own pages do not. (In the
      // browser the link redirects at once: the guard mostly meets it in pasted messages and interstitials.)
      score += SHORT_CODE.test(p.path) ? W.shortLink : W.shortener;
      reasons.push({ code: 'url-shortener', detail: host });
    }
    const pss = pathSignals(p.path, reasons);
    const pathBrand = psBrand;
    const pathLogin = psLogin;
    if (keywords.length > 0 && (score > 0 || keywords.length > 1)) {
      score += keywords.length > 1 ? W.keywords : W.keyword;
      reasons.push({
        code: 'login-keyword',
        detail: keywords.length > 1 ? `${keywords[0]} ${keywords[1]}` : (keywords[0] as string),
      });
    } else if (pathLogin && score > 0) {
      // A sign-in page (`/login.php`, `/auth/cgi/anidlogin`) on a host that is already suspicious.
      score += W.loginPath;
      reasons.push({ code: 'login-path', detail: pathLogin });
    }
    if (nSub > 0) {
      const depthSub = nSub - 1 - ordinary;
      const deep = depthSub >= 2;
      // `www.` in front of a subdomain (`www.aoseun-asoesneonm.03sc.top`): real sites put it in front of their
      // registrable name; on its own a weak hint that the name imitates a site's address.
      const wwwSub =
        !deep &&
        !secondOrdinary &&
        zoneStart < 0 &&
        nSub >= 3 &&
        LABEL_END[first] === 3 &&
        host.startsWith('www', 0);
      // Random-looking names are common on legit CDNs and ad hosts: counted only on cheap TLDs, hosting
      // zones and deep names, and never alone.
      if (!(isCheap || zone !== 0 || deep) || (used & USES_RANDOM) !== 0) rnd = '';
      if (deep && (score > 0 || rnd)) {
        score += W.deepSubdomain;
        reasons.push({ code: 'deep-subdomain', detail: String(depthSub) });
      }
      if (wwwSub && (score > 0 || pss > 0 || rnd || wwwish)) {
        score += W.wwwSubdomain;
        reasons.push({ code: 'www-subdomain', detail: host });
      }
      if (rnd) {
        score += W.randomLabel;
        reasons.push({ code: 'random-label', detail: rnd });
      } else if (wwwish) {
        score += W.wwwLookalike;
        reasons.push({ code: 'fake-www', detail: wwwish });
      }
    }

    // The learned model reads the registrable name (or a platform's account label), not the subdomains or path;
    // it is asked only where its word can count (beside a host hint), so most URLs cost it nothing.
    const name = reg ?? account;
    let modelWeight = 0;
    if (name && capture && depth === 0)
      capture.input = {
        label: name.masked,
        suffix: host.slice(end + 1),
        dense: denseFacts(name, zone).slice(),
      };
    if (
      name &&
      model &&
      hostHint(best, wwwish, keywords, typos) &&
      modelLogit(model, name, zone) >= model.threshold
    ) {
      modelWeight = W.urlModel;
      reasons.push({ code: 'phish-like-name', detail: host.slice(LABEL_START[first - last] as number) });
    }

    const total = score + pss;
    const weakHit = best !== null && HIT_KINDS[best.kind].weak;
    const named = brand !== null && !(weakHit && !emb);
    const capped = named || odd(reasons) ? total : Math.min(total, UNBRANDED_URL_MAX);
    // The model's word is weak evidence: it adds up to a caution at most, never a danger, with or without a brand.
    const s = modelWeight ? Math.max(capped, Math.min(capped + modelWeight, UNBRANDED_URL_MAX)) : capped;
    return verdict(s, brand ?? pathBrand, reasons);
  }

  function odd(reasons: Reason[]): boolean {
    return reasons.some((r) => r.code === 'odd-unicode-path');
  }

  function assessUrl(url: string): Verdict {
    const p = parseUrl(url);
    if (!p)
      return {
        level: 'none',
        brand: null,
        score: 0,
        reasons: [{ code: 'invalid-url', detail: String(url).slice(0, 200) }],
      };
    if (!isWeb(p) || (p.ip !== 0 && isLocalHost(p.host, p.ip))) return { ...NONE, reasons: [] };
    const own = assessParsed(p, 0);
    // A redirector or tracking link in front of another URL: what counts is where it sends you. The redirect
    // itself is weak evidence, added to the target's score; it never makes 'danger' on its own.
    const target = own.level === 'official' ? null : redirectTarget(url);
    const tp = target ? parseUrl(target) : null;
    if (!tp || !isWeb(tp) || tp.host === p.host || (tp.ip !== 0 && isLocalHost(tp.host, tp.ip))) return own;
    const v = assessParsed(tp, 1);
    // A redirect to an ordinary or official site (`?continue=https://mail.google.com/`) says nothing.
    if (v.level === 'official' || v.score === 0) return own;
    const s = v.level === 'danger' ? v.score : Math.min(v.score + W.redirector, UNBRANDED_URL_MAX);
    if (s <= own.score) return own;
    return verdict(s, v.brand, [{ code: 'redirector', detail: tp.host }, ...v.reasons]);
  }

  function modelInput(url: string): ModelInput | null {
    capture = { input: null };
    try {
      const p = parseUrl(url);
      if (p && isWeb(p) && p.ip === 0) assessParsed(p, 0);
      return capture.input;
    } finally {
      capture = null;
    }
  }

  return { assessUrl, officialBrand, modelInput, lookalike };
}
