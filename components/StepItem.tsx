import { useRef, useState } from 'preact/hooks';
import type { Brand, Step } from '../data/schema';
import type { DatedStep } from '../utils/planner/planner';
import type { StepState } from '../utils/store/schema';
import { ContactList } from './Contacts';
import { FactMeta } from './FactMeta';
import { useI18n } from './i18n';
import { DueMarker } from './planner/DueMarker';

interface Props {
  step: Step;
  brand: Brand;
  state: StepState | undefined;
  /** The step's deadline when the plan has dates. */
  due?: DatedStep;
  /** Changes when the shown ticks were put back to what is stored after a change failed (see App). */
  corrections: number;
  onToggle(done: boolean): void;
  /** Resolves with whether the note was stored. */
  onNote(note: string): Promise<boolean>;
}

interface NoteEditorProps {
  stepId: string;
  note: string;
  onSave(note: string): Promise<boolean>;
}

function NoteEditor({ stepId, note, onSave }: NoteEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(note);
  // "Saved" only once the background has stored the note: a note whose message failed must not look saved, nor
  // one typed on after Save was pressed (what is stored is the text sent, not the text shown).
  const [saved, setSaved] = useState<boolean | null>(null);
  const shown = useRef(draft);
  shown.current = draft;
  const save = (text: string) =>
    void onSave(text).then((stored) => {
      if (shown.current === text) setSaved(stored);
    });
  const id = `note-${stepId}`;
  return (
    <details class="note" open={note !== ''}>
      <summary>{note ? t('note') : t('addNote')}</summary>
      <label for={id} class="visually-hidden">
        {t('note')}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={2000}
        value={draft}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          setSaved(null);
        }}
      />
      <button type="button" onClick={() => save(draft)}>
        {t('saveNote')}
      </button>
      <span role="status" class="saved">
        {saved === null ? '' : t(saved ? 'noteSaved' : 'noteNotSaved')}
      </span>
    </details>
  );
}

export function StepItem({ step, brand, state, due, corrections, onToggle, onNote }: Props) {
  const { t, pick } = useI18n();
  const checkboxId = `step-${step.id}`;
  const contacts = brand.contacts.filter((c) => step.contacts?.includes(c.id));
  return (
    <li class={`step${state?.done ? ' done' : ''}`} data-step={step.id}>
      <div class="step-head">
        <input
          key={corrections}
          id={checkboxId}
          type="checkbox"
          checked={state?.done ?? false}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <label for={checkboxId} class="step-title">
          {pick(step.title)}
        </label>
        {step.important && <span class="tag important">{t('important')}</span>}
      </div>
      {due && <DueMarker due={due} />}
      <p class="step-body">{pick(step.body)}</p>
      {step.links && (
        <ul class="links">
          {step.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {pick(link.label)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {contacts.length > 0 && <ContactList contacts={contacts} />}
      <FactMeta fact={step} />
      <NoteEditor stepId={step.id} note={state?.note ?? ''} onSave={onNote} />
    </li>
  );
}
