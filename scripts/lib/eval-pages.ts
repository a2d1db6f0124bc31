/**
 * The scam guard on whole pages: every page of tests/fixtures/page-set.ts is parsed (happy-dom, no scripts),
 * its facts extracted as the content script does, and judged as the background does. Reports scam-page recall
 * (warned, and with which headline) and legit-page false positives (caution or danger). Part of `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { PAGE_SET, type PageCase } from '../../tests/fixtures/page-set';
import { type DangerKind, headlineFor } from '../../utils/guard/banner';
import { extractPageFacts } from '../../utils/scam/extract';
import { assessPage } from '../../utils/scam/page';
import type { Verdict } from '../../utils/scam/types';
import { fixtureFile } from './fixture-server';
import { withDocument } from './html-document';

export interface PageResult extends PageCase {
  verdict: Verdict;
  /** The banner's title, in English, and the kind of danger it names, when the page is warned about. */
  title: string | null;
  named: DangerKind | null;
}

/** Reason codes that come from the page's content rather than its address. */
export const PAGE_CODES = new Set([
  'brand-credential-form',
  'credential-form',
  'credential-form-elsewhere',
  'unofficial-phone',
  'offplatform-contact',
  'apk-download',
  'smishing-phrases',
  'giftcard-payment',
]);

const warned = (v: Verdict) => v.level === 'caution' || v.level === 'danger';

/** Judges every page of the set (or of `cases`). */
export async function evalPages(cases: readonly PageCase[] = PAGE_SET): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const c of cases) {
    const u = new URL(c.url);
    const file = fixtureFile(u.hostname, u.pathname);
    if (!file) throw new Error(`page set: no fixture file for ${c.url}`);
    const facts = await withDocument(c.url, readFileSync(file, 'utf8'), (doc) => extractPageFacts(doc));
    const verdict = assessPage(c.url, facts);
    const level = verdict.level === 'danger' || verdict.level === 'caution' ? verdict.level : null;
    const headline = level ? headlineFor(verdict, level, 'en') : null;
    out.push({ ...c, verdict, title: headline?.title ?? null, named: headline?.kind ?? null });
  }
  return out;
}

/** Prints the page evaluation (`--json`: one JSON object) for `npm run eval`. */
export async function reportPages(argv: readonly string[]): Promise<void> {
  const results = await evalPages();
  const scam = results.filter((r) => r.scam);
  const legit = results.filter((r) => !r.scam);
  const caught = scam.filter((r) => warned(r.verdict)).length;
  const fp = legit.filter((r) => warned(r.verdict));
  const fpDanger = fp.filter((r) => r.verdict.level === 'danger').length;
  // A legit page warned about for what it says or asks (not for its address alone).
  const fpPage = fp.filter((r) => r.verdict.reasons.some((x) => PAGE_CODES.has(x.code))).length;
  const titled = scam.filter((r) => r.named === r.kind).length;
  if (argv.includes('--json')) {
    console.log(
      JSON.stringify({
        pages: {
          scam: { n: scam.length, warned: caught, rightTitle: titled },
          legit: { n: legit.length, caution: fp.length - fpDanger, danger: fpDanger, byPageContent: fpPage },
        },
      }),
    );
    return;
  }
  console.log(
    `\npages (tests/fixtures/page-set.ts): scam warned ${caught}/${scam.length} (title names the danger: ${titled}); ` +
      `legit warned ${fp.length}/${legit.length} (danger ${fpDanger}; for page content ${fpPage}, the rest by address alone)`,
  );
  for (const r of results) {
    const mark = r.scam === warned(r.verdict) ? 'ok  ' : 'MISS';
    const codes = r.verdict.reasons.map((x) => x.code).join(',');
    console.log(`  ${mark} ${r.scam ? 'scam ' : 'legit'} ${r.verdict.level.padEnd(7)} ${r.url}`);
    if (r.title) console.log(`         “${r.title}” [${codes}]`);
    else if (r.scam || codes) console.log(`         [${codes}]`);
  }
}
