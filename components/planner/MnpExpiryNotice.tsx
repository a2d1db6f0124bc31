import { formatDay } from '../../utils/planner/day';
import type { MnpExpiry } from '../../utils/planner/planner';
import { useI18n } from '../i18n';

/** How long the MNP reservation number is still valid; a warning from two days before it runs out. */
export function MnpExpiryNotice({ expiry }: { expiry: MnpExpiry }) {
  const { t, lang } = useI18n();
  const date = formatDay(expiry.expires, lang);
  const text =
    expiry.level === 'valid'
      ? t('mnp.valid', { date, days: expiry.daysLeft })
      : t(expiry.level === 'expiring' ? 'mnp.expiring' : 'mnp.expired', { date });
  return (
    <p
      class={`mnp-expiry notice${expiry.level === 'valid' ? '' : ' warning'}`}
      data-mnp={expiry.level}
      role={expiry.level === 'valid' ? undefined : 'alert'}
    >
      {text}
    </p>
  );
}
