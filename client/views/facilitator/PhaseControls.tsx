import { useState } from 'react';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { LIMITS, VOTE_DEFAULTS } from '../../../shared/limits.ts';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { Shortcuts } from './Shortcuts.tsx';
import { useShortcuts } from './useShortcuts.ts';

function clampDots(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(LIMITS.dotsPerParticipantMax, Math.max(1, n)) : fallback;
}

/** One primary action per phase: start voting → close voting → show results. */
export function PhaseControls({ state }: { state: WorkshopState }) {
  const t = useT();
  const [dots, setDots] = useState(String(VOTE_DEFAULTS.dotsPerParticipant));
  const [max, setMax] = useState(String(VOTE_DEFAULTS.maxPerPriority));

  const startVote = () =>
    void tracked('vote:open', {
      dotsPerParticipant: clampDots(dots, VOTE_DEFAULTS.dotsPerParticipant),
      maxPerPriority: clampDots(max, VOTE_DEFAULTS.maxPerPriority),
    });
  const closeVote = () => void tracked('vote:close', {});
  const toggleReveal = () => void tracked('vote:reveal', { revealed: !state.revealed });
  const toggleLock = () => void tracked('workshop:lock', { locked: !state.locked });
  const collect = () => void tracked('workshop:collect', {});

  useShortcuts({
    v: () => (state.phase === 'voting' ? closeVote() : startVote()),
    r: () => state.phase === 'closed' && toggleReveal(),
    l: toggleLock,
  });

  const phaseLabel =
    state.phase === 'collect'
      ? t('room.phaseCollect')
      : state.phase === 'voting'
        ? t('room.phaseVoting')
        : t('room.phaseClosed');
  return (
    <section aria-labelledby="phase-heading" className="panel stack">
      <h3 id="phase-heading">
        {t('room.phase')}: {phaseLabel}
      </h3>
      {state.locked && <p className="tag">{t('room.lockedNote')}</p>}
      {state.phase === 'collect' && (
        <div className="vote-config">
          <TextField
            id="vote-dots"
            label={t('room.dotsPer')}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.dotsPerParticipantMax}
            value={dots}
            onValue={setDots}
          />
          <TextField
            id="vote-max"
            label={t('room.maxPer')}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.dotsPerParticipantMax}
            value={max}
            onValue={setMax}
          />
          <button type="button" className="button primary" onClick={startVote}>
            {t('room.startVote')}
          </button>
        </div>
      )}
      {state.phase === 'voting' && (
        <button type="button" className="button primary" onClick={closeVote}>
          {t('room.closeVote')}
        </button>
      )}
      {state.phase === 'closed' && (
        <button type="button" className="button primary" onClick={toggleReveal}>
          {state.revealed ? t('room.hideResults') : t('room.reveal')}
        </button>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={toggleLock}>
          {state.locked ? t('room.unlock') : t('room.lock')}
        </button>
        {state.phase !== 'collect' && (
          <button type="button" className="button" onClick={collect}>
            {t('room.collect')}
          </button>
        )}
      </div>
      <Shortcuts />
    </section>
  );
}
