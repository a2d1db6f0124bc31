/**
 * Sourced remarks for a page where there is nothing to point at (e.g. Y!mobile's cancellation site) and, on a
 * recognised page, the way in words: the menu path, the carrier's own page and its phone channel, collapsed so
 * it does not cover the page.
 */
import type { PageNote } from '../../data/schema';
import { useUi } from './ui-context';

function Guide() {
  const { strings, guide } = useUi();
  if (!guide) return null;
  return (
    <details class="guide">
      <summary>{strings['assistant.guideSummary']}</summary>
      {guide.path.length > 0 && (
        <p>
          <strong>{strings['assistant.guidePath']}: </strong>
          <span lang="ja">{guide.path.join(' → ')}</span>
        </p>
      )}
      {guide.url && (
        <p>
          <a href={guide.url} target="_blank" rel="noopener noreferrer">
            {strings['assistant.guideLink']}
          </a>
        </p>
      )}
      {guide.phones.map((phone) => (
        <p key={phone.number}>
          <strong>{strings['assistant.guidePhone']}: </strong>
          {phone.name} <a href={`tel:${phone.number.replace(/-/g, '')}`}>{phone.number}</a>
          {phone.hours && ` (${phone.hours})`}
        </p>
      ))}
    </details>
  );
}

export function PageNotes({ notes, guide }: { notes: PageNote[]; guide: boolean }) {
  const { strings, pick } = useUi();
  return (
    <div>
      {notes.length > 0 && (
        <>
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
        </>
      )}
      {guide && <Guide />}
    </div>
  );
}
