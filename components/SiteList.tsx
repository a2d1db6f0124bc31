import type { StringKey } from '../data/strings';
import { useI18n } from './i18n';

interface Props {
  sites: readonly string[];
  title: StringKey;
  /** The button beside each site, which undoes what put the site on the list. */
  actionLabel: StringKey;
  onAction(site: string): void;
}

/**
 * A collapsed list of sites the user set apart from the page, each with a button to undo it: the sites trusted
 * from the scam guard's banner, the carrier sites where the in-page hints were hidden. Nothing when empty.
 */
export function SiteList({ sites, title, actionLabel, onAction }: Props) {
  const { t } = useI18n();
  if (sites.length === 0) return null;
  return (
    <details class="site-list" data-list={title}>
      <summary>{t(title)}</summary>
      <ul>
        {sites.map((site) => (
          <li key={site}>
            {site}{' '}
            <button type="button" onClick={() => onAction(site)}>
              {t(actionLabel)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
