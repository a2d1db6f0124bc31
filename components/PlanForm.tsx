import { useState } from 'preact/hooks';
import { CARD_TYPES, type CardType, GOALS, type Goal } from '../data/vocabulary';
import { type BrandSummary, isOffered } from '../utils/checklist';
import type { PlanChoice } from '../utils/store/plans';
import { useI18n } from './i18n';

interface Props {
  catalogue: readonly BrandSummary[];
  onCreate(choice: PlanChoice): void;
  onCancel?: () => void;
}

/** Carrier, card type and goal; combinations the carrier does not offer are shown but cannot be picked. */
export function PlanForm({ catalogue, onCreate, onCancel }: Props) {
  const { t, pick } = useI18n();
  const [brandId, setBrandId] = useState(catalogue[0]?.id ?? '');
  const brand = catalogue.find((b) => b.id === brandId) ?? catalogue[0];
  const [card, setCard] = useState<CardType>('physical');
  const [goal, setGoal] = useState<Goal>('cancel');
  if (!brand) return null;
  const cardOk = brand.cards.includes(card);
  const chosenCard = cardOk ? card : (brand.cards[0] as CardType);
  const goalNote = brand.goals[goal].available ? undefined : brand.goals[goal].note;
  const offered = isOffered(brand, chosenCard, goal);

  return (
    <form
      class="plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (offered) onCreate({ brand: brand.id, card: chosenCard, goal });
      }}
    >
      <p class="intro">{t('emptyState')}</p>
      <label for="brand-select">{t('carrier')}</label>
      <select id="brand-select" value={brand.id} onChange={(e) => setBrandId(e.currentTarget.value)}>
        {catalogue.map((b) => (
          <option key={b.id} value={b.id}>
            {pick(b.name)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('cardType')}</legend>
        {CARD_TYPES.map((c) => (
          <label key={c} class={brand.cards.includes(c) ? '' : 'unavailable'}>
            <input
              type="radio"
              name="card"
              value={c}
              checked={chosenCard === c}
              disabled={!brand.cards.includes(c)}
              onChange={() => setCard(c)}
            />
            {t(`card.${c}`)}
            {!brand.cards.includes(c) && <span class="muted"> ({t('notOffered')})</span>}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('goal')}</legend>
        {GOALS.map((g) => (
          <label key={g}>
            <input type="radio" name="goal" value={g} checked={goal === g} onChange={() => setGoal(g)} />
            {t(`goal.${g}`)}
            {!brand.goals[g].available && <span class="muted"> ({t('notOffered')})</span>}
          </label>
        ))}
      </fieldset>
      {goalNote && (
        <p class="goal-note" role="note">
          {pick(goalNote)}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={!offered}>
          {t('create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
