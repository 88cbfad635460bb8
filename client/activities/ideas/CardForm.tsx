import { type FormEvent, useId, useState } from 'react';
import { IDEAS_LIMITS, type MyCard } from '../../../shared/activities/ideas/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { newClientId } from '../../components/textItems.ts';
import { errorKey, plural, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useS } from './strings.ts';

interface Draft {
  /** The post's own id: kept until the server has the card, so a retry never posts twice. */
  id: string;
  text: string;
}

const keyOf = (workshopId: string, activityId: string) => `samsyn.idea.${workshopId}.${activityId}`;

function readDraft(key: string): Draft {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (typeof stored === 'object' && stored !== null && 'id' in stored && 'text' in stored) {
      const { id, text } = stored;
      if (typeof id === 'string' && typeof text === 'string') return { id, text };
    }
  } catch {
    // Unreadable or blocked storage: start afresh.
  }
  return { id: newClientId(), text: '' };
}

function writeDraft(key: string, draft: Draft): void {
  try {
    if (draft.text) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: the draft lives only in the field.
  }
}

interface Props {
  workshopId: string;
  activityId: string;
  /** Cards the participant may still send. */
  left: number;
  onPosted: (card: MyCard) => void;
}

/** The card field: a draft kept through reloads until the server has the card. */
export function CardForm({ workshopId, activityId, left, onPosted }: Props) {
  const t = useT();
  const s = useS();
  const id = useId();
  const key = keyOf(workshopId, activityId);
  const [draft, setDraft] = useState(() => readDraft(key));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [sent, setSent] = useState<MyCard | null>(null);
  const full = left <= 0;
  const clean = draft.text.trim();

  const edit = (text: string) => {
    const next = { ...draft, text };
    setDraft(next);
    writeDraft(key, next);
    setError(null);
    setSent(null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!clean || busy || full) return;
    setBusy(true);
    setError(null);
    const ack = await tracked('activity:command', {
      activityId,
      name: 'post',
      payload: { id: draft.id, text: clean },
    });
    setBusy(false);
    if (!ack.ok) {
      setError(ack.error.code);
      return;
    }
    const card = (ack.data as { card: MyCard }).card;
    onPosted(card);
    setSent(card);
    const next = { id: newClientId(), text: '' };
    setDraft(next);
    writeDraft(key, next);
  };

  const feedback = error
    ? t(errorKey(error))
    : sent
      ? sent.status === 'pending'
        ? s('sentHeld')
        : s('sent')
      : '';
  const fieldId = `${id}-card`;
  return (
    <form onSubmit={onSubmit} className="ideas-form">
      <div className="field">
        <label htmlFor={fieldId}>{s('field')}</label>
        <textarea
          id={fieldId}
          rows={3}
          value={draft.text}
          maxLength={IDEAS_LIMITS.cardLength}
          aria-describedby={`${id}-count ${id}-left`}
          onChange={(e) => edit(e.target.value)}
        />
        <p className="hint ideas-counter" id={`${id}-count`}>
          {s('counter', { n: draft.text.length, max: IDEAS_LIMITS.cardLength })}
        </p>
      </div>
      <p className="hint" id={`${id}-left`}>
        {full ? s('noneLeft') : plural(s, left, 'leftOne', 'left')}
      </p>
      <button
        type="submit"
        className="button primary big"
        aria-disabled={busy || full || !clean || undefined}
      >
        {busy ? s('sending') : s('send')}
      </button>
      <p className="form-feedback" role="status">
        {feedback}
      </p>
    </form>
  );
}
