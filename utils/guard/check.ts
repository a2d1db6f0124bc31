/**
 * The background half of the scam guard: turns what a tab's content script sends (its page sample, later its
 * page facts) into a verdict (the banner's words: banner.ts). The URL always comes from the browser (the message
 * sender), never from the page.
 */
import { BRANDS } from '../../data/brands';
import { assessPage } from '../scam/page';
import type { PageFacts, Verdict } from '../scam/types';
import { assessUrl } from '../scam/url';

/** Words that make a page worth a closer look even on an innocent-looking host. */
const TOPIC_WORDS = [
  '解約',
  'mnp',
  '番号ポータビリティ',
  'esim',
  'sim',
  '携帯',
  '注销',
  '解约',
  '携号转网',
  '手机卡',
];
const TOPIC_TERMS: readonly string[] = [
  ...new Set([
    ...TOPIC_WORDS,
    ...BRANDS.flatMap((b) => [...b.identity.pageTerms, b.name.ja, b.name.en]).map((w) =>
      w.normalize('NFKC').toLowerCase(),
    ),
  ]),
].filter((w) => w.length >= 3 || /[^\x20-\x7e]/.test(w));

/** Whether a bounded page sample mentions a carrier or the cancellation topic. */
export function mentionsTopic(sample: string): boolean {
  const text = sample.normalize('NFKC').toLowerCase();
  return TOPIC_TERMS.some((term) => text.includes(term));
}

export type GuardVerdict = Verdict & { host: string };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The URL verdict, and whether the page deserves a scan of its content. */
export function checkUrl(url: string, sample: string): { verdict: GuardVerdict; scan: boolean } {
  const verdict = { ...assessUrl(url), host: hostOf(url) };
  const suspicious = verdict.level === 'caution' || verdict.level === 'danger' || verdict.score > 0;
  const scan =
    verdict.level !== 'official' &&
    verdict.reasons[0]?.code !== 'invalid-url' &&
    (suspicious || mentionsTopic(sample));
  return { verdict, scan };
}

export function checkPage(url: string, facts: PageFacts): GuardVerdict {
  return { ...assessPage(url, facts), host: hostOf(url) };
}
