/**
 * Phone numbers and messaging handles in page text. Single left-to-right scans (no backtracking regexes): each
 * character is looked at a bounded number of times, so a megabyte of `0-0-0-…` costs the same as a megabyte of
 * prose. Full-width digits, separators and the long-vowel mark used as a dash are read as their ASCII forms.
 */
import type { HandleHit, HandleKind, PhoneHit } from './types';

const CONTEXT = 40;
const MAX_RUN = 24;

/** 0–9 for ASCII or full-width digits, -1 otherwise. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Characters printed between the groups of a phone number. */
function isSeparator(c: number): boolean {
  return (
    c === 45 || // -
    c === 32 || // space
    c === 46 || // .
    c === 40 || // (
    c === 41 || // )
    c === 0xff0d || // －
    c === 0xff08 || // （
    c === 0xff09 || // ）
    c === 0x3000 || // ideographic space
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2012 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2015 ||
    c === 0x2212 || // −
    c === 0x30fc || // ー (long-vowel mark, often typed as a dash)
    c === 0xff70 || // ｰ
    c === 0xfe63
  );
}

/** Japanese numbering plan: is this national number (leading 0) a plausible phone number? */
export function isJapaneseNumber(n: string, separated: boolean): boolean {
  const len = n.length;
  if (n[0] !== '0' || len < 8 || len > 11) return false;
  const p2 = n.slice(0, 2);
  const p3 = n.slice(0, 3);
  const p4 = n.slice(0, 4);
  if (p4 === '0120' || p4 === '0570' || p4 === '0180' || p4 === '0990') return len === 10;
  if (p4 === '0800') return len === 11;
  if (p4 === '0077' || p4 === '0088' || p4 === '0066' || p4 === '0037') return len >= 8 && len <= 11; // carrier toll-free
  if (p3 === '050' || p3 === '070' || p3 === '080' || p3 === '090' || p3 === '020') return len === 11;
  if (p2 === '00') return false; // international call prefixes
  // Geographic: 10 digits, and only when printed with separators (a bare 10-digit run is more often an ID).
  return len === 10 && separated;
}

/** `0120800000` → `0120-800-000`-style grouping is not needed: the national digits are the key. */
export function nationalDigits(printed: string): string {
  let d = '';
  for (let i = 0; i < printed.length; i++) {
    const v = digitAt(printed, i);
    if (v >= 0) d += v;
  }
  if (printed.trimStart().startsWith('+') || printed.trimStart().startsWith('＋')) {
    if (!d.startsWith('81')) return '';
    d = d.slice(2);
    if (!d.startsWith('0')) d = `0${d}`;
  }
  return d;
}

/** The national form of a digit run; after `+`, only Japan's country code 81 gives one ("" otherwise). */
function nationalOf(digits: string, plus: boolean): string {
  if (!plus) return digits;
  const national = digits.startsWith('81') ? digits.slice(2) : '';
  return national && !national.startsWith('0') ? `0${national}` : national;
}

/**
 * Every Japanese phone number in `text` (domestic `0120-800-000`, `03(1234)5678`, `+81 90-…`), at most `max`,
 * with about 40 characters of context either side (NFKC-normalised).
 */
export function extractPhones(text: string, max = 200): PhoneHit[] {
  const out: PhoneHit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < max) {
    const c = text.charCodeAt(i);
    const plus = c === 43 || c === 0xff0b;
    if (!plus && digitAt(text, i) < 0) {
      i++;
      continue;
    }
    // Refuse to start inside a longer token such as `A0120` or `12.0120`; the run is still skipped as a whole.
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const afterLetter = (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
    const glued = (prev >= 48 && prev <= 57) || (prev >= 0xff10 && prev <= 0xff19) || prev === 46;
    let j = plus ? i + 1 : i;
    let digits = '';
    let separated = false;
    let lastDigit = i;
    let spaces = 0;
    for (; j < n; j++) {
      const v = digitAt(text, j);
      if (v >= 0) {
        if (digits.length <= 16) digits += v;
        lastDigit = j;
        spaces = 0;
        continue;
      }
      const s = text.charCodeAt(j);
      if (!isSeparator(s)) break;
      // A bracket after a complete number opens what follows it, not more of it: 「0120-800-000（9:00～20:00）」.
      // `03(1234)5678` keeps its brackets: `03` is not a number yet.
      if ((s === 40 || s === 0xff08) && isJapaneseNumber(nationalOf(digits, plus), true)) break;
      if (s === 32 || s === 0x3000) {
        // Two spaces end a number; so does one after a complete number (`0120-800-000 0120-123-456`).
        if (++spaces > 1 || digits.length >= 10) break;
      }
      separated = true;
    }
    const end = lastDigit + 1;
    if (!glued && !(afterLetter && !separated) && end - i <= MAX_RUN && digits.length <= 13) {
      const national = nationalOf(digits, plus);
      if (national && isJapaneseNumber(national, separated || plus)) {
        const display = text.slice(i, end).normalize('NFKC');
        out.push({ number: national, display, context: contextAt(text, i, end) });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** About 40 characters either side of [start, end), NFKC-normalised, whitespace collapsed. */
export function contextAt(text: string, start: number, end: number): string {
  return text
    .slice(Math.max(0, start - CONTEXT), Math.min(text.length, end + CONTEXT))
    .normalize('NFKC')
    .replace(/\s+/g, ' ');
}

// --- messaging handles -----------------------------------------------------------------------------------------

interface Marker {
  /** Lower-case text to find. */
  m: string;
  kind: HandleKind;
  /** True for link forms (`t.me/`): the id follows at once. */
  link: boolean;
  /** True for short words (`tg`, `vx`, `line`) that must stand alone and be followed by `:`/`@`/`id`. */
  word: boolean;
}

const MARKERS: Marker[] = [
  { m: 't.me/', kind: 'telegram', link: true, word: false },
  { m: 'telegram.me/', kind: 'telegram', link: true, word: false },
  { m: 'tg://resolve?domain=', kind: 'telegram', link: true, word: false },
  { m: 'telegram', kind: 'telegram', link: false, word: false },
  { m: 'テレグラム', kind: 'telegram', link: false, word: false },
  { m: 'tg', kind: 'telegram', link: false, word: true },
  { m: 'wa.me/', kind: 'whatsapp', link: true, word: false },
  { m: 'whatsapp', kind: 'whatsapp', link: false, word: false },
  { m: 'line.me/', kind: 'line', link: true, word: false },
  { m: 'lin.ee/', kind: 'line', link: true, word: false },
  { m: 'line', kind: 'line', link: false, word: true },
  { m: 'ライン', kind: 'line', link: false, word: false },
  { m: 'wechat', kind: 'wechat', link: false, word: false },
  { m: 'weixin', kind: 'wechat', link: false, word: false },
  { m: '微信', kind: 'wechat', link: false, word: false },
  { m: 'vx', kind: 'wechat', link: false, word: true },
];

const isIdChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 95 ||
  c === 46 ||
  c === 45 ||
  c === 43 ||
  c === 47 ||
  c === 64 ||
  c === 37 || // % (line.me/R/ti/p/%40id)
  c === 126; // ~ (line.me/ti/p/~id)
const TRAILING = /[.\-/\s]+$/;
const isPhoneChar = (c: number) =>
  (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 32 || c === 40 || c === 41 || c === 46;

/**
 * A handle as people type it into the app: `@name` for Telegram (from `t.me/name`, `t.me/s/name` (the web
 * preview), `telegram.me/name`, `tg://resolve?domain=name`, `TG name`), the ID for LINE (`@id` for official
 * accounts) and WeChat, and `+81 90 1234 5678` for WhatsApp. Invite and short links, which carry no handle,
 * stay links. Null when what follows the marker cannot be a handle.
 */
export function typedHandle(
  kind: HandleKind,
  raw: string,
  /** The link the id followed (`t.me/`, `lin.ee/`…), null for a written handle. */
  link: string | null,
  afterAt: boolean,
): string | null {
  if (kind === 'whatsapp') {
    const digits = raw.replace(/[^0-9]/g, '');
    if (digits.length < 8 || digits.length > 15) return null;
    if (!link && !raw.startsWith('+') && digits.startsWith('0'))
      return internationalJapanese(digits.slice(1));
    return digits.startsWith('81') ? internationalJapanese(digits.slice(2)) : `+${digits}`;
  }
  let id = raw.replace(/^@+/, '');
  if (kind === 'telegram') {
    if (link) {
      const parts = id.split('/');
      if (parts[0]?.toLowerCase() === 's') parts.shift();
      const first = parts[0] ?? '';
      if (first.startsWith('+') || first.toLowerCase() === 'joinchat') return `t.me/${parts.join('/')}`;
      id = first;
    }
    return /^[a-z0-9_]{3,32}$/i.test(id) ? `@${id}` : null;
  }
  if (kind === 'line') {
    if (link && /^(r\/)?ti\/p\//i.test(id)) {
      const rest = id.replace(/^(r\/)?ti\/p\//i, '').replace(/^%40/i, '@');
      return rest.startsWith('~') ? rest.slice(1) || null : rest.length > 1 ? rest : null;
    }
    if (link) return id.length >= 3 ? `${link}${id}` : null;
    return id.length >= 3 ? `${afterAt ? '@' : ''}${id}` : null;
  }
  return id.length >= 3 ? id : null;
}

/** `+81 90 1234 5678` from the national number without its leading 0 (other lengths ungrouped). */
function internationalJapanese(rest: string): string {
  const d = rest.replace(/^0/, '');
  return d.length === 10 ? `+81 ${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}` : `+81 ${d}`;
}
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Telegram / LINE / WeChat / WhatsApp contacts: links (`t.me/x`, `wa.me/81…`, `line.me/ti/p/…`, `lin.ee/…`) and
 * written handles (`TG @x`, `Telegram: x`, `LINE ID: x`, `微信：x`, `WhatsApp +81…`). At most `max` hits.
 */
export function extractHandles(text: string, max = 50): HandleHit[] {
  const out: HandleHit[] = [];
  const lower = text.toLowerCase();
  for (const mk of MARKERS) {
    let from = 0;
    let guard = 0;
    while (out.length < max && guard++ < 1000) {
      const at = lower.indexOf(mk.m, from);
      if (at < 0) break;
      from = at + mk.m.length;
      if (mk.word && ((at > 0 && isLetter(lower.charCodeAt(at - 1))) || isLetter(lower.charCodeAt(from))))
        continue;
      if (lower.startsWith('://', from)) continue; // `tg://…` is a link, read by its own marker
      // Skip the glue between the marker and the id: spaces, colons, @, "id", "号", "：".
      let k = from;
      let glue = false;
      if (!mk.link) {
        for (let steps = 0; k < lower.length && steps < 8; steps++) {
          const c = lower.charCodeAt(k);
          if (
            c === 32 ||
            c === 58 ||
            c === 0xff1a ||
            c === 0x3000 ||
            c === 64 ||
            c === 0xff20 ||
            c === 0x53f7 /* 号 */
          ) {
            glue = glue || c !== 32;
            k++;
          } else if (lower.startsWith('id', k) && !isIdChar(lower.charCodeAt(k + 2))) {
            glue = true;
            k += 2;
          } else if (
            lower.startsWith('id', k) &&
            (lower.charCodeAt(k + 2) === 58 || lower.charCodeAt(k + 2) === 0xff1a)
          ) {
            glue = true;
            k += 2;
          } else break;
        }
        const c0 = lower.charCodeAt(k);
        if (!glue && !(mk.kind === 'whatsapp' && (c0 === 43 || (c0 >= 48 && c0 <= 57)))) continue;
      }
      const start = k;
      const idChar = mk.kind === 'whatsapp' ? isPhoneChar : isIdChar;
      while (k < lower.length && k - start < 64 && idChar(lower.charCodeAt(k))) k++;
      const at64 =
        start > 0 && (lower.charCodeAt(start - 1) === 64 || lower.charCodeAt(start - 1) === 0xff20);
      const id = typedHandle(
        mk.kind,
        text.slice(start, k).replace(TRAILING, ''),
        mk.link ? mk.m : null,
        at64,
      );
      if (!id) continue;
      if (out.some((h) => h.kind === mk.kind && h.id.toLowerCase() === id.toLowerCase())) continue;
      out.push({ kind: mk.kind, id, context: contextAt(text, at, k) });
    }
  }
  return out;
}
