import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { sameAnswerKey } from '../../../shared/activities/wordcloud/terms.ts';
import type { WordcloudMine } from '../../../shared/activities/wordcloud/types.ts';
import { errorKey, plural, useT } from '../../i18n/useT.ts';
import { useS } from './strings.ts';
import type { Answers } from './useAnswers.ts';

/** One draft per cloud, kept until the server holds it: a reload or a locked phone loses nothing. */
const draftKey = (activityId: string) => `samsyn.wordcloud.draft.${activityId}`;

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
    // Storage blocked: the draft lives only in the field.
  }
}

interface Props {
  activityId: string;
  maxLength: number;
  remaining: number;
  answers: Answers;
  /** Says what happened last (removed an answer), in the form's status line. */
  note: string;
  /** Focus goes to the field after an answer is removed. */
  fieldRef: RefObject<HTMLInputElement | null>;
}

const isAlready = (mine: WordcloudMine, text: string) =>
  mine.answers.some((a) => sameAnswerKey(a.text) === sameAnswerKey(text));

/**
 * The field and "Skicka", with how many answers are left. When none are left the form gives way
 * to a note, which takes focus if the form had it (focus never falls to the page).
 */
export function AnswerForm({ activityId, maxLength, remaining, answers, note, fieldRef }: Props) {
  const t = useT();
  const s = useS();
  const key = draftKey(activityId);
  const [text, setText] = useState(() => readDraft(key));
  const [status, setStatus] = useState<'idle' | 'sent' | 'already'>('idle');
  const formRef = useRef<HTMLFormElement>(null);
  const fullRef = useRef<HTMLParagraphElement>(null);
  const hadFocus = useRef(false);
  const full = remaining === 0;

  useEffect(() => {
    if (full && hadFocus.current) fullRef.current?.focus();
  }, [full]);
  // A new note (an answer removed) is the latest news: it replaces "Skickat ✓".
  useEffect(() => {
    if (note) setStatus('idle');
  }, [note]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = text.trim();
    if (!clean || answers.busy) return;
    if (isAlready(answers.mine, clean)) {
      setStatus('already');
      return;
    }
    hadFocus.current = formRef.current?.contains(document.activeElement) ?? false;
    if (await answers.send(clean)) {
      setText('');
      writeDraft(key, '');
      setStatus('sent');
    }
  };

  const feedback = answers.error
    ? t(errorKey(answers.error))
    : answers.busy
      ? s('sending')
      : status === 'sent'
        ? s('sent')
        : status === 'already'
          ? s('already')
          : note;
  const left = full ? s('full') : plural(s, remaining, 'remainingOne', 'remaining');
  const hintId = `wordcloud-hint-${activityId}`;
  return (
    <div className="stack">
      {full ? (
        <p ref={fullRef} tabIndex={-1} className="wordcloud-left">
          {left}
        </p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} className="add-form wordcloud-form">
          <label htmlFor={`wordcloud-field-${activityId}`}>{s('fieldLabel')}</label>
          <div className="wordcloud-send">
            <input
              ref={fieldRef}
              id={`wordcloud-field-${activityId}`}
              value={text}
              maxLength={maxLength}
              autoComplete="off"
              enterKeyHint="send"
              aria-describedby={hintId}
              onChange={(e) => {
                setText(e.target.value);
                writeDraft(key, e.target.value);
                setStatus('idle');
              }}
            />
            <button
              type="submit"
              className="button primary"
              aria-disabled={answers.busy || !text.trim() || undefined}
            >
              {s('send')}
            </button>
          </div>
          <p id={hintId} className="hint">
            {s('fieldHint', { n: maxLength })} <strong className="wordcloud-left">{left}</strong>
          </p>
        </form>
      )}
      <p
        className={answers.error ? 'error' : status === 'sent' ? 'status-saved' : 'form-feedback'}
        role="status"
      >
        {feedback}
      </p>
    </div>
  );
}
