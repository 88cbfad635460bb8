import type { Tally, WorkshopState } from '../../../shared/domain/workshop.ts';
import { useT } from '../../i18n/useT.ts';
import { ResultsSection } from '../ResultsSection.tsx';

interface Props {
  state: WorkshopState;
  tally: Tally | null;
}

/** The projector has no scrolling, so results show the top rows only. */
const PROJECTOR_ROWS = 6;

export function ProjectorStage({ state, tally }: Props) {
  const t = useT();
  // Before results are revealed the server sends the projector counts only (no bars).
  if (state.revealed && tally) {
    return (
      <div className="projector-results">
        <ResultsSection
          heading={t('results.heading')}
          priorities={state.priorities}
          tally={tally}
          limit={PROJECTOR_ROWS}
          showVoters={false}
        />
      </div>
    );
  }
  const message =
    state.phase === 'voting'
      ? tally
        ? t('projector.votingCount', { n: tally.voters })
        : t('projector.voting')
      : state.phase === 'closed'
        ? t('projector.closed')
        : t('projector.collect');
  return (
    <p className="projector-phase" role="status">
      {message}
    </p>
  );
}
