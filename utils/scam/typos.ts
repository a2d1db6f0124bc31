/**
 * Misspelt and mangled words in host labels: a login word one or two edits away (`connecct`, `logim`), a mangled
 * "login" (`koggin`), a label posing as `www` (`wwq`, `wwwconnect-login`), and the edit distances they use.
 */
import { HOST_KEYWORDS, LOGIN_LOOKALIKE_WORDS, TYPO_KEYWORDS, TYPO_WORDS } from './words';

/** First letters of the login words, by char code. */
const TYPO_FIRST = new Uint8Array(128);
for (const k of TYPO_KEYWORDS) TYPO_FIRST[k.charCodeAt(0)] = 1;

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
