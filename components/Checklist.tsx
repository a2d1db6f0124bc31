import { useState } from 'preact/hooks';
import type { Brand, Step } from '../data/schema';
import { CHANNELS, PHASES } from '../data/vocabulary';
import { computeChecklist } from '../utils/checklist';
import type { Message } from '../utils/messages';
import { type DatedStep, schedule } from '../utils/planner/planner';
import { progressOf } from '../utils/store/plans';
import type { Plan } from '../utils/store/schema';
import { ContactList } from './Contacts';
import { FactMeta } from './FactMeta';
import { useI18n } from './i18n';
import { PlanDates } from './planner/PlanDates';
import { StepItem } from './StepItem';

interface Props {
  plan: Plan;
  brand: Brand;
  /** Whether deadline reminders are on (a setting, shown with the plan's dates). */
  remindersOn: boolean;
  /** Changes when the shown ticks were put back to what is stored after a change failed (see App). */
  corrections: number;
  /** Sends a change; resolves with whether it was stored. */
  dispatch(message: Message): Promise<boolean>;
}

function Channels({ brand, plan }: { brand: Brand; plan: Plan }) {
  const { t, pick } = useI18n();
  const goal = brand.goals[plan.goal];
  return (
    <section class="channels" aria-labelledby="channels-title">
      <h3 id="channels-title">{t('howToDoIt')}</h3>
      <ul>
        {CHANNELS.map((kind) => {
          const channel = goal.channels[kind];
          if (!channel) return null;
          return (
            <li key={kind} data-channel={kind} data-available={channel.available}>
              <strong>{t(`channel.${kind}`)}</strong>: {t(`available.${channel.available}`)} —{' '}
              {pick(channel.note)}
              <FactMeta fact={channel} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function Checklist({ plan, brand, remindersOn, corrections, dispatch }: Props) {
  const { t, pick } = useI18n();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const steps = computeChecklist(brand, plan.card, plan.goal);
  const { done, total } = progressOf(plan, brand);
  const now = Date.now();
  // With a date set, steps that have deadlines come first in date order; the rest stay under their phases.
  const { dated, undated } = schedule(steps, plan, now);
  const stepItem = (step: Step, due?: DatedStep) => (
    <StepItem
      key={`${plan.id}:${step.id}`}
      step={step}
      brand={brand}
      state={plan.steps[step.id]}
      due={due}
      corrections={corrections}
      onToggle={(isDone) => dispatch({ type: 'plan/toggle', planId: plan.id, stepId: step.id, done: isDone })}
      onNote={(note) => dispatch({ type: 'plan/note', planId: plan.id, stepId: step.id, note })}
    />
  );
  return (
    <article class="checklist" aria-labelledby="plan-title">
      <h2 id="plan-title">
        {pick(brand.name)} · {t(`card.${plan.card}`)} · {t(`goal.${plan.goal}`)}
      </h2>
      <div class="progress">
        <progress max={total} value={done} aria-labelledby="progress-text" />
        <span id="progress-text" role="status" data-done={done} data-total={total}>
          {t('progress', { done, total })}
        </span>
      </div>
      <PlanDates plan={plan} steps={steps} remindersOn={remindersOn} now={now} dispatch={dispatch} />
      <Channels brand={brand} plan={plan} />
      {dated.length > 0 && (
        <section class="phase by-date" aria-labelledby="by-date">
          <h3 id="by-date">{t('byDate')}</h3>
          <ol class="steps">{dated.map((d) => stepItem(d.step, d))}</ol>
        </section>
      )}
      {PHASES.map((phase) => {
        const inPhase = undated.filter((s) => s.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <section key={phase} class="phase" aria-labelledby={`phase-${phase}`}>
            <h3 id={`phase-${phase}`}>{t(`phase.${phase}`)}</h3>
            <ol class="steps">{inPhase.map((step) => stepItem(step))}</ol>
          </section>
        );
      })}
      <section class="all-contacts" aria-labelledby="contacts-title">
        <h3 id="contacts-title">{t('officialContacts')}</h3>
        <ContactList contacts={brand.contacts} />
      </section>
      <div class="plan-actions">
        {plan.beforeReset ? (
          <p role="status" class="undo-bar">
            {t('resetDone')}{' '}
            <button type="button" onClick={() => dispatch({ type: 'plan/undo-reset', planId: plan.id })}>
              {t('undo')}
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => dispatch({ type: 'plan/reset', planId: plan.id })}>
            {t('reset')}
          </button>
        )}
        {confirmingDelete ? (
          <p role="alert" class="confirm">
            {t('confirmDelete')}{' '}
            <button
              type="button"
              class="danger"
              onClick={() => dispatch({ type: 'plan/delete', planId: plan.id })}
            >
              {t('deleteChecklist')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              {t('cancel')}
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirmingDelete(true)}>
            {t('deleteChecklist')}
          </button>
        )}
      </div>
      <FactMeta fact={brand.goals[plan.goal]} />
    </article>
  );
}
