/**
 * The background half of the scam guard: turns what a tab's content script sends (its page sample, later its
 * page facts) into a verdict, and the verdict into the words of the banner. The URL always comes from the
 * browser (the message sender), never from the page.
 */
import { BRANDS } from '../../data/brands';
import type { Lang } from '../../data/schema';
import { t } from '../i18n';
import { assessPage } from '../scam/page';
import { explainReason } from '../scam/reasons';
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

export interface Banner {
  level: 'caution' | 'danger';
  title: string;
  advice: string;
  reasons: string[];
  official: { url: string; label: string } | null;
  trustLabel: string;
  dismissLabel: string;
  ariaLabel: string;
  /** Set when the warning is about a frame inside the page: its host, and the line that says so. */
  framed?: { site: string; note: string };
}

/** The main site of a brand, for the banner's "go to the official site" link. */
function officialUrl(brandId: string): string | null {
  const brand = BRANDS.find((b) => b.id === brandId);
  const host = brand?.hosts.find((h) => h.role === 'brand')?.host ?? brand?.hosts[0]?.host;
  return host ? `https://${host}/` : null;
}

/** What the page banner says; every string comes from the verdict and our own tables, none from the page. */
export function bannerFor(verdict: Verdict, lang: Lang): Banner | null {
  if (verdict.level !== 'caution' && verdict.level !== 'danger') return null;
  const brand = verdict.brand ? BRANDS.find((b) => b.id === verdict.brand) : undefined;
  const name = brand?.name[lang];
  const url = brand ? officialUrl(brand.id) : null;
  return {
    level: verdict.level,
    title:
      verdict.level === 'caution'
        ? t(lang, 'guard.cautionTitle')
        : name
          ? t(lang, 'guard.dangerTitle', { brand: name })
          : t(lang, 'guard.dangerTitleNoBrand'),
    advice: t(lang, 'guard.advice'),
    reasons: verdict.reasons.slice(0, 5).map((r) => explainReason(r, verdict.brand, lang)),
    official: url && name ? { url, label: t(lang, 'guard.officialSite', { brand: name }) } : null,
    trustLabel: t(lang, 'guard.trust'),
    dismissLabel: t(lang, 'guard.dismiss'),
    ariaLabel: t(lang, 'guard.label'),
  };
}
