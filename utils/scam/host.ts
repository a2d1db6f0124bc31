/**
 * URL and host parsing for the scam engine: normalised host (IDNA via `new URL`: lower-case, NFKC-mapped,
 * punycode), IP classification, local/private detection, and a registrable-domain approximation small enough for
 * the every-page script (its link counts). The background's engine uses the real Public Suffix List (parse.ts).
 * Pure and allocation-light: this runs for every navigation.
 */
import { MULTI_PART_SUFFIXES } from '../../data/hosting';

export interface ParsedUrl {
  /** 'http:' / 'https:' / ... as `URL.protocol` gives it. */
  protocol: string;
  /** ASCII host, lower-case, no trailing dot, IPv6 in brackets. */
  host: string;
  /** Raw (percent-encoded) path. */
  path: string;
  /** 4 or 6 for IP literals, 0 for names. */
  ip: 0 | 4 | 6;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_PORT = /^[^/?#@:]+:\d+(?:[/?#]|$)/;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/**
 * What `new URL` would change in a path: controls, space, non-ASCII and " < > ` { } \ (escaped or rewritten),
 * dot segments (`/./`, `/../`, `%2e`).
 */
const PATH_REWRITTEN = /[^!-~]|["<>`{}\\]|\/\.(?:\.|\/|$)|%2e/i;
const MISTYPED_SCHEME = /^(h{1,2}t{1,2}ps?|t{1,2}ps?|hxxps?|htps?):\/\//i;

/** Parses a URL (a bare `host/path` is taken as http). Returns null when it cannot be parsed. */
export function parseUrl(input: string): ParsedUrl | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  if (s.length === 0 || s.length > 8192) return null;
  if (!s.startsWith('https://') && !s.startsWith('http://')) {
    // Pasted from a message: quoted (`"https://…`), defanged or mistyped schemes (`hxxps`, `hhttps`, `ttps`).
    const c = s.charCodeAt(0);
    if (c === 34 || c === 39 || c === 60) s = s.slice(1).replace(/["'>]+$/, '');
    const m = MISTYPED_SCHEME.exec(s);
    if (m)
      s = `${(m[1] as string).endsWith('s') || (m[1] as string).endsWith('S') ? 'https' : 'http'}${s.slice(m[1]?.length)}`;
    else if (!s.includes('://') && (!SCHEME.test(s) || HOST_PORT.test(s))) s = `http://${s}`;
  }
  const fast = fastParse(s);
  if (fast) return fast;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  let host = u.hostname;
  if (host.endsWith('.')) host = host.slice(0, -1);
  const ip = host.charCodeAt(0) === 91 /* [ */ ? 6 : IPV4.test(host) ? 4 : 0;
  return { protocol: u.protocol, host, path: u.pathname, ip };
}

/**
 * The common case without `new URL`: `http(s)://` + a lower-case ASCII name (letters, digits, `-`, `.`; not
 * `xn--`, no port, user, percent sign or trailing dot, last label not starting with a digit so no IPv4 forms)
 * + a path of plain printable ASCII without dot segments. Gives exactly what `new URL` gives for such input;
 * anything else returns null and takes the full parser.
 */
function fastParse(s: string): ParsedUrl | null {
  let i: number;
  if (s.startsWith('https://')) i = 8;
  else if (s.startsWith('http://')) i = 7;
  else return null;
  const hostStart = i;
  const n = s.length;
  let labelStart = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c === 45) {
      // `xn--`: punycode is validated by the full parser.
      if (i - labelStart === 2 && s.charCodeAt(i + 1) === 45) return null;
      continue;
    }
    if (c === 46) {
      if (i === labelStart) return null; // empty label
      labelStart = i + 1;
      continue;
    }
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    return null;
  }
  if (i === labelStart || labelStart === hostStart) return null; // trailing dot, or a single label
  const last = s.charCodeAt(labelStart);
  if (last >= 48 && last <= 57) return null; // IPv4 and numeric forms
  const host = s.slice(hostStart, i);
  let path = '/';
  if (i < n && s.charCodeAt(i) === 47) {
    let end = s.indexOf('?', i);
    if (end < 0) end = n;
    const hash = s.indexOf('#', i);
    if (hash >= 0 && hash < end) end = hash;
    const raw = s.slice(i, end);
    if (PATH_REWRITTEN.test(raw)) return null;
    path = raw;
  } else {
    // `?` or `#` right after the host: nothing there changes the host; the control characters the full
    // parser would strip are rejected anyway.
    for (let j = i; j < n; j++) if (s.charCodeAt(j) < 32) return null;
  }
  return { protocol: s.charCodeAt(4) === 115 ? 'https:' : 'http:', host, path, ip: 0 };
}

/** True for http(s); other schemes (file:, chrome-extension:, about:, data:, ...) are never assessed. */
export function isWeb(p: ParsedUrl): boolean {
  return p.protocol === 'https:' || p.protocol === 'http:';
}

/** Special-use and intranet TLDs (RFC 6761, RFC 8375, RFC 2606 and common home-router names). */
export const LOCAL_TLDS: ReadonlySet<string> = new Set([
  'localhost',
  'local',
  'test',
  'internal',
  'lan',
  'arpa',
  'example',
  'invalid',
  'home',
  'corp',
  'intranet',
]);

/** Loopback, private, link-local and other non-public hosts, plus single-label intranet names. */
export function isLocalHost(host: string, ip: 0 | 4 | 6): boolean {
  if (ip === 4) return isPrivateIpv4(host);
  if (ip === 6) return isPrivateIpv6(host.slice(1, -1));
  const dot = host.lastIndexOf('.');
  return dot < 0 || LOCAL_TLDS.has(host.slice(dot + 1));
}

function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.');
  const a = Number(parts[0]);
  const b = Number(parts[1]);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

function isPrivateIpv6(h: string): boolean {
  if (h === '::1' || h === '::') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : '';
  if (v4) return IPV4.test(v4) ? isPrivateIpv4(v4) : true; // hex-form mapped addresses: treat as local
  const first = h.slice(0, h.indexOf(':')).padStart(4, '0');
  const c = first.slice(0, 2);
  return (
    c === 'fc' ||
    c === 'fd' ||
    first.startsWith('fe8') ||
    first.startsWith('fe9') ||
    first.startsWith('fea') ||
    first.startsWith('feb') ||
    c === 'ff'
  );
}

// --- registrable domain -------------------------------------------------------------------------------------

export const MULTI_SUFFIXES: ReadonlySet<string> = new Set(MULTI_PART_SUFFIXES);

/**
 * Index in `host` where the public suffix starts (approximation: 1 label, or 2 for co.jp-style suffixes). Only
 * for the every-page script, which must not carry the Public Suffix List; the engine uses parse.ts.
 */
export function publicSuffixStart(host: string): number {
  const last = host.lastIndexOf('.');
  if (last < 0) return 0;
  const prev = host.lastIndexOf('.', last - 1);
  if (MULTI_SUFFIXES.has(host.slice(prev + 1))) return prev + 1;
  return last + 1;
}

/** `a.b.example.co.jp` → `example.co.jp`. IPs and single labels come back unchanged. */
export function registrableDomain(host: string): string {
  const ps = publicSuffixStart(host);
  if (ps === 0) return host;
  return host.slice(host.lastIndexOf('.', ps - 2) + 1);
}

/** The host name of `url` as the browser reads it (lower-case, punycode), or '' when it has none or is invalid. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
