import type { Step } from '../../data/schema';
import type { Message } from '../../utils/messages';
import { japanDay } from '../../utils/planner/day';
import type { DatesChange } from '../../utils/planner/plan-dates';
import { mnpExpiry } from '../../utils/planner/planner';
import type { Plan } from '../../utils/store/schema';
import { useI18n } from '../i18n';
import { MnpExpiryNotice } from './MnpExpiryNotice';
import './planner.css';

interface Props {
  plan: Plan;
  steps: readonly Step[];
  remindersOn: boolean;
  now: number;
  dispatch(message: Message): void;
}

/** The plan's dates, the MNP number's validity, the reminders switch and the way to the printable plan. */
export function PlanDates({ plan, steps, remindersOn, now, dispatch }: Props) {
  const { t } = useI18n();
  const setDates = (change: DatesChange) => dispatch({ type: 'plan/dates', planId: plan.id, ...change });
  const expiry = plan.goal === 'mnp' ? mnpExpiry(steps, plan, now) : undefined;
  return (
    <section class="plan-dates" aria-labelledby="dates-title">
      <h3 id="dates-title">{t('dates.title')}</h3>
      <div class="date-field">
        <label for="target-date">{t('dates.target')}</label>
        <input
          id="target-date"
          type="date"
          value={plan.targetDate ?? ''}
          aria-describedby="target-date-hint"
          onChange={(e) => setDates({ targetDate: e.currentTarget.value || null })}
        />
      </div>
      <p id="target-date-hint" class="hint">
        {t('dates.targetHint')}
      </p>
      {plan.goal === 'mnp' && (
        <div class="date-field">
          <label for="mnp-issued-date">{t('dates.mnpIssued')}</label>
          <input
            id="mnp-issued-date"
            type="date"
            max={japanDay(now)}
            value={plan.mnpIssuedDate ?? ''}
            onChange={(e) => setDates({ mnpIssuedDate: e.currentTarget.value || null })}
          />
        </div>
      )}
      {expiry && <MnpExpiryNotice expiry={expiry} />}
      <label class="reminders-toggle">
        <input
          type="checkbox"
          checked={remindersOn}
          onChange={(e) => dispatch({ type: 'settings/reminders', enabled: e.currentTarget.checked })}
        />
        {t('reminders')}
      </label>
      <a
        class="take-along"
        href={`plan.html?plan=${encodeURIComponent(plan.id)}`}
        target="_blank"
        rel="noopener"
      >
        {t('takeItWithYou')}
      </a>
    </section>
  );
}
