import type { Brand } from '../../data/schema';
import { computeChecklist } from '../../utils/checklist';
import { t as translate } from '../../utils/i18n';
import { planEvents } from '../../utils/planner/calendar';
import { formatDay } from '../../utils/planner/day';
import { dueText } from '../../utils/planner/format';
import { toIcs } from '../../utils/planner/ics';
import { mnpExpiry, schedule } from '../../utils/planner/planner';
import { documentSteps, SHOP_SENTENCE, shopLanguages } from '../../utils/planner/take-along';
import type { Plan } from '../../utils/store/schema';
import { ContactList } from '../Contacts';
import { useI18n } from '../i18n';
import { MnpExpiryNotice } from './MnpExpiryNotice';

interface Props {
  plan: Plan;
  brand: Brand;
  now: number;
}

/** Saves text as a file through a Blob URL: the page makes the file itself, nothing goes over the network. */
function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The sentence for the shop staff in Japanese, and in the user's language (English for Japanese users). */
function ShopCard({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  return (
    <section class="shop-card" aria-labelledby="shop-title">
      <h2 id="shop-title">{t('print.showStaff')}</h2>
      {shopLanguages(lang).map((l) => (
        <p key={l} lang={l} class="shop-line" data-lang={l}>
          {translate(l, SHOP_SENTENCE[plan.goal])}
        </p>
      ))}
    </section>
  );
}

/** "Take it with you": the plan on paper, to print or save as PDF, and its dates for a calendar. */
export function PrintPlan({ plan, brand, now }: Props) {
  const { t, pick, lang } = useI18n();
  const steps = computeChecklist(brand, plan.card, plan.goal);
  const { dated, undated } = schedule(steps, plan, now);
  const expiry = plan.goal === 'mnp' ? mnpExpiry(steps, plan, now) : undefined;
  const documents = documentSteps(steps);
  const title = `${pick(brand.name)} · ${t(`goal.${plan.goal}`)}`;
  const exportIcs = () =>
    download(
      `kaiyaku-guard-${plan.brand}-${plan.goal}.ics`,
      toIcs(planEvents(plan, brand, lang), { name: title, now: Date.now() }),
      'text/calendar;charset=utf-8',
    );

  return (
    <main class="print-plan">
      <header>
        <h1>{t('print.title')}</h1>
        <p class="plan-name">
          {title} · {t(`card.${plan.card}`)}
        </p>
        {plan.targetDate && (
          <p class="target">
            {t('dates.target')}: <strong>{formatDay(plan.targetDate, lang)}</strong>
          </p>
        )}
        {expiry && <MnpExpiryNotice expiry={expiry} />}
        <div class="actions">
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
          <button type="button" onClick={exportIcs} disabled={dated.length === 0}>
            {t('print.ics')}
          </button>
        </div>
      </header>
      <ShopCard plan={plan} />
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('print.steps')}</h2>
        <table class="plan-steps">
          <thead>
            <tr>
              <th scope="col">{t('print.date')}</th>
              <th scope="col">{t('print.step')}</th>
            </tr>
          </thead>
          <tbody>
            {dated.map(({ step, next, status }) => (
              <tr key={step.id} data-step={step.id} data-due={status} data-due-date={next.by}>
                <td>
                  {status === 'later' ? '' : `${t(`status.${status}`)} · `}
                  {dueText(next, lang)}
                </td>
                <td>{pick(step.title)}</td>
              </tr>
            ))}
            {undated.map((step) => (
              <tr key={step.id} data-step={step.id} data-due={plan.steps[step.id]?.done ? 'done' : undefined}>
                <td class="muted">{plan.steps[step.id]?.done ? t('status.done') : t('print.noDate')}</td>
                <td>{pick(step.title)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t('print.documents')}</h2>
        {documents.length === 0 ? (
          <p class="muted">{t('print.noDocuments')}</p>
        ) : (
          documents.map((step) => (
            <div key={step.id} class="document" data-step={step.id}>
              <h3>{pick(step.title)}</h3>
              <p>{pick(step.body)}</p>
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t('officialContacts')}</h2>
        <ContactList contacts={brand.contacts} />
      </section>
      <footer>{t('privacyLine')}</footer>
    </main>
  );
}
