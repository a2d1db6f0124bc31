/**
 * A plan's deadlines as calendar events: one per deadline of each step not yet done, plus the MNP number's
 * expiry. UIDs are built from the plan, step and rule, so an export made later updates the same events.
 */
import type { Brand, Lang } from '../../data/schema';
import { computeChecklist } from '../checklist';
import { pick, t } from '../i18n';
import type { Plan } from '../store/schema';
import { dueText } from './format';
import type { IcsEvent } from './ics';
import { mnpDeadline } from './planner';
import { deadlinesOf } from './timing';

const UID_DOMAIN = 'kaiyaku-guard';

export function planEvents(plan: Plan, brand: Brand, lang: Lang): IcsEvent[] {
  const steps = computeChecklist(brand, plan.card, plan.goal);
  const events: IcsEvent[] = steps
    .filter((step) => !plan.steps[step.id]?.done)
    .flatMap((step) =>
      deadlinesOf(step, plan).map((deadline) => ({
        uid: `${plan.id}.${step.id}.${deadline.index}@${UID_DOMAIN}`,
        day: deadline.by,
        summary: pick(step.title, lang),
        description: `${dueText(deadline, lang)}\n\n${pick(step.body, lang)}`,
      })),
    );
  const mnp = mnpDeadline(steps, plan);
  if (mnp) {
    events.push({
      uid: `${plan.id}.mnp-expiry@${UID_DOMAIN}`,
      day: mnp.by,
      summary: t(lang, 'ics.mnpExpiry'),
    });
  }
  return events.sort((a, b) => a.day.localeCompare(b.day));
}
