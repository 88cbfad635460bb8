import { participantsMayEdit } from '../../../shared/domain/workshop.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { CollectPanel } from './CollectPanel.tsx';
import { ParticipantResults } from './ParticipantResults.tsx';
import { VotePanel } from './VotePanel.tsx';

/** One task per screen: the phase decides what fills it. */
export function ParticipantStage({ workshopId }: { workshopId: string }) {
  const t = useT();
  const state = useWorkshopStore((s) => s.state);
  const tally = useWorkshopStore((s) => s.tally);
  if (!state) return <p className="waiting">{t('live.wait')}</p>;
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
