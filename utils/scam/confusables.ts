/**
 * Characters that pass for others, each written once. ASCII look-alikes (`0`→o, `rn`→m) feed three readings of a
 * host label: `skeleton` (the lookalike matchers compare it with brand words), `hasSkeletonChars` (whether the
 * skeleton differs at all) and `loose` (the prefilter's letter-by-letter reading, which cannot see pairs and so
 * folds both letters of a pair). Unicode look-alikes (Cyrillic/Greek) give an IDN label's Latin reading.
 */

/** ASCII homoglyphs: a character, or a pair of them, → the letter it imitates. Add a new one here only. */
const ASCII_HOMOGLYPHS: readonly (readonly [string, string])[] = [
  ['0', 'o'],
  ['1', 'i'],
  ['l', 'i'],
  ['|', 'i'],
  ['rn', 'm'],
  ['vv', 'w'],
];

/** By char code: the replacement of a single-character homoglyph, or ''. */
const SINGLE: string[] = new Array(128).fill('');
/** By the char code of a pair's first character: the second one's code, and the replacement. */
const PAIR_NEXT = new Uint8Array(128);
const PAIR_TO: string[] = new Array(128).fill('');
/** By char code: the letter a character reads as loosely (see `loose`), 0 for none. */
const LOOSE = new Uint8Array(128);
for (let c = 97; c <= 122; c++) LOOSE[c] = c;
for (const [from, to] of ASCII_HOMOGLYPHS) {
  const a = from.charCodeAt(0);
  if (from.length === 1) SINGLE[a] = to;
  else {
    PAIR_NEXT[a] = from.charCodeAt(1);
    PAIR_TO[a] = to;
    LOOSE[from.charCodeAt(1)] = to.charCodeAt(0);
  }
  LOOSE[a] = to.charCodeAt(0);
}

/** `s` has a character (or pair) the skeleton rewrites. */
export function hasSkeletonChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) continue;
    if (SINGLE[c] !== '') return true;
    if (PAIR_NEXT[c] !== 0 && s.charCodeAt(i + 1) === PAIR_NEXT[c]) return true;
  }
  return false;
}

/** ASCII homoglyph skeleton: 0→o, 1/l/| → i, rn→m, vv→w. */
export function skeleton(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const one = SINGLE[c] as string;
      if (one !== '') {
        out += one;
        continue;
      }
      if (PAIR_NEXT[c] !== 0 && s.charCodeAt(i + 1) === PAIR_NEXT[c]) {
        out += PAIR_TO[c];
        i++;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

/**
 * A character code as the prefilter reads it: skeleton look-alikes folded together (l 1 | → i, 0 → o, r n m → m,
 * v w → w), other lower-case letters as they are, anything else 0.
 */
export function loose(c: number): number {
  return c < 128 ? (LOOSE[c] as number) : 0;
}

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

/** The Latin reading of a decoded, NFKC-normalised, lower-cased label: marks dropped, look-alikes replaced. */
export function latinReading(nf: string): string {
  let ascii = '';
  for (const ch of nf.normalize('NFD').replace(MARKS, '')) ascii += CONFUSABLE[ch] ?? ch;
  return ascii;
}

/** Latin mixed with Cyrillic/Greek letters in one (NFKC-normalised, lower-cased) label. */
export function mixesScripts(nf: string): boolean {
  return LATIN.test(nf) && NON_LATIN_LETTER.test(nf);
}
