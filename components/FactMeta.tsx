import { SOURCES } from '../data/official-domains';
import type { Sourced } from '../data/schema';
import { blogOnly, type SourceInfo } from '../data/sources';
import type { StringKey } from '../data/strings';
import { SOURCE_KINDS } from '../data/vocabulary';
import { useI18n } from './i18n';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** "docomo's own page", "news", "a guide", "a blog", in the user's language. */
function useKindLabel() {
  const { t, pick } = useI18n();
  return (s: SourceInfo) =>
    s.kind === 'official'
      ? t('source.official', { owner: typeof s.owner === 'object' ? pick(s.owner) : (s.owner ?? '') })
      : t(`source.${s.kind}` as StringKey);
}

function SourceList({ sources }: { sources: SourceInfo[] }) {
  const { t } = useI18n();
  const kindLabel = useKindLabel();
  return (
    <ul>
      {sources.map((s) => (
        <li key={s.url} data-source-kind={s.kind}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {hostOf(s.url)}
          </a>{' '}
          · {kindLabel(s)}
          {s.date && ` · ${t('source.dated', { date: s.date })}`}
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a fact comes from: a visible warning when it is uncertain (low confidence, or blogs alone), what kinds
 * of source back it, the date it was checked, and each source with its kind and its own date when known.
 */
export function FactMeta({ fact }: { fact: Sourced }) {
  const { t } = useI18n();
  const kindLabel = useKindLabel();
  const sources = fact.source.map(SOURCES.describe);
  const against = (fact.against ?? []).map(SOURCES.describe);
  const onlyBlogs = blogOnly(sources);
  // The strongest kinds first, each named once: "docomo's own page, news".
  const rank = (s: SourceInfo) => SOURCE_KINDS.indexOf(s.kind);
  const kinds = [...new Set([...sources].sort((a, b) => rank(a) - rank(b)).map(kindLabel))];
  return (
    <div class="fact-meta" data-confidence={fact.confidence}>
      {(fact.confidence === 'low' || onlyBlogs) && (
        <p class="uncertain" data-uncertain={fact.confidence === 'low' ? 'low' : 'blog-only'}>
          <span aria-hidden="true">⚠ </span>
          {fact.confidence === 'low' ? t('uncertain') : t('blogOnly')}
        </p>
      )}
      <details class="sources">
        <summary>
          {t('sources')}: <span class="source-kinds">{kinds.join(', ')}</span> ·{' '}
          {t('checkedOn', { date: fact.checked })}
        </summary>
        <SourceList sources={sources} />
        {against.length > 0 && (
          <>
            <p class="against">{t('source.against')}</p>
            <SourceList sources={against} />
          </>
        )}
      </details>
    </div>
  );
}
