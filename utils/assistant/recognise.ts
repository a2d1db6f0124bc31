/**
 * Which kind of carrier page this is, from the brand's page rules (data/brands/*.ts, `portal.pages`).
 * Pure: the content script passes the URL and the page's text.
 */
import type { PageKind, PageRule, Portal } from '../../data/schema';
import { normaliseLabel } from './normalise';

/** When rules for several kinds match, the more specific kind wins: a completion page is also in the portal. */
const PRECEDENCE: readonly PageRule['kind'][] = ['complete', 'flow', 'procedures', 'login', 'account-top'];

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
  const matched = new Set(portal.pages.filter((r) => ruleMatches(r, url, normalised)).map((r) => r.kind));
  return PRECEDENCE.find((kind) => matched.has(kind)) ?? 'other';
}

/** The words recognition reads: the page's title and body text, up to TEXT_LIMIT. */
export function pageText(doc: Document): string {
  return `${doc.title}\n${(doc.body?.textContent ?? '').slice(0, TEXT_LIMIT)}`;
}
