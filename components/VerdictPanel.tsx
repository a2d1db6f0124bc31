import type { BrandSummary } from '../utils/checklist';
import type { Message, PopupState } from '../utils/messages';
import { useI18n } from './i18n';

/** The popup's first panel: what the scam guard thinks of the active tab, and why. */
interface Props {
  tab: PopupState['tab'];
  catalogue: readonly BrandSummary[];
  dispatch(message: Message): void;
}

export function VerdictPanel({ tab, catalogue, dispatch }: Props) {
  const { t, lang } = useI18n();
  if (!tab) return null;
  const { verdict } = tab;
  const brand = verdict.brand ? catalogue.find((b) => b.id === verdict.brand) : undefined;
  if (tab.trusted) {
    return (
      <section class="verdict trusted" data-level="trusted">
        <p>{t('guard.trusted', { site: tab.site })}</p>
        <button type="button" onClick={() => dispatch({ type: 'site/untrust', site: tab.site })}>
          {t('guard.untrust')}
        </button>
      </section>
    );
  }
  if (verdict.level === 'official' && brand) {
    return (
      <p class="verdict official" data-level="official">
        <span aria-hidden="true">✔ </span>
        {t('officialSite', { brand: brand.name[lang] })}
      </p>
    );
  }
  if (verdict.level !== 'danger' && verdict.level !== 'caution') return null;
  return (
    <section
      class={`verdict ${verdict.level}`}
      data-level={verdict.level}
      role="alert"
      aria-labelledby="verdict-title"
    >
      <h2 id="verdict-title">{tab.headline?.title}</h2>
      {tab.framedSite && <p class="framed">{t('guard.framed', { site: tab.framedSite })}</p>}
      <p>{tab.headline?.lead}</p>
      <h3>{t('guard.why')}</h3>
      <ul class="reasons">
        {tab.explanations.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}

/** Every site the user told the guard to trust, each revocable. */
