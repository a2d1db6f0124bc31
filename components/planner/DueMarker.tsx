import { dueText } from '../../utils/planner/format';
import type { DatedStep } from '../../utils/planner/planner';
import { useI18n } from '../i18n';

/** The step's next deadline, with a word for how urgent it is when it is now, soon or overdue. */
export function DueMarker({ due }: { due: DatedStep }) {
  const { t, lang } = useI18n();
  const flagged = due.status === 'now' || due.status === 'soon' || due.status === 'overdue';
  return (
    <p class="due" data-due={due.status} data-due-date={due.next.by}>
      {flagged && <strong class="due-status">{t(`status.${due.status}`)}</strong>}
      {flagged && ' · '}
      {dueText(due.next, lang)}
    </p>
  );
}
