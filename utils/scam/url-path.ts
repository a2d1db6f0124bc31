/**
 * What a URL's path says: odd Unicode letters, a path segment copied from a brand's own sign-in page, a brand
 * word, a sign-in word; and two path shapes, a short link's code and a DNS-over-HTTPS query.
 */

import type { LookalikeIndex } from './lookalike-index';
import { W } from './score';
import type { BrandIdentity, Reason } from './types';
import { PATH_LOGIN } from './words';

/** The path of a short link: one segment of 3–16 letters, digits, `-` or `_` (`/3xQzZ9k`, `/pyjg6r`). */
export const SHORT_CODE = /^\/[A-Za-z0-9_-]{3,16}\/?$/;

/** The path of a DNS-over-HTTPS query (RFC 8484's `/dns-query`, the JSON APIs' `/resolve`). */
export function isDohPath(path: string): boolean {
  return path === '/dns-query' || path === '/resolve' || path.startsWith('/dns-query/');
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

/** What `PathReader` found in a path besides the reasons it added. */
export interface PathSignals {
  score: number;
  /** The brand a brand word or a copied sign-in segment names, or null. */
  brand: string | null;
  /** The first sign-in word (`login`, `anidlogin`), or ''. */
  login: string;
}

export type PathReader = (path: string, reasons: Reason[]) => PathSignals;

/** The path reader for these brands: their words and their sign-in pages' path segments, indexed once. */
export function createPathReader(ids: readonly BrandIdentity[], lookalike: LookalikeIndex): PathReader {
  // Path words worth noticing (brand words, sign-in words), looked up by a hash of their lower-cased letters.
  const pathTable = new WordTable();
  for (const [w, tok] of lookalike.exact) if (/^[a-z]+$/.test(w)) pathTable.entry(w).brand = tok;
  for (const w of PATH_LOGIN) pathTable.entry(w).login = true;

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
  return function pathSignals(path: string, reasons: Reason[]): PathSignals {
    let psBrand: string | null = null;
    let psLogin = '';
    if (path.length <= 1) return { score: 0, brand: null, login: '' };
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
              return { score: score + W.brandInPath, brand: b.brand, login: psLogin };
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
    return { score, brand: psBrand, login: psLogin };
  };
}
