import { type FormEvent, useEffect, useId, useState } from 'react';
import { QUESTION_LIMITS } from '../../../shared/activities/question/limits.ts';
import type { QuestionConfig, QuestionMode } from '../../../shared/activities/question/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { useLockedSave } from '../../views/useLockedSave.ts';
import type { SetupProps } from '../types.ts';
import { questionConfigOf } from './config.ts';
import { useStaffS } from './staffStrings.ts';
import './question.css';

interface Draft extends Omit<QuestionConfig, 'maxPerParticipant'> {
  /** As typed: an out-of-range number is said, never silently changed. */
  max: string;
}

const draftOf = (c: QuestionConfig): Draft => {
  const { maxPerParticipant, ...rest } = c;
  return { ...rest, max: String(maxPerParticipant) };
};

/**
 * The question, open question or Q&A, whether answers show live, pre-moderation and the limit per
 * participant. Posts never depend on these, so saving never clears them.
 */
export default function QuestionSetup({ activity }: SetupProps) {
  const staff = useStaffS();
  const id = useId();
  const current = questionConfigOf(activity.config);
  const storedKey = JSON.stringify(current);
  const lock = useLockedSave(activity.id, storedKey);
  const [draft, setDraft] = useState<Draft | null>(current && draftOf(current));
  const [showError, setShowError] = useState(false);
  // Follow the stored config when it changes (this facilitator or a colleague saved it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `storedKey` stands for `current`
  useEffect(() => {
    if (current) setDraft(draftOf(current));
  }, [storedKey]);
  if (!current || !draft) return null;

  const max = Number(draft.max);
  const maxOk = /^\d+$/.test(draft.max.trim()) && max >= 1 && max <= QUESTION_LIMITS.perParticipantMax;
  // In the config's own key order, so comparing with the stored one compares values only.
  const requested: QuestionConfig = {
    prompt: draft.prompt.trim(),
    mode: draft.mode,
    showLive: draft.showLive,
    preModeration: draft.preModeration,
    maxPerParticipant: max,
    sort: draft.sort,
  };
  const changed = JSON.stringify(requested) !== JSON.stringify(current) || !maxOk;
  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    lock.edited();
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!changed) return;
    if (!maxOk) {
      setShowError(true);
      // The first invalid field takes focus (WCAG 3.3.1).
      document.getElementById(`${id}-max`)?.focus();
      return;
    }
    setShowError(false);
    lock.save(requested, false, false);
  };
  const maxError = showError && !maxOk;
  return (
    <form onSubmit={onSubmit} className="stack question-setup" noValidate>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{staff('setup.prompt')}</label>
        <textarea
          id={`${id}-prompt`}
          rows={2}
          value={draft.prompt}
          maxLength={LIMITS.promptLength}
          aria-describedby={`${id}-prompt-hint`}
          onChange={(e) => edit({ prompt: e.target.value })}
        />
        <p id={`${id}-prompt-hint`} className="hint">
          {staff('setup.promptHint')}
        </p>
      </div>
      <fieldset className="stack">
        <legend>{staff('setup.mode')}</legend>
        {(['answers', 'qa'] as const).map((mode: QuestionMode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={draft.mode === mode}
              onChange={() => edit({ mode })}
            />{' '}
            {staff(`setup.${mode}`)}
          </label>
        ))}
      </fieldset>
      {draft.mode === 'answers' && (
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.showLive}
              aria-describedby={`${id}-live-hint`}
              onChange={(e) => edit({ showLive: e.target.checked })}
            />{' '}
            {staff('setup.showLive')}
          </label>
          <p id={`${id}-live-hint`} className="hint">
            {staff('setup.showLiveHint')}
          </p>
        </div>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={draft.preModeration}
          onChange={(e) => edit({ preModeration: e.target.checked })}
        />{' '}
        {staff('setup.preModeration')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-max`}>{staff('setup.max')}</label>
        <input
          id={`${id}-max`}
          type="number"
          inputMode="numeric"
          min={1}
          max={QUESTION_LIMITS.perParticipantMax}
          value={draft.max}
          aria-invalid={maxError || undefined}
          aria-describedby={maxError ? `${id}-max-error` : undefined}
          onChange={(e) => edit({ max: e.target.value })}
        />
        {maxError && (
          <p id={`${id}-max-error`} className="error">
            {staff('setup.maxError', { max: QUESTION_LIMITS.perParticipantMax })}
          </p>
        )}
      </div>
      <SaveWithReset
        lock={lock}
        changed={changed}
        mustReset={false}
        onUndo={() => {
          setDraft(draftOf(current));
          setShowError(false);
          lock.cancel();
        }}
        words={{
          save: staff('setup.save'),
          saved: staff('setup.saved'),
          undo: staff('setup.undo'),
          resetWarning: staff('setup.resetWarning'),
          resetConfirm: staff('setup.resetConfirm'),
        }}
      />
    </form>
  );
}
