import type { IdeasResults, IdeasView } from '../../../shared/activities/ideas/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import type { ActivityViewProps } from '../types.ts';
import { ideasConfigOf, ideasViewOf } from './config.ts';
import { ModerationQueue } from './ModerationQueue.tsx';
import { StaffBoard } from './StaffBoard.tsx';
import { useStaffS } from './staffStrings.ts';
import './ideas.css';

/**
 * The control room's panel: where the collection stands, the queue of held cards (and the hidden
 * ones), and the board to group on. Facilitators get the staff view: every card with its sector.
 */
export default function IdeasFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const staff = useStaffS();
  const config = ideasConfigOf(activity.config);
  const view = ideasViewOf(useActivityView<IdeasView>(activity.id));
  const results = useActivityResults<IdeasResults>(activity.id);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  const pending = view.pending ?? [];
  const hidden = view.hidden ?? [];
  return (
    <div className="stack ideas">
      <p>
        {status} {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}
      </p>
      <p className="ideas-summary">
        {staff('admin.summary', { shown: view.cards.length, people: results?.contributors ?? 0 })}
      </p>
      {(config.preModeration || pending.length > 0 || hidden.length > 0) && (
        <ModerationQueue activityId={activity.id} pending={pending} hidden={hidden} />
      )}
      <StaffBoard activityId={activity.id} view={view} results={results} />
    </div>
  );
}
