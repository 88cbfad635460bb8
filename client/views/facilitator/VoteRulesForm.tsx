import type { VoteConfig } from '../../../shared/domain/workshop.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../i18n/useT.ts';
import type { OpenVote } from './useOpenVote.ts';

interface Props {
  /** The stored rules, when a vote has been opened before. */
  current: VoteConfig | null;
  open: OpenVote;
}

/** The rules of the next round and its start button; changing the rules of held dots needs a confirm. */
export function VoteRulesForm({ current, open }: Props) {
  const t = useT();
  return (
    <div className="vote-config">
      {current && (
        <p>{t('room.currentRules', { dots: current.dotsPerParticipant, max: current.maxPerPriority })}</p>
      )}
      <TextField
        id="vote-dots"
        label={t('room.dotsPer')}
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.dotsPerParticipantMax}
        value={open.dots}
        onValue={open.setDots}
      />
      <TextField
        id="vote-max"
        label={t('room.maxPer')}
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.dotsPerParticipantMax}
        value={open.max}
        onValue={open.setMax}
      />
      {open.mustReset && !open.confirming && <p className="warning-text">{t('room.rulesReset')}</p>}
      {open.confirming ? (
        <div className="confirm-step panel">
          <p className="warning-text" role="alert">
            {t('room.rulesReset')}
          </p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={open.confirmReset}>
              {t('room.resetConfirm')}
            </button>
            <button type="button" className="button" onClick={open.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button primary" onClick={open.start}>
            {current ? t('room.reopenVote') : t('room.startVote')}
          </button>
          {open.rulesChanged && (
            <button type="button" className="button" onClick={open.keepRules}>
              {t('room.keepRules')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
