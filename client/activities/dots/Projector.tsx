import type { DotsView, Tally } from '../../../shared/activities/dots/types.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import type { ActivityViewProps } from '../types.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultS } from './resultStrings.ts';
import { useStaffS } from './staffStrings.ts';
import { dotsConfigOf } from './voting.ts';

/**
 * Dot voting on the big screen: how many have voted while it is open (before the reveal the
 * server sends the projector totals only, no bars), the ranked results once revealed: every row,
 * paged by the stage when they do not fit, so the thirtieth priority is seen too.
 */
export default function DotsProjector({ activity }: ActivityViewProps) {
  const s = useResultS();
  const staff = useStaffS();
  const config = dotsConfigOf(activity.config);
  const revealed = activity.revealed;
  const view = useActivityView<DotsView>(activity.id);
  const tally = useActivityResults<Tally>(activity.id);
  if (revealed && tally && config) {
    return (
      <div className="projector-results">
        <ResultsSection heading={s('heading')} items={view?.items ?? []} tally={tally} showVoters={false} />
      </div>
    );
  }
  const message =
    activity.status === 'open'
      ? tally
        ? staff('projector.votingCount', { n: tally.voters })
        : staff('projector.voting')
      : activity.status === 'closed'
        ? staff('projector.closed')
        : staff('projector.notOpen');
  return (
    <p className="projector-phase" role="status">
      {message}
    </p>
  );
}
