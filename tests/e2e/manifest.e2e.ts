/**
 * What the built extension asks for and carries (issue 7, "Permissions and privacy"). Runs after the build,
 * with the other e2e files, on .output/chrome-mv3 and .output/firefox-mv2; no browser needed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { portalMatches } from '../../utils/assistant/portal';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };

interface ContentScript {
  matches: string[];
  js?: string[];
  css?: string[];
}
interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  sandbox?: unknown;
  update_url?: string;
}

const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

// ── What README.md promises ────────────────────────────────────────────────────────────────────────────

/** Every API permission a Chromium or Firefox extension can ask for (to tell them from other `code`). */
const API_PERMISSIONS = new Set(
  `activeTab alarms background bookmarks browserSettings browsingData captivePortal clipboardRead
  clipboardWrite contentSettings contextMenus contextualIdentities cookies debugger declarativeContent
  declarativeNetRequest declarativeNetRequestFeedback declarativeNetRequestWithHostAccess desktopCapture dns
  documentScan downloads downloads.open downloads.ui enterprise.deviceAttributes enterprise.platformKeys
  favicon fileBrowserHandler fileSystemProvider find fontSettings gcm geolocation history identity
  identity.email idle loginState management menus menus.overrideContext nativeMessaging notifications
  offscreen pageCapture pkcs11 platformKeys power printerProvider printing printingMetrics privacy processes
  proxy readingList runtime scripting search sessions sidePanel storage system.cpu system.display
  system.memory system.storage tabCapture tabGroups tabHide tabs theme topSites tts ttsEngine
  unlimitedStorage userScripts vpnProvider wallpaper webNavigation webRequest webRequestAuthProvider
  webRequestBlocking webRequestFilterResponse webRequestFilterResponse.serviceWorkerScript`.split(/\s+/),
);

/** The README section on privacy ("## Security and privacy", or the older "## Privacy"). */
function privacySection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.search(/^## (Security and privacy|Privacy)\s*$/m);
  if (start < 0) throw new Error('README.md has no "## Security and privacy" section');
  const rest = readme.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

/**
 * The permissions the README lists: the first column of its permissions table when it has one
 * (`| permission | … |`), otherwise every API permission named in `code` in the section.
 */
function readmePermissions(section: string): string[] {
  const lines = section.split('\n');
  const header = lines.findIndex((l) => /^\|\s*permission\s*\|/i.test(l));
  if (header >= 0) {
    const rows = [];
    for (const line of lines.slice(header + 2)) {
      if (!line.startsWith('|')) break;
      rows.push(...codeSpans(line.split('|')[1] ?? ''));
    }
    return rows;
  }
  return codeSpans(section).filter((s) => API_PERMISSIONS.has(s));
}

/** The host permissions the README lists: match patterns in `code` on the lines that speak of them. */
function readmeHostPermissions(section: string): string[] {
  return section
    .split('\n')
    .filter((l) => /host permission/i.test(l))
    .flatMap(codeSpans)
    .filter((s) => s === '<all_urls>' || /^(\*|https?|wss?|file|ftp):\/\//.test(s));
}

// ── The built code ─────────────────────────────────────────────────────────────────────────────────────

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Ways code could reach the network or load code from elsewhere. */
const NETWORK_TOKENS: [name: string, pattern: RegExp, applies: RegExp][] = [
  ['fetch(', /\bfetch\s*\(/g, /\.(m?js|html)$/],
  ['XMLHttpRequest', /XMLHttpRequest/g, /\.(m?js|html)$/],
  ['WebSocket', /WebSocket/g, /\.(m?js|html)$/],
  ['sendBeacon', /sendBeacon/g, /\.(m?js|html)$/],
  ['EventSource', /EventSource/g, /\.(m?js|html)$/],
  ['importScripts(', /\bimportScripts\s*\(/g, /\.(m?js|html)$/],
  ['remote src=', /\bsrc\s*=\s*["'`]?\s*(https?:)?\/\//gi, /\.(m?js|html)$/],
  ['remote href=', /<link[^>]*\bhref\s*=\s*["']?\s*(https?:)?\/\//gi, /\.html$/],
  ['remote import(', /\bimport\s*\(\s*["'`]\s*(https?:)?\/\//g, /\.m?js$/],
  ['remote static import', /\bfrom\s*["'`]\s*(https?:)?\/\//g, /\.m?js$/],
  ['remote CSS url(', /url\(\s*["']?\s*(https?:)?\/\//gi, /\.(css|html)$/],
  ['CSS @import', /@import/g, /\.(css|html)$/],
];

function networkFindings(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of filesUnder(dir)) {
    const name = relative(dir, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    for (const [token, pattern, applies] of NETWORK_TOKENS) {
      if (!applies.test(name)) continue;
      const count = text.match(pattern)?.length ?? 0;
      if (count > 0) found.set(`${name} · ${token}`, count);
    }
  }
  return found;
}

/** CSP text → directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe.each(Object.entries(BUILDS))('the built %s extension', (browser, dir) => {
  const manifest = manifestOf(dir);
  const section = privacySection();

  it('asks for exactly the permissions and host permissions README "Security and privacy" lists', () => {
    const permissions = readmePermissions(section);
    const hosts = readmeHostPermissions(section);
    expect(permissions.length).toBeGreaterThan(0);
    if (manifest.manifest_version === 3) {
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...permissions].sort());
      expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...hosts].sort());
    } else {
      // Manifest V2 lists host permissions among the permissions.
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...permissions, ...hosts].sort());
    }
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // No web page or other extension may message the background; no updates from anywhere but the store.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('runs the scam guard on every page and the assistant only on the carriers’ portal hosts', () => {
    const scripts = manifest.content_scripts ?? [];
    const byFile = (file: string) => scripts.filter((s) => s.js?.includes(file));
    expect(scripts).toHaveLength(2);
    expect(byFile('guard.js').map((s) => s.matches)).toEqual([['<all_urls>']]);
    const assistant = byFile('content-scripts/assistant.js');
    expect(assistant).toHaveLength(1);
    const matches = assistant[0]?.matches ?? [];
    expect([...matches].sort()).toEqual([...portalMatches(BRANDS)].sort());
    const officialHosts = new Set(BRANDS.flatMap((b) => b.hosts.map((h) => h.host)));
    for (const match of matches) {
      const host = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(match)?.[1];
      expect(host, match).toBeDefined();
      expect(officialHosts.has(host ?? ''), `${host} is an official carrier host`).toBe(true);
    }
  });

  it('exposes no files to web pages', () => {
    // WXT adds web-accessible resources only for content-script CSS loaded as a file or for injected scripts;
    // this extension uses neither, so pages cannot load (and fingerprint) any of its files.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('has a strict Content Security Policy for its own pages', () => {
    const csp = manifest.content_security_policy;
    const text = browser === 'chrome' ? (csp as { extension_pages?: string })?.extension_pages : csp;
    expect(typeof text).toBe('string');
    const directives = parseCsp(text as string);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/unsafe|https?:|\*|data:|blob:/);
      }
    }
    if (typeof csp === 'object') expect(csp.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('contains no network calls and no remote code, in any file', () => {
    expect(Object.fromEntries(networkFindings(dir))).toEqual({});
  });
});

describe('the network scan itself', () => {
  const hits = (file: string, text: string) =>
    NETWORK_TOKENS.some(([, pattern, applies]) => applies.test(file) && text.search(pattern) >= 0);

  it('finds each kind of network call and remote code it looks for', () => {
    const samples: [string, string][] = [
      ['a.js', 'await fetch("/x")'],
      ['a.js', 'new XMLHttpRequest()'],
      ['a.js', 'new WebSocket(u)'],
      ['a.js', 'navigator.sendBeacon(u, d)'],
      ['a.js', 'new EventSource(u)'],
      ['a.js', 'importScripts("x.js")'],
      ['a.js', 's.src="https://cdn.example/x.js"'],
      ['a.html', '<script src="//cdn.example/x.js"></script>'],
      ['a.html', '<link rel="stylesheet" href="https://cdn.example/x.css">'],
      ['a.js', 'await import("https://cdn.example/x.js")'],
      ['a.js', 'import x from "https://cdn.example/x.js"'],
      ['a.css', 'body{background:url(https://cdn.example/x.png)}'],
      ['a.css', '@import "x.css";'],
    ];
    for (const [file, text] of samples) expect(hits(file, text), text).toBe(true);
    for (const harmless of ['const url = "https://www.docomo.ne.jp/"', 'img.alt = "fetch"']) {
      expect(hits('a.js', harmless), harmless).toBe(false);
    }
  });
});
