import type { FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useStaffS } from './staffStrings.ts';
import type { VoteRules } from './useVoteRules.ts';

interface Props {
  rules: VoteRules;
  /** The agenda's lists, with the names screens show. */
  lists: { id: string; label: string }[];
}

/** The list voted on and the rules of the round; changing them while dots are held asks first. */
export function VoteRulesForm({ rules, lists }: Props) {
  const staff = useStaffS();
  const { current } = rules;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problem = rules.save();
    // Per field errors: the first invalid field takes focus (WCAG 3.3.1).
    if (problem) document.getElementById(`vote-${problem}`)?.focus();
  };
  const problem = (k: 'dots' | 'max') => {
    const p = rules.problems[k];
    return p ? staff(`setup.${p}`, { n: LIMITS.dotsPerParticipantMax }) : null;
  };
  return (
    <form onSubmit={onSubmit} className="vote-config">
      {current && (
        <p>
          {staff('setup.currentRules', { dots: current.dotsPerParticipant, max: current.maxPerPriority })}
        </p>
      )}
      {lists.length === 0 ? (
        <p className="warning-text">{staff('setup.noSource')}</p>
      ) : (
        <div className="field">
          <label htmlFor="vote-source">{staff('setup.source')}</label>
          <select id="vote-source" value={rules.source} onChange={(e) => rules.setSource(e.target.value)}>
            {!lists.some((l) => l.id === rules.source) && <option value="">–</option>}
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextField
        id="vote-dots"
        label={staff('setup.dotsPer')}
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.dotsPerParticipantMax}
        value={rules.dots}
        error={problem('dots')}
        onValue={rules.setDots}
      />
      <TextField
        id="vote-max"
        label={staff('setup.maxPer')}
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.dotsPerParticipantMax}
        value={rules.max}
        error={problem('max')}
        onValue={rules.setMax}
      />
      <SaveWithReset
        lock={rules.lock}
        changed={rules.changed}
        mustReset={rules.mustReset}
        canSave={Boolean(rules.source)}
        {...(current ? { onUndo: rules.keepRules } : {})}
        words={{
          save: staff('setup.save'),
          saved: staff('setup.saved'),
          undo: staff('setup.keepRules'),
          resetWarning: staff('setup.rulesReset'),
          resetConfirm: staff('setup.resetConfirm'),
        }}
      />
    </form>
  );
}
