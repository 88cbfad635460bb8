import { type FormEvent, useId } from 'react';
import './poll.css';
import type { PollResults } from '../../../shared/activities/poll/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { useActivityResults } from '../../stores/workshopStore.ts';
import type { SetupProps } from '../types.ts';
import { pollConfigOf } from './config.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import { useStaffS } from './staffStrings.ts';
import { usePollForm } from './usePollForm.ts';

const DEFAULT = { question: '', options: [], multiple: false, maxChoices: 3, allowOther: false };

/** The question, its options and rules. Opening the poll is the generic `open` control. */
export default function PollSetup({ activity }: SetupProps) {
  const staff = useStaffS();
  const id = useId();
  const stored = pollConfigOf(activity.config) ?? DEFAULT;
  const holdsAnswers = (useActivityResults<PollResults>(activity.id)?.respondents ?? 0) > 0;
  const f = usePollForm(activity.id, stored, holdsAnswers);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!f.changed || f.save()) return;
    // Per field errors: the first invalid field takes focus (WCAG 3.3.1).
    e.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  const maxError = `${id}-max-error`;
  return (
    <form onSubmit={onSubmit} className="stack poll-setup" noValidate>
      <div className="field">
        <label htmlFor={`${id}-q`}>{staff('setup.question')}</label>
        <textarea
          id={`${id}-q`}
          rows={2}
          value={f.question}
          maxLength={LIMITS.promptLength}
          aria-describedby={`${id}-q-hint`}
          onChange={(e) => f.setQuestion(e.target.value)}
        />
        <p id={`${id}-q-hint`} className="hint">
          {staff('setup.questionHint')}
        </p>
      </div>
      <OptionsEditor form={f} idPrefix={id} />
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={f.multiple} onChange={(e) => f.setMultiple(e.target.checked)} />{' '}
          {staff('setup.multiple')}
        </label>
      </div>
      {f.multiple && (
        <div className="field">
          <label htmlFor={`${id}-max`}>{staff('setup.maxChoices')}</label>
          <input
            id={`${id}-max`}
            type="number"
            inputMode="numeric"
            min={1}
            max={f.maxLimit}
            value={f.maxChoices}
            aria-invalid={!f.maxOk}
            aria-describedby={f.maxOk ? `${id}-max-hint` : `${maxError} ${id}-max-hint`}
            onChange={(e) => f.setMaxChoices(e.target.value)}
          />
          {!f.maxOk && (
            <p id={maxError} className="error">
              {staff('setup.maxOut', { n: f.maxLimit })}
            </p>
          )}
          <p id={`${id}-max-hint`} className="hint">
            {staff('setup.maxHint', { n: f.maxLimit })}
          </p>
        </div>
      )}
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={f.allowOther} onChange={(e) => f.setAllowOther(e.target.checked)} />{' '}
          {staff('setup.allowOther')}
        </label>
      </div>
      <SaveWithReset
        lock={f.lock}
        changed={f.changed}
        mustReset={f.mustReset}
        onUndo={f.undo}
        words={{
          save: staff('setup.save'),
          saved: staff('setup.saved'),
          undo: staff('setup.undo'),
          resetWarning: staff('setup.answersReset'),
          resetConfirm: staff('setup.resetConfirm'),
        }}
      />
    </form>
  );
}
