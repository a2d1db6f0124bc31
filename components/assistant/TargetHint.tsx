/**
 * What to click next: the label as the site prints it, its translation, how sure the assistant is (a wording the
 * sources quote, or only what the words say), what the click does and any warning.
 */
import type { MenuStep } from '../../data/schema';
import type { Evidence } from '../../utils/assistant/score';
import { useUi } from './ui-context';

export function TargetHint({ step, evidence, label }: { step: MenuStep; evidence: Evidence; label: string }) {
  const { lang, strings, pick } = useUi();
  // Found by its wording: quote the sourced label. Found by intent: quote what the page itself says.
  const sourced = evidence === 'wording' && step.label;
  return (
    <div data-step={step.id} data-evidence={evidence}>
      <p>
        {strings['assistant.next']}
        {!sourced && ` (${strings['assistant.probably']})`}
      </p>
      <p class="label" lang="ja">
        「{sourced ? step.label?.ja : label}」
      </p>
      {sourced && lang !== 'ja' && step.label && <p class="translation">{pick(step.label)}</p>}
      <p
        class={sourced ? 'evidence' : 'evidence uncertain'}
        data-confidence={sourced ? step.confidence : 'low'}
      >
        {sourced ? strings['assistant.byWording'] : strings['assistant.byIntent']}
        {sourced && step.confidence === 'low' && ` ${strings['assistant.uncertainLabel']}`}
      </p>
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
