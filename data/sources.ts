/**
 * The confidence rule. A fact's confidence is never typed by hand: it follows from what its sources are.
 *
 * - high: an official page (the carrier's own, another provider's own, a public body's), or two independent
 *   sources that are not blogs (news, guides);
 * - medium: one news or guide source, or two independent blogs;
 * - low: one blog, or several pages of one blog.
 *
 * Sources listed in `against` say otherwise. An official page settles a disagreement when no official page is
 * against it, and two independent news or guide sources settle one against blogs alone; otherwise the fact is
 * at most medium. Independent means a different publisher
 * (data/publishers.ts): two pages of one site count once.
 */
import { PUBLISHERS } from './publishers';
import type { Rated, Source, SourcedInput, Text } from './schema';
import type { Confidence, SourceKind } from './vocabulary';

export interface SourceInfo {
  url: string;
  kind: SourceKind;
  /** The publisher's key (a domain, or `github.com/<owner>`): sources with equal keys are not independent. */
  publisher: string;
  /** For official sources: whose own page it is, named in the user's language when it is a brand. */
  owner?: Text | string;
  /** The page's own date, when the data gives one. */
  date?: string;
  /** The publisher is in no table and no brand's domains: counted as a blog until someone classifies it. */
  unclassified?: true;
}

/** A brand's registrable domains with its name: every page under them is that brand's own. */
export interface OfficialDomains {
  domain: string;
  name: Text;
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function tableKey(url: URL): string | undefined {
  let best: string | undefined;
  for (const key of Object.keys(PUBLISHERS)) {
    const [host = '', ...path] = key.split('/');
    if (!under(url.hostname, host)) continue;
    if (path.length > 0 && !url.pathname.startsWith(`/${path.join('/')}/`)) continue;
    if (!best || key.length > best.length) best = key;
  }
  return best;
}

/** The registry that knows the brands' domains: describes sources and rates facts. */
export function sourceRegistry(brandDomains: readonly OfficialDomains[]) {
  function describe(source: Source): SourceInfo {
    const raw = typeof source === 'string' ? { url: source } : source;
    const url = new URL(raw.url);
    const key = tableKey(url);
    const own = brandDomains.find((d) => under(url.hostname, d.domain));
    // The table names other providers' and public bodies' pages; a brand's domain names the brand.
    const base: SourceInfo = key
      ? {
          url: raw.url,
          kind: PUBLISHERS[key]?.kind ?? 'blog',
          publisher: PUBLISHERS[key]?.sameAs ?? key,
          ...(PUBLISHERS[key]?.kind === 'official' ? { owner: PUBLISHERS[key]?.name } : {}),
        }
      : own
        ? { url: raw.url, kind: 'official', publisher: own.domain, owner: own.name }
        : { url: raw.url, kind: 'blog', publisher: url.hostname.replace(/^www\./, ''), unclassified: true };
    if (typeof source === 'string') return base;
    return {
      ...base,
      ...(source.kind ? { kind: source.kind } : {}),
      ...(source.date ? { date: source.date } : {}),
    };
  }

  function confidenceOf(fact: SourcedInput): Confidence {
    const support = fact.source.map(describe);
    const against = (fact.against ?? []).map(describe);
    const publishers = (kinds: SourceKind[]) =>
      new Set(support.filter((s) => kinds.includes(s.kind)).map((s) => s.publisher)).size;
    const official = publishers(['official']) > 0;
    const nonBlog = publishers(['press', 'guide']);
    const blogs = publishers(['blog']);
    const byKind: Confidence =
      official || nonBlog >= 2 ? 'high' : nonBlog === 1 || blogs >= 2 ? 'medium' : 'low';
    if (against.length === 0 || byKind !== 'high') return byKind;
    // An official page outweighs anything but another official page; two independent news or guide sources
    // outweigh blogs alone. Anything else stays an open question.
    const settledByOfficial = official && !against.some((s) => s.kind === 'official');
    const settledByWeight = nonBlog >= 2 && against.every((s) => s.kind === 'blog');
    return settledByOfficial || settledByWeight ? 'high' : 'medium';
  }

  /** Every fact in `value` (any object with `source`) with the confidence its sources earn. */
  function rate<T>(value: T): Rated<T> {
    if (Array.isArray(value)) return value.map(rate) as Rated<T>;
    if (value === null || typeof value !== 'object') return value as Rated<T>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value))
      out[key] = key === 'source' || key === 'against' ? child : rate(child);
    if ('source' in value) out.confidence = confidenceOf(value as unknown as SourcedInput);
    return out as Rated<T>;
  }

  return { describe, confidenceOf, rate };
}

export type SourceRegistry = ReturnType<typeof sourceRegistry>;

/** Whether a fact rests on blogs alone: the popup marks it uncertain like a low one. */
export function blogOnly(sources: readonly SourceInfo[]): boolean {
  return sources.every((s) => s.kind === 'blog');
}
