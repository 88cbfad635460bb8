import { type FormEvent, useRef, useState } from 'react';
import { QUESTION_LIMITS } from '../../../shared/activities/question/limits.ts';
import type { QuestionMode } from '../../../shared/activities/question/types.ts';
import { errorKey, plural, useT } from '../../i18n/useT.ts';
import { useS } from './strings.ts';
import { usePosting } from './usePosting.ts';

interface Props {
  activityId: string;
  mode: QuestionMode;
  /** How many more this participant may send. */
  left: number;
}

/** One text field and "Skicka": what is typed is kept until it is sent, and the field is cleared then. */
export function PostForm({ activityId, mode, left }: Props) {
  const t = useT();
  const s = useS();
  const posting = usePosting(activityId);
  const [problem, setProblem] = useState<'empty' | 'tooLong' | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = `question-field-${activityId}`;
  const max = QUESTION_LIMITS.textLength;
  const length = posting.text.trim().length;
  const full = left <= 0;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (posting.busy || full) return;
    const found = length === 0 ? 'empty' : length > max ? 'tooLong' : null;
    setProblem(found);
    if (found) {
      fieldRef.current?.focus();
      return;
    }
    // The field keeps focus: the next answer is written where the last one was.
    await posting.send();
  };
  const feedback = posting.busy
    ? s('sending')
    : posting.error
      ? t(errorKey(posting.error))
      : posting.sent === 'pending'
        ? s('sentPending')
        : posting.sent
          ? s('sent')
          : '';
  const problemText = problem === 'empty' ? s('empty') : problem === 'tooLong' ? s('tooLong', { max }) : '';
  return (
    <form className="question-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="field">
        <label htmlFor={id}>{s(`${mode}.field`)}</label>
        <textarea
          ref={fieldRef}
          id={id}
          rows={3}
          value={posting.text}
          readOnly={full}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-count${problem ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            posting.setText(e.target.value);
            setProblem(null);
          }}
        />
        <div className="question-form-foot">
          <span id={`${id}-count`} className={`question-counter ${length > max ? 'over' : ''}`}>
            {s('counter', { n: length, max })}
          </span>
          <button type="submit" className="button primary" aria-disabled={posting.busy || full || undefined}>
            {s('send')}
          </button>
        </div>
        {problemText && (
          <p id={`${id}-error`} className="error">
            {problemText}
          </p>
        )}
      </div>
      <p className="form-feedback question-feedback" role="status">
        {feedback}
      </p>
      <p className="hint">{full ? s('full') : plural(s, left, 'leftOne', 'left')}</p>
    </form>
  );
}
