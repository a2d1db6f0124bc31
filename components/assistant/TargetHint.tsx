/** What to click next: the label as the site prints it, its translation, what it does and any warning. */
import type { MenuStep } from '../../data/schema';
import { useUi } from './ui-context';

export function TargetHint({ step }: { step: MenuStep }) {
  const { lang, strings, pick } = useUi();
  return (
    <div data-step={step.id}>
      <p>{strings['assistant.next']}</p>
      <p class="label" lang="ja">
        「{step.label.ja}」
      </p>
      {lang !== 'ja' && <p class="translation">{pick(step.label)}</p>}
      {step.confidence === 'low' && (
        <p class="uncertain" data-confidence="low">
          {strings['assistant.uncertainLabel']}
        </p>
      )}
      <p class="click">
        <strong>{strings['assistant.onClick']}: </strong>
        {pick(step.click)}
      </p>
      {step.warning && (
        <p class="warning" role="note">
          <strong>⚠ {strings['assistant.warning']}: </strong>
          {pick(step.warning)}
        </p>
      )}
    </div>
  );
}
