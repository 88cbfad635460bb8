import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { command } from '../../realtime/commands.ts';
import { useSaveStore } from '../../stores/saveStore.ts';
import { useS } from './strings.ts';

/** One draft per list: a phone that moves between two open lists keeps what it began in each. */
function draftKey(workshopId: string, activityId: string): string {
  return `samsyn.draft.${workshopId}.${activityId}`;
}

function readDraft(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(key: string, text: string): void {
  try {
    if (text) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: the draft lives only in the input, which is the best we can do.
  }
}

interface Props {
  workshopId: string;
  activityId: string;
  idPrefix?: string;
}

/** The draft is kept in localStorage until the server acknowledges it: a reload loses nothing. */
export function AddPriorityForm({ workshopId, activityId, idPrefix = 'add' }: Props) {
  const t = useT();
  const s = useS();
  const key = draftKey(workshopId, activityId);
  const [text, setText] = useState(() => readDraft(key));
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
    const ack = await command('activity:command', { activityId, name: 'add', payload: { text: clean } });
    useSaveStore.getState().end(ack.ok ? null : ack.error.code);
    setBusy(false);
    if (ack.ok) {
      setText('');
      writeDraft(key, '');
      setAdded(true);
    } else setError(ack.error.code);
  };

  const inputId = `${idPrefix}-priority`;
  return (
    <form onSubmit={onSubmit} className="add-form">
      <div className="field">
        <label htmlFor={inputId}>{s('addLabel')}</label>
        <textarea
          id={inputId}
          rows={2}
          value={text}
          maxLength={LIMITS.priorityTextLength}
          onChange={(e) => {
            setText(e.target.value);
            writeDraft(key, e.target.value);
            setError(null);
            setAdded(false);
          }}
        />
      </div>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : added ? s('added') : ''}
      </p>
      {/* aria-disabled, not disabled: focus stays on the button while it is busy (WCAG 2.4.3). */}
      <button
        type="submit"
        className="button primary"
        aria-disabled={busy || !text.trim() ? true : undefined}
      >
        {s('add')}
      </button>
    </form>
  );
}
