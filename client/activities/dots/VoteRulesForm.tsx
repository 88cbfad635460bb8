import type { FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useStaffS } from './staffStrings.ts';
import type { VoteRules } from './useVoteRules.ts';

interface Props {
  rules: VoteRules;
  /** The agenda's lists, with the names screens show. */
  lists: { id: string; label: string }[];
}

/** The list voted on and the rules of the round; changing them while dots are held asks first. */
export function VoteRulesForm({ rules, lists }: Props) {
  const t = useT();
  const staff = useStaffS();
  const { current } = rules;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    rules.save();
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
        aria-invalid={rules.maxTooHigh}
        onValue={rules.setMax}
      />
      <p className="error" role="alert">
        {rules.maxTooHigh ? staff('setup.maxTooHigh') : ''}
      </p>
      {rules.mustReset && !rules.confirming && <p className="warning-text">{staff('setup.rulesReset')}</p>}
      {rules.confirming ? (
        <div className="confirm-step panel">
          <p className="warning-text" role="alert">
            {staff('setup.rulesReset')}
          </p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={rules.confirmReset}>
              {staff('setup.resetConfirm')}
            </button>
            <button type="button" className="button" onClick={rules.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="submit"
            className="button"
            disabled={!rules.changed || rules.maxTooHigh || !rules.source}
          >
            {staff('setup.save')}
          </button>
          {rules.changed && current && (
            <button type="button" className="button" onClick={rules.keepRules}>
              {staff('setup.keepRules')}
            </button>
          )}
        </div>
      )}
      <p className="form-feedback" role="status">
        {rules.error ? t(errorKey(rules.error)) : rules.saved ? staff('setup.saved') : ''}
      </p>
    </form>
  );
}
