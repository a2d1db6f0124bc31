/**
 * Which kind of carrier page this is, from the brand's page rules (data/brands/*.ts, `portal.pages`).
 * Pure: the content script passes the URL and the page's text.
 */
import type { PageKind, PageRule, Portal } from '../../data/schema';
import { normaliseLabel } from './normalise';

/**
 * When rules for several kinds match, the more specific kind wins: a completion page is also in the portal. A
 * record over every recognised kind, so a kind added to the schema without a rank does not compile (a list could
 * silently leave it out, and it would never be returned).
 */
const RANK: Record<PageRule['kind'], number> = {
  complete: 0,
  flow: 1,
  procedures: 2,
  login: 3,
  'account-top': 4,
};

/** Page text beyond this is not read: the phrases that identify a page sit near its top. */
export const TEXT_LIMIT = 200_000;

/** Each glob is compiled once: the ignore list is read twice per look, and every SPA navigation looks again. */
const compiledGlobs = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
  let pattern = compiledGlobs.get(glob);
  if (!pattern) {
    const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    pattern = new RegExp(`^${escaped}$`);
    compiledGlobs.set(glob, pattern);
  }
  return pattern;
}

/** `host/path` of a URL, the form the data's URL globs are written in. */
function hostAndPath(url: string): string {
  const { hostname, pathname } = new URL(url);
  return `${hostname}${pathname}`;
}

export function matchesGlob(url: string, globs: readonly string[]): boolean {
  const target = hostAndPath(url);
  return globs.some((glob) => globToRegExp(glob).test(target));
}

/** FAQ articles and news on the carrier's site, where the assistant never points at anything. */
export function isIgnored(url: string, portal: Pick<Portal, 'ignore'>): boolean {
  return matchesGlob(url, portal.ignore ?? []);
}

function ruleMatches(rule: PageRule, url: string, text: string): boolean {
  const urlOk = !rule.urls || matchesGlob(url, rule.urls);
  const textOk = !rule.phrases || rule.phrases.some((p) => text.includes(normaliseLabel(p)));
  return urlOk && textOk;
}

export function recognisePage(url: string, text: string, portal: Pick<Portal, 'pages' | 'ignore'>): PageKind {
  if (isIgnored(url, portal)) return 'other';
  const normalised = normaliseLabel(text.slice(0, TEXT_LIMIT));
  let best: PageKind = 'other';
  for (const rule of portal.pages)
    if ((best === 'other' || RANK[rule.kind] < RANK[best]) && ruleMatches(rule, url, normalised))
      best = rule.kind;
  return best;
}

/** The words recognition reads: the page's title and body text, up to TEXT_LIMIT. */
export function pageText(doc: Document): string {
  return `${doc.title}\n${(doc.body?.textContent ?? '').slice(0, TEXT_LIMIT)}`;
}
