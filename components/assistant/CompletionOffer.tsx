/** On a completion page: one click ticks the checklist step the page confirms. */
import { useUi } from './ui-context';

export function CompletionOffer({ status }: { status: 'offer' | 'done' | 'failed' }) {
  const { strings, handlers } = useUi();
  return (
    <div>
      {status === 'offer' && <p>{strings['assistant.complete']}</p>}
      {status === 'offer' && (
        <button type="button" class="primary mark-done" onClick={(e) => handlers.markDone(e)}>
          {strings['assistant.markDone']}
        </button>
      )}
      <p role="status" data-status={status}>
        {status === 'done' && `✓ ${strings['assistant.markedDone']}`}
        {status === 'failed' && strings['assistant.markFailed']}
      </p>
    </div>
  );
}
