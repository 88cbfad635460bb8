import { lazy, Suspense } from 'react';
import { participantsMayEdit } from '../../../shared/domain/workshop.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { CollectPanel } from './CollectPanel.tsx';

// Collecting comes first and ships with the live view; voting and results are chunks of their
// own, fetched when shown: a phone downloads them only once voting starts or results are revealed.
const VotePanel = lazy(() => import('./VotePanel.tsx').then((m) => ({ default: m.VotePanel })));
const ParticipantResults = lazy(() =>
  import('./ParticipantResults.tsx').then((m) => ({ default: m.ParticipantResults })),
);

/** One task per screen: the phase decides what fills it. */
export function ParticipantStage({ workshopId }: { workshopId: string }) {
  const t = useT();
  const state = useWorkshopStore((s) => s.state);
  const tally = useWorkshopStore((s) => s.tally);
  if (!state) return <p className="waiting">{t('live.wait')}</p>;
  return <Suspense fallback={<p className="waiting">{t('common.loading')}</p>}>{screen()}</Suspense>;

  function screen() {
    if (!state) return null;
    if (state.revealed && tally && state.phase !== 'voting') return <ParticipantResults tally={tally} />;
    switch (state.phase) {
      case 'collect':
        return <CollectPanel workshopId={workshopId} editable={participantsMayEdit(state)} />;
      case 'voting':
        return <VotePanel />;
      case 'closed':
        return <p className="waiting big-notice">{t('vote.closed')}</p>;
    }
  }
}
