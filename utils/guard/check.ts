/**
 * The background half of the scam guard: turns a tab's page facts into a verdict, and the verdict into the words
 * of the banner (whether to look at the page's facts at all: trigger.ts). The URL always comes from the
 * browser (the message sender), never from the page.
 */
import { BRANDS } from '../../data/brands';
import type { Lang } from '../../data/schema';
import { t } from '../i18n';
import { assessPage } from '../scam/page';
import { explainReason } from '../scam/reasons';
import type { PageFacts, Verdict } from '../scam/types';

export type GuardVerdict = Verdict & { host: string };

/** The URL's host name, or '' when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
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
