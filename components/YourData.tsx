/**
 * "Your data": export everything to a JSON file, or replace everything with such a file after a confirmation;
 * and the values kept aside, each to download, restore or forget.
 * Files are made and read here, on the device: a Blob URL to save, an <input type=file> to open; nothing
 * goes over the network. The background checks a file (utils/store/transfer.ts) before the user is asked to
 * confirm, and again before it replaces anything; it also decides what can be restored, and restores it
 * (utils/store/quarantine.ts).
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
  setAsideFileName,
} from '../utils/store/export-file';
import type { QuarantineItem } from '../utils/store/quarantine';
import { useI18n } from './i18n';

interface Props {
  /** Asks the background something without changing what the popup shows (export, file checks, downloads). */
  request(message: Message): Promise<unknown>;
  /** Sends a change and shows the state it answers with; resolves with whether the change was stored. */
  dispatch(message: Message): Promise<boolean>;
  /** Called after an import replaced the data, so the popup can show it. */
  onImported(): void;
  keptAside: QuarantineItem[];
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

export function YourData({ request, dispatch, onImported, keptAside }: Props) {
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
      {keptAside.length > 0 && <KeptAside items={keptAside} request={request} dispatch={dispatch} />}
    </details>
  );
}

/** What the user is asked to confirm: restoring or forgetting one entry. */
type Confirming = { id: string; action: 'restore' | 'forget' } | null;

function KeptAside({
  items,
  request,
  dispatch,
}: Pick<Props, 'request' | 'dispatch'> & { items: QuarantineItem[] }) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [failed, setFailed] = useState(false);

  const download = async (item: QuarantineItem) => {
    try {
      save(
        setAsideFileName(item.key, item.at),
        (await request({ type: 'quarantine/raw', id: item.id })) as string,
      );
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const confirm = async () => {
    if (!confirming) return;
    setConfirming(null);
    const type = confirming.action === 'restore' ? 'quarantine/restore' : 'quarantine/forget';
    setFailed(!(await dispatch({ type, id: confirming.id })));
  };
  const question = (item: QuarantineItem): string =>
    confirming?.action === 'forget'
      ? t('aside.confirmForget')
      : item.restores === 'settings'
        ? t('aside.confirmSettings')
        : t('aside.confirmPlans', { count: item.restores?.checklists ?? 0 });

  return (
    <section class="kept-aside" aria-labelledby="kept-aside-title">
      <h3 id="kept-aside-title">{t('aside.title')}</h3>
      <p class="muted">{t('aside.explain')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-key={item.key} data-cause={item.cause}>
            <strong>
              {t(
                item.key === 'plans' || item.key === 'settings' ? `aside.key.${item.key}` : 'aside.key.other',
              )}
            </strong>
            {' · '}
            <time dateTime={new Date(item.at).toISOString()}>{new Date(item.at).toLocaleString(lang)}</time>
            <p>{t(`aside.cause.${item.cause}`)}</p>
            <p class="muted reason">{item.reason}</p>
            {confirming?.id === item.id ? (
              <p role="alert" class="confirm">
                {question(item)}{' '}
                <button
                  type="button"
                  class={confirming.action === 'forget' ? 'danger' : ''}
                  onClick={() => void confirm()}
                >
                  {t(confirming.action === 'forget' ? 'aside.forget' : 'aside.restore')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('cancel')}
                </button>
              </p>
            ) : (
              <div class="form-actions">
                <button type="button" onClick={() => void download(item)}>
                  {t('aside.download')}
                </button>
                {item.restores && (
                  <button type="button" onClick={() => setConfirming({ id: item.id, action: 'restore' })}>
                    {t('aside.restore')}
                  </button>
                )}
                <button type="button" onClick={() => setConfirming({ id: item.id, action: 'forget' })}>
                  {t('aside.forget')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" class="data-status error">
          {t('aside.failed')}
        </p>
      )}
    </section>
  );
}
