/**
 * Public suffixes and IDN labels for the background's scam engine, from maintained libraries: the Public Suffix
 * List through `tldts` (ICANN and private sections: `workers.dev`, `github.io`, `duckdns.org` and the hundreds of
 * `.jp` prefecture and city suffixes), and punycode through the `punycode` package. The every-page script never
 * imports this file (it would carry the whole list); it keeps host.ts's small approximation for its link counts.
 */
import punycode from 'punycode/punycode.js';
import { getPublicSuffix } from 'tldts';

/** Host names only (no URL parsing, no validation: parse.ts' callers pass `new URL`-normalised hosts). */
const PSL = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/**
 * The public suffix of `host` by the PSL with its private section (`workers.dev` for `a.b.workers.dev`,
 * `pref.kanagawa.jp`'s `kanagawa.jp`); the last label when no rule matches. IPs are not recognised: check first.
 */
export function publicSuffix(host: string): string {
  return getPublicSuffix(host, PSL) ?? host.slice(host.lastIndexOf('.') + 1);
}

/**
 * `a.b.example.co.jp` → `example.co.jp`, `x.y.workers.dev` → `y.workers.dev` (each account of a platform is a
 * site of its own). IP literals, single labels and bare suffixes come back unchanged.
 */
export function registrableDomain(host: string): string {
  if (host.charCodeAt(0) === 91 /* [ */ || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  const ps = publicSuffix(host);
  if (ps.length >= host.length) return host;
  return host.slice(host.lastIndexOf('.', host.length - ps.length - 2) + 1);
}

/** Decodes one `xn--` label (RFC 3492). Returns the input unchanged when it is not valid punycode. */
export function decodePunycodeLabel(label: string): string {
  // DNS labels are at most 63 characters; anything longer is not a real IDN label (and is not decoded).
  if (!label.startsWith('xn--') || label.length > 63) return label;
  try {
    return punycode.decode(label.slice(4));
  } catch {
    return label;
  }
}
