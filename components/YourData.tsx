/**
 * "Your data": export everything to a JSON file, or replace everything with such a file after a confirmation.
 * The file is made and read here, on the device: a Blob URL to save, an <input type=file> to open; nothing
 * goes over the network. The background checks a file (utils/store/transfer.ts) before the user is asked to
 * confirm, and again before it replaces anything.
 */
import { useState } from 'preact/hooks';
import type { Message } from '../utils/messages';
import {
  type ExportFile,
  exportFileName,
  type ImportCheck,
  type ImportProblem,
  MAX_IMPORT_BYTES,
  serialiseExport,
} from '../utils/store/export-file';
import { useI18n } from './i18n';

interface Props {
  request(message: Message): Promise<unknown>;
  /** Called after an import replaced the data, so the popup can show it. */
  onImported(): void;
}

type Status = { kind: 'error' | 'done'; text: string } | null;

function save(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function YourData({ request, onImported }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ text: string; count: number } | null>(null);

  const problemText = (problem: ImportProblem): string => {
    switch (problem.code) {
      case 'too-large':
        return t('data.error.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
      case 'not-json':
        return t('data.error.notJson');
      case 'wrong-format':
        return t('data.error.wrongFormat');
      case 'newer-version':
        return t('data.error.newer');
      case 'damaged':
        return t('data.error.damaged', { detail: problem.detail });
    }
  };

  const exportAll = async () => {
    setPending(null);
    try {
      const file = (await request({ type: 'data/export' })) as ExportFile;
      const name = exportFileName(Date.now());
      save(name, serialiseExport(file));
      setStatus({ kind: 'done', text: t('data.exported', { file: name }) });
    } catch {
      setStatus({ kind: 'error', text: t('data.exportFailed') });
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new choice
    setPending(null);
    setStatus(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: problemText({ code: 'too-large' }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'error', text: t('data.error.failed') });
      return;
    }
    try {
      const check = (await request({ type: 'data/import', text, replace: false })) as ImportCheck;
      if (check.ok) setPending({ text, count: check.checklists });
      else setStatus({ kind: 'error', text: problemText(check.problem) });
    } catch {
      setStatus({ kind: 'error', text: t('data.error.failed') });
    }
  };

  const replace = async () => {
    if (!pending) return;
    setPending(null);
    try {
      await request({ type: 'data/import', text: pending.text, replace: true });
      setStatus({ kind: 'done', text: t('data.imported', { count: pending.count }) });
      onImported();
    } catch {
      setStatus({ kind: 'error', text: t('data.error.failed') });
    }
  };

  return (
    <details class="your-data">
      <summary>{t('data.title')}</summary>
      <p class="muted">{t('data.explain')}</p>
      <div class="form-actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('data.export')}
        </button>
        <label class="file-button">
          {t('data.import')}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(event) => void choose(event.currentTarget)}
          />
        </label>
      </div>
      {pending && (
        <p role="alert" class="confirm">
          {t('data.confirmImport', { count: pending.count })}{' '}
          <button type="button" class="danger" onClick={() => void replace()}>
            {t('data.replace')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </p>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={`data-status ${status.kind}`}>
          {status.text}
        </p>
      )}
    </details>
  );
}
