/**
 * How a deadline reads in the UI, the print view, notifications and calendar events.
 */
import type { Lang } from '../../data/schema';
import { t } from '../i18n';
import { formatDay } from './day';
import type { Deadline } from './timing';

export function dueText(deadline: Deadline, lang: Lang): string {
  const date = formatDay(deadline.by, lang);
  // A window counted from the end day moves with the real end: say which end day the date assumes.
  if (deadline.rule.kind === 'after-end-within' && deadline.from) {
    return t(lang, 'due.afterEnd', { date, end: formatDay(deadline.from, lang) });
  }
  return deadline.cutoff
    ? t(lang, 'due.byCutoff', { date, time: deadline.cutoff })
    : t(lang, 'due.by', { date });
}
