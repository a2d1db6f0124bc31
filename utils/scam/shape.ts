/**
 * What a host label's letters look like, measured on the characters alone (no word list): generated at random
 * (`rwbazt`, `u44vn2`), typed by running a hand over the keyboard (`asdfghjkl`, `fdaszdfggjk`), or a platform's
 * default deployment name (`frosty-sea-38a7`, `my-app-3f9k2x`). Each is weak evidence on its own; url-rules.ts
 * says what they weigh together.
 */

// a e i o u y as a bit set over 'a'..'z' (y reads as a vowel between consonants: `kyoto`, `sync`)
const VOWELS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24);
const isVowel = (c: number): boolean => c >= 97 && c <= 122 && ((VOWELS >> (c - 97)) & 1) === 1;

/**
 * Consonant pairs that occur inside ordinary English, romaji and pinyin words (onsets such as `st`, `tr`, `sh`;
 * codas such as `nd`, `rk`; doubled letters; `zh`, `ts`, `nj`). Any other pair of consonants is "unreadable".
 */
const READABLE_PAIRS: ReadonlySet<string> = new Set(
  (
    'bb bl br cc ch ck cl cr ct dd dg dr ff fl fr ft gg gh gl gn gr hn kk kn ks lb lc ld lf lk ll lm ln lp ls lt lv ' +
    'mb mm mn mp ms nc nd nf ng nj nk nl nn ns nt nz ph pl pp pr ps pt rb rc rd rf rg rk rl rm rn rp rr rs rt rv ' +
    'sc sh sk sl sm sn sp ss st sw th tl tr ts tt tw wh wl wn wr xt xp zh zz'
  ).split(' '),
);

export interface LetterStats {
  /** ASCII letters in the label. */
  letters: number;
  /** Adjacent letter pairs (within a run of letters). */
  pairs: number;
  /** Pairs of consonants that no ordinary word has (`wb`, `zt`, `qk`), and `q` not before `u`. */
  unreadable: number;
  /** Pairs on neighbouring keys of a QWERTY keyboard (or the same key twice). */
  keyboardAdjacent: number;
  /** Letters in the longest run typed on the home row only (`asdfghjkl`). */
  homeRowRun: number;
  /** Switches between letters and digits (`u44vn2`: 3). */
  digitSwitches: number;
}

// Key positions: row (0 top, 1 home, 2 bottom) and column (shifted as on a real keyboard), by letter.
const KEY_ROW = new Int8Array(26).fill(-1);
const KEY_COL = new Float32Array(26);
['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const k = row.charCodeAt(i) - 97;
    KEY_ROW[k] = r;
    KEY_COL[k] = i + r * 0.5;
  }
});

function keysAdjacent(a: number, b: number): boolean {
  if (a === b) return true;
  const ra = KEY_ROW[a - 97] as number;
  const rb = KEY_ROW[b - 97] as number;
  const dc = Math.abs((KEY_COL[a - 97] as number) - (KEY_COL[b - 97] as number));
  return ra === rb ? dc <= 1 : Math.abs(ra - rb) === 1 && dc <= 1;
}

/** One pass over `label` (lower-case ASCII host label). */
export function letterStats(label: string): LetterStats {
  const s: LetterStats = {
    letters: 0,
    pairs: 0,
    unreadable: 0,
    keyboardAdjacent: 0,
    homeRowRun: 0,
    digitSwitches: 0,
  };
  let prev = 0; // previous letter, 0 after a non-letter
  let prevDigit = -1;
  let home = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (letter || digit) {
      const d = digit ? 1 : 0;
      if (prevDigit >= 0 && d !== prevDigit) s.digitSwitches++;
      prevDigit = d;
    } else prevDigit = -1;
    if (!letter) {
      prev = 0;
      home = 0;
      continue;
    }
    s.letters++;
    if (KEY_ROW[c - 97] === 1) {
      if (++home > s.homeRowRun) s.homeRowRun = home;
    } else home = 0;
    if (prev !== 0) {
      s.pairs++;
      if (keysAdjacent(prev, c)) s.keyboardAdjacent++;
      if (prev === 113 /* q */ && c !== 117 /* u */) s.unreadable++;
      else if (!isVowel(prev) && !isVowel(c) && !READABLE_PAIRS.has(String.fromCharCode(prev, c)))
        s.unreadable++;
    }
    prev = c;
  }
  return s;
}

/**
 * A label that reads as generated: letters and digits interleaved (`u44vn2`, `qlgg0fj`), or at least six
 * letters of which a third of the pairs are unreadable consonant pairs (`rwbazt`, `hzrxlnynak`). Brand words and
 * ordinary names (`softbank`, `dropbox`, `stackoverflow`) have at most one such pair. Five-letter names are left
 * out: pinyin initials (`gzxhd`) read the same, and on the legit lists they cost more than they caught.
 */
export function isRandomLabel(label: string, s: LetterStats = letterStats(label)): boolean {
  if (label.length > 40 || label.startsWith('xn--')) return false;
  if (s.digitSwitches >= 2 && s.letters >= 3 && label.length >= 6) return true;
  if (s.letters < 6) return false;
  if (s.unreadable >= 2 && s.unreadable * 3 >= s.pairs) return true;
  return s.unreadable >= 4;
}

/**
 * A registrable name on `.cn` that may be the pinyin initials of a Chinese name (`gzxhdl`, 广州星辉电路): six
 * letters and nothing else. A site named by its initials is common in China, and six such letters read the same
 * as random ones, so on `.cn` they are not counted as random (five-letter names never are, anywhere).
 */
export function readsAsInitials(label: string, tld: string): boolean {
  return tld === 'cn' && label.length === 6 && /^[a-z]+$/.test(label);
}

/**
 * Typed by running a hand over the keyboard: seven or more letters and no digits, with an unreadable pair, where
 * every pair but one sits on neighbouring keys (`qwertyu`, `asdfghjkl`, `zxcvbnm`), or eight or more letters on
 * the home row alone with three unreadable pairs (`aasfgasgasdg`; the home row holds one vowel, yet `alfalfa`,
 * `addjahlife` read fine).
 */
export function isKeyboardWalk(label: string, s: LetterStats = letterStats(label)): boolean {
  if (s.letters < 7 || s.unreadable === 0 || s.digitSwitches > 0 || /[0-9]/.test(label)) return false;
  if (s.homeRowRun >= 8 && s.unreadable >= 3) return true;
  return s.keyboardAdjacent >= s.pairs - 1;
}

/**
 * A platform's generated deployment name: two or three words and a random tail of letters and digits
 * (`frosty-sea-38a7` on workers.dev, `jolly-pasteur-4c2f1a` on Netlify, `my-app-k3x9q2` on Vercel), or a
 * hex-like preview hash (`3f9c2a1b` on pages.dev). The tail must mix digits in, so `blue-sky-studio` is no hit.
 */
export function isDeploymentName(label: string): boolean {
  const dash = label.lastIndexOf('-');
  const tail = dash < 0 ? label : label.slice(dash + 1);
  if (dash < 0) {
    // A preview hash: 8 hex digits with at least one digit and one letter.
    return /^[0-9a-f]{8}$/.test(tail) && /[0-9]/.test(tail) && /[a-f]/.test(tail);
  }
  if (tail.length < 4 || tail.length > 12 || !/^[a-z0-9]+$/.test(tail)) return false;
  const digits = tail.replace(/[^0-9]/g, '').length;
  if (digits === 0 || digits === tail.length) return false;
  const words = label.slice(0, dash).split('-');
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[a-z]{2,}$/.test(w));
}

// a e i o u as a bit set over 'a'..'z'
const VOWEL_BITS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20);

/**
 * Cheap "random-looking" test for a label (no model): letters and digits interleaved (`u44vn2`, `qlgg0fj`), a run
 * of ≥5 consonants (`zlsskfo`), or almost no vowels. Weak: only ever adds to other signals.
 */
export function looksRandom(label: string): boolean {
  if (label.length < 6 || label.length > 40 || label.startsWith('xn--')) return false;
  let switches = 0;
  let prevDigit = -1;
  let run = 0;
  let maxRun = 0;
  let letters = 0;
  let vowels = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 45) {
      prevDigit = -1;
      run = 0;
      continue;
    }
    const digit = c >= 48 && c <= 57 ? 1 : 0;
    if (prevDigit >= 0 && digit !== prevDigit) switches++;
    prevDigit = digit;
    if (digit) {
      run = 0;
      continue;
    }
    letters++;
    if (c >= 97 && c <= 122 && (VOWEL_BITS >> (c - 97)) & 1) {
      vowels++;
      run = 0;
    } else if (c === 121)
      run = 0; // y: a vowel in runs (`bulletinsync`), not in the ratio
    else if (++run > maxRun) maxRun = run;
  }
  if (switches >= 2 && letters >= 3) return true;
  if (maxRun >= 5) return true;
  // Almost no vowels (`wzqytnd`), or almost only vowels (`aoou-acoaunaoueau`, letters shuffled from a brand).
  return letters >= 7 && (vowels * 5 < letters || vowels * 10 >= letters * 7);
}
