/**
 * A local HTTPS server for the fixture pages in tests/fixtures/<host>/. Chromium is pointed at it with
 * --host-resolver-rules, so https://www.docomo.ne.jp/… reaches these files and the content scripts' real
 * match patterns apply. The certificate is made afresh at every start; nothing secret is stored.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { generate } from 'selfsigned';
import { BENCH_HOST, BENCH_PAGES } from './bench-pages';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../tests/fixtures');
/**
 * The in-page assistant's unseen set (tests/fixtures/unseen/README.md), served under the same host names; kept
 * in its own folder so it is never mistaken for the fixtures the matcher was tuned on.
 */
export const UNSEEN_DIR = join(FIXTURES_DIR, 'unseen');

const hostFolders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir).filter((name) => name.includes('.') && statSync(join(dir, name)).isDirectory())
    : [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Every host that has a fixture folder (the unseen set's included). */
export function fixtureHosts(): string[] {
  return [...new Set([...hostFolders(FIXTURES_DIR), ...hostFolders(UNSEEN_DIR)])];
}

/** Maps a request to a file: /a/ → a/index.html, /a → a.html or a/index.html; the unseen set after the rest. */
export function fixtureFile(host: string, pathname: string): string | null {
  for (const dir of [FIXTURES_DIR, UNSEEN_DIR]) {
    const base = resolve(dir, host);
    const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const full = resolve(base, clean);
    if (!full.startsWith(base)) return null;
    const candidates = [full, `${full}.html`, join(full, 'index.html')];
    const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (file) return file;
  }
  return null;
}

/** The host of the generated page that links every fixture (the start page of `npm start`). */
export const DEMO_HOST = 'demo.kaiyaku.test';

/** Every page under `dir` (the fixtures, or the unseen set) as an https URL under its real host name. */
export function fixturePages(dir = FIXTURES_DIR): string[] {
  const pages: string[] = [];
  const walk = (host: string, folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(host, full, `${prefix}${name}/`);
      else if (name.endsWith('.html'))
        pages.push(`https://${host}/${prefix}${name === 'index.html' ? '' : name}`);
    }
  };
  for (const host of hostFolders(dir)) walk(host, join(dir, host), '');
  return pages;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function demoIndex(): string {
  const items = fixturePages()
    .map((url) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url.replace('https://', ''))}</a></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kaiyaku Guard demo pages</title></head>
<body><h1>Kaiyaku Guard demo pages</h1><p>Local copies served under the real host names; open the extension's
toolbar button on any of them.</p><ul>${items}</ul></body></html>`;
}

export interface FixtureServer {
  port: number;
  hosts: string[];
  /** Chromium flags that send every fixture host to this server. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hosts = [...fixtureHosts(), DEMO_HOST, BENCH_HOST];
  const pems = await generate([{ name: 'commonName', value: 'kaiyaku-guard fixtures' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://x');
    const generated = host === BENCH_HOST ? BENCH_PAGES[url.pathname] : undefined;
    if (generated) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(generated());
      return;
    }
    if (host === DEMO_HOST && url.pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(demoIndex());
      return;
    }
    const file = fixtureFile(host, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${url.pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return {
    port,
    hosts,
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    close: () => new Promise((done) => server.close(() => done())),
  };
}
