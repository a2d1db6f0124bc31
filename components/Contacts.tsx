import type { Contact } from '../data/schema';
import { FactMeta } from './FactMeta';
import { useI18n } from './i18n';

export function telHref(contact: Contact): string | undefined {
  if (!contact.phone) return undefined;
  return `tel:${contact.phone.kind === 'number' ? contact.phone.e164 : contact.phone.display}`;
}

export function ContactItem({ contact }: { contact: Contact }) {
  const { t, pick } = useI18n();
  const href = telHref(contact);
  return (
    <li class="contact" data-contact={contact.id}>
      <div class="contact-name">{pick(contact.name)}</div>
      {contact.phone && href && (
        <a class="tel" href={href} aria-label={t('call', { number: contact.phone.display })}>
          {contact.phone.display}
        </a>
      )}
      {contact.reportedPhone && (
        <div class="contact-reported">{t('reportedNumber', { number: contact.reportedPhone.display })}</div>
      )}
      {contact.url && (
        <a href={contact.url} target="_blank" rel="noopener noreferrer">
          {new URL(contact.url).hostname}
        </a>
      )}
      <span class="contact-from"> · {t(`from.${contact.from}`)}</span>
      {contact.hours && <div class="contact-hours">{pick(contact.hours)}</div>}
      {contact.note && <div class="contact-note">{pick(contact.note)}</div>}
      <FactMeta fact={contact} />
    </li>
  );
}

export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <ul class="contacts">
      {contacts.map((c) => (
        <ContactItem key={c.id} contact={c} />
      ))}
    </ul>
  );
}
