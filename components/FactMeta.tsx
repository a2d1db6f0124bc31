import type { Sourced } from '../data/schema';
import { useI18n } from './i18n';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Where a fact comes from: a visible warning when it is uncertain, the date it was checked, its sources. */
export function FactMeta({ fact }: { fact: Sourced }) {
  const { t } = useI18n();
  return (
    <div class="fact-meta">
      {fact.confidence === 'low' && (
        <p class="uncertain" data-confidence="low">
          <span aria-hidden="true">⚠ </span>
          {t('uncertain')}
        </p>
      )}
      <details class="sources">
        <summary>
          {t('sources')} · {t('checkedOn', { date: fact.checked })}
        </summary>
        <ul>
          {fact.source.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {hostOf(url)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
