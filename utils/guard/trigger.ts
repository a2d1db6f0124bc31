/**
 * When the scam guard looks closer at a page (the background's half of the trigger). The closer look reads the
 * page's DOM, which costs the page time, so it runs only where it can change the verdict: on a suspicious
 * address, or on a page that talks about the topic (a carrier's name, 解約, SIM, …) and shows a second signal.
 * The second signal is one of the things the page rules score (utils/scam/page.ts): a phone number or a
 * messaging handle in the sample (read here), or a credential field, a messaging, `tel:` or `.apk` link in the
 * DOM (the content script asks the DOM itself: PAGE_SIGNAL). Without one, assessPage cannot raise the verdict
 * above the address's, so looking would be work for nothing; and 契約 or "SIM" alone are on every shop's page.
 */
import { BRANDS } from '../../data/brands';
import { extractHandles, extractPhones } from '../scam/phones';
import { assessUrl } from '../scam/url';
import { type GuardVerdict, hostOf } from './check';

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

const LATIN = /[a-z0-9]/;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for every term. A Latin end of a term must sit at a word boundary ("sim" in "SIMカード" and
 * "SIM free", not in "simple" or "facsimile"); a Japanese or Chinese end needs none (those scripts have no spaces).
 */
const TOPIC = new RegExp(
  TOPIC_TERMS.map(
    (t) =>
      `${LATIN.test(t[0] ?? '') ? '(?<![a-z0-9])' : ''}${literal(t)}${LATIN.test(t.at(-1) ?? '') ? '(?![a-z0-9])' : ''}`,
  ).join('|'),
);

/** Whether a bounded page sample mentions a carrier or the cancellation topic. */
export function mentionsTopic(sample: string): boolean {
  return TOPIC.test(sample.normalize('NFKC').toLowerCase());
}

/** A second signal in the sample's own text: a phone number or a messaging handle (Telegram, LINE, WeChat…). */
export function signalInText(sample: string): boolean {
  return extractPhones(sample, 1).length > 0 || extractHandles(sample, 1).length > 0;
}

export interface UrlCheck {
  verdict: GuardVerdict;
  /** Look closer: the address is suspicious, or the page is on topic with a second signal in its sample. */
  scan: boolean;
  /** The page is on topic but its sample shows no second signal: look closer only if the DOM has one. */
  scanIfSignal: boolean;
}

/** The URL verdict, and whether the page deserves a closer look at its content. */
export function checkUrl(url: string, sample: string): UrlCheck {
  const verdict = { ...assessUrl(url), host: hostOf(url) };
  if (verdict.level === 'official' || verdict.reasons[0]?.code === 'invalid-url')
    return { verdict, scan: false, scanIfSignal: false };
  const suspicious = verdict.level === 'caution' || verdict.level === 'danger' || verdict.score > 0;
  const topic = !suspicious && mentionsTopic(sample);
  const scan = suspicious || (topic && signalInText(sample));
  return { verdict, scan, scanIfSignal: topic && !scan };
}
