import { allowedActions } from '../../../shared/domain/control.ts';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { Shortcuts } from './Shortcuts.tsx';
import { useOpenVote } from './useOpenVote.ts';
import { useShortcuts } from './useShortcuts.ts';
import { VoteRulesForm } from './VoteRulesForm.tsx';

/**
 * The facilitator's commands. Which ones show is `allowedActions`, the list the server's state
 * machine checks too, so every button here is one the server accepts in this phase.
 */
export function PhaseControls({ state }: { state: WorkshopState }) {
  const t = useT();
  const holdsDots = useWorkshopStore((s) => (s.tally?.totalDots ?? 0) > 0);
  const open = useOpenVote(state.vote, holdsDots);
  const allowed = new Set(allowedActions(state));

  const closeVote = () => void tracked('vote:close', {});
  const toggleReveal = () => void tracked('vote:reveal', { revealed: !state.revealed });
  const toggleLock = () => void tracked('workshop:lock', { locked: !state.locked });
  const collect = () => void tracked('workshop:collect', {});

  useShortcuts({
    v: () => (allowed.has('closeVote') ? closeVote() : allowed.has('openVote') && open.start()),
    r: () => allowed.has('reveal') && toggleReveal(),
    l: () => allowed.has('lock') && toggleLock(),
  });

  const phaseLabel =
    state.phase === 'collect'
      ? t('room.phaseCollect')
      : state.phase === 'voting'
        ? t('room.phaseVoting')
        : t('room.phaseClosed');
  const revealButton = (
    <button
      type="button"
      className={`button${state.phase === 'closed' ? ' primary' : ''}`}
      onClick={toggleReveal}
    >
      {state.revealed ? t('room.hideResults') : t('room.reveal')}
    </button>
  );
  return (
    <section aria-labelledby="phase-heading" className="panel stack">
      <h3 id="phase-heading">
        {t('room.phase')}: {phaseLabel}
      </h3>
      {state.locked && <p className="tag">{t('room.lockedNote')}</p>}
      {allowed.has('closeVote') && (
        <button type="button" className="button primary" onClick={closeVote}>
          {t('room.closeVote')}
        </button>
      )}
      {state.phase === 'closed' && allowed.has('reveal') && revealButton}
      {allowed.has('openVote') && <VoteRulesForm current={state.vote} open={open} />}
      <div className="button-row">
        {state.phase !== 'closed' && allowed.has('reveal') && revealButton}
        {allowed.has('lock') && (
          <button type="button" className="button" onClick={toggleLock}>
            {state.locked ? t('room.unlock') : t('room.lock')}
          </button>
        )}
        {allowed.has('collect') && (
          <button type="button" className="button" onClick={collect}>
            {t('room.collect')}
          </button>
        )}
      </div>
      <Shortcuts />
    </section>
  );
}
