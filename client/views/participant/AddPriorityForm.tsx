import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { command } from '../../realtime/commands.ts';
import { useSaveStore } from '../../stores/saveStore.ts';

function draftKey(workshopId: string): string {
  return `samsyn.draft.${workshopId}`;
}

function readDraft(workshopId: string): string {
  try {
    return localStorage.getItem(draftKey(workshopId)) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(workshopId: string, text: string): void {
  try {
    if (text) localStorage.setItem(draftKey(workshopId), text);
    else localStorage.removeItem(draftKey(workshopId));
  } catch {
    // Storage blocked: the draft lives only in the input, which is the best we can do.
  }
}

/** The draft is kept in localStorage until the server acknowledges it: a reload loses nothing. */
export function AddPriorityForm({ workshopId, idPrefix = 'add' }: { workshopId: string; idPrefix?: string }) {
  const t = useT();
  const [text, setText] = useState(() => readDraft(workshopId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [added, setAdded] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = text.trim();
    if (!clean || busy) return;
    setBusy(true);
    setAdded(false);
    const save = useSaveStore.getState();
    save.begin();
    const ack = await command('priority:add', { text: clean });
    useSaveStore.getState().end(ack.ok ? null : ack.error.code);
    setBusy(false);
    if (ack.ok) {
      setText('');
      writeDraft(workshopId, '');
      setAdded(true);
    } else setError(ack.error.code);
  };

  const inputId = `${idPrefix}-priority`;
  return (
    <form onSubmit={onSubmit} className="add-form">
      <div className="field">
        <label htmlFor={inputId}>{t('live.addLabel')}</label>
        <textarea
          id={inputId}
          rows={2}
          value={text}
          maxLength={LIMITS.priorityTextLength}
          onChange={(e) => {
            setText(e.target.value);
            writeDraft(workshopId, e.target.value);
            setError(null);
            setAdded(false);
          }}
        />
      </div>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : added ? t('live.added') : ''}
      </p>
      <button type="submit" className="button primary" disabled={busy || !text.trim()}>
        {t('live.add')}
      </button>
    </form>
  );
}
