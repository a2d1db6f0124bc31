/** Sourced remarks for a page where there is nothing to point at (e.g. Y!mobile's cancellation site). */
import type { PageNote } from '../../data/schema';
import { useUi } from './ui-context';

export function PageNotes({ notes }: { notes: PageNote[] }) {
  const { strings, pick } = useUi();
  return (
    <div>
      <p>
        <strong>{strings['assistant.notes']}</strong>
      </p>
      <ul>
        {notes.map((note) => (
          <li key={note.text.en} data-confidence={note.confidence}>
            {pick(note.text)}
            {note.confidence === 'low' && <span class="uncertain"> ({strings.uncertain})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
