import { type FormEvent, useEffect, useId, useState } from 'react';
import { IDEAS_DEFAULTS, IDEAS_LIMITS, type IdeasConfig } from '../../../shared/activities/ideas/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { useLockedSave } from '../../views/useLockedSave.ts';
import type { SetupProps } from '../types.ts';
import { ideasConfigOf } from './config.ts';
import { useStaffS } from './staffStrings.ts';

const DEFAULT: IdeasConfig = { prompt: '', ...IDEAS_DEFAULTS };
const MAX = IDEAS_LIMITS.perParticipantMax;

/**
 * The question and the rules. None of them changes what a posted card means, so saving never
 * asks to clear cards; a lower limit only stops new cards.
 */
export default function IdeasSetup({ activity }: SetupProps) {
  const staff = useStaffS();
  const id = useId();
  const stored = ideasConfigOf(activity.config) ?? DEFAULT;
  const storedKey = JSON.stringify(stored);
  const lock = useLockedSave(activity.id, storedKey);
  const [prompt, setPrompt] = useState(stored.prompt);
  const [preModeration, setPreModeration] = useState(stored.preModeration);
  const [participantsGroup, setParticipantsGroup] = useState(stored.participantsGroup);
  const [max, setMax] = useState(String(stored.maxPerParticipant));
  const undo = () => {
    setPrompt(stored.prompt);
    setPreModeration(stored.preModeration);
    setParticipantsGroup(stored.participantsGroup);
    setMax(String(stored.maxPerParticipant));
    lock.cancel();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored config, compared by value
  useEffect(undo, [storedKey]);

  const maxN = Number(max);
  const maxOk = /^\d+$/.test(max.trim()) && maxN >= 1 && maxN <= MAX;
  const requested: IdeasConfig = {
    prompt: prompt.trim(),
    preModeration,
    participantsGroup,
    maxPerParticipant: maxOk ? maxN : stored.maxPerParticipant,
  };
  const changed = !maxOk || JSON.stringify(requested) !== storedKey;
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      lock.edited();
    };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!changed) return;
    if (!maxOk) {
      // Per field errors: the invalid field takes focus (WCAG 3.3.1).
      e.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    lock.save(requested, false, false);
  };
  const maxError = `${id}-max-error`;
  return (
    <form onSubmit={onSubmit} className="stack ideas-setup" noValidate>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{staff('setup.prompt')}</label>
        <textarea
          id={`${id}-prompt`}
          rows={2}
          value={prompt}
          maxLength={LIMITS.promptLength}
          aria-describedby={`${id}-prompt-hint`}
          onChange={(e) => edited(setPrompt)(e.target.value)}
        />
        <p id={`${id}-prompt-hint`} className="hint">
          {staff('setup.promptHint')}
        </p>
      </div>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={preModeration}
            onChange={(e) => edited(setPreModeration)(e.target.checked)}
          />{' '}
          {staff('setup.preModeration')}
        </label>
      </div>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={participantsGroup}
            aria-describedby={`${id}-group-hint`}
            onChange={(e) => edited(setParticipantsGroup)(e.target.checked)}
          />{' '}
          {staff('setup.participantsGroup')}
        </label>
        <p id={`${id}-group-hint`} className="hint">
          {staff('setup.participantsGroupHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-max`}>{staff('setup.max')}</label>
        <input
          id={`${id}-max`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX}
          value={max}
          aria-invalid={!maxOk || undefined}
          aria-describedby={maxOk ? undefined : maxError}
          onChange={(e) => edited(setMax)(e.target.value)}
        />
        {!maxOk && (
          <p id={maxError} className="error">
            {staff('setup.maxOut', { n: MAX })}
          </p>
        )}
      </div>
      <SaveWithReset
        lock={lock}
        changed={changed}
        mustReset={false}
        onUndo={undo}
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
