/**
 * Assesses URLs (and optionally one saved page) with the scam engine; one JSON object per line.
 *
 *   npm run scan -- [--html FILE] [URL ...]      (URLs from stdin, one a line, when none are given)
 *
 * `--html FILE` parses the page with happy-dom (no scripts, no network), extracts its facts and adds the page
 * assessment for the single URL given (about:blank-like pages get https://unknown.invalid/).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractPageFacts } from '../utils/scam/extract';
import { assessPage } from '../utils/scam/page';
import type { Verdict } from '../utils/scam/types';
import { assessUrl } from '../utils/scam/url';
import { withDocument } from './lib/html-document';

function line(url: string, v: Verdict): string {
  return JSON.stringify({ url, level: v.level, brand: v.brand, score: v.score, reasons: v.reasons });
}

function safeAssess(url: string): Verdict {
  try {
    return assessUrl(url);
  } catch {
    return {
      level: 'none',
      brand: null,
      score: 0,
      reasons: [{ code: 'invalid-url', detail: url.slice(0, 200) }],
    };
  }
}

async function scanHtml(file: string, url: string): Promise<void> {
  const html = readFileSync(file, 'utf8');
  let pageUrl = 'https://unknown.invalid/';
  try {
    pageUrl = new URL(url.includes('://') ? url : `http://${url}`).href;
  } catch {
    // keep the placeholder; the verdict still reports invalid-url for the given text
  }
  const facts = await withDocument(pageUrl, html, (doc) => extractPageFacts(doc));
  console.log(line(url || pageUrl, safePage(url || pageUrl, facts)));
}

function safePage(url: string, facts: ReturnType<typeof extractPageFacts>): Verdict {
  try {
    return assessPage(url, facts);
  } catch {
    return safeAssess(url);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let html: string | null = null;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--html') html = args[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run scan -- [--html FILE] [URL ...]   (URLs from stdin when none are given)');
      return;
    } else urls.push(a);
  }
  if (html) {
    if (urls.length > 1) console.error('scan: --html takes a single URL; using the first');
    await scanHtml(html, urls[0] ?? '');
    return;
  }
  if (urls.length > 0) {
    for (const u of urls) console.log(line(u, safeAssess(u)));
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of rl) {
    const u = raw.trim();
    if (u) console.log(line(u, safeAssess(u)));
  }
}

main().catch((e: unknown) => {
  console.error(`scan: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
