import type { ListView } from '../../../shared/activities/list/types.ts';
import { useActivityView } from '../../stores/workshopStore.ts';
import { useOpenTexts, useTextsDoc } from '../../views/useTexts.ts';
import type { ActivityViewProps } from '../types.ts';
import { AddPriorityForm } from './AddPriorityForm.tsx';
import { listPromptOf } from './config.ts';
import { PriorityAdmin } from './PriorityAdmin.tsx';
import { TextsNotices } from './TextsNotices.tsx';
import './list.css';

/**
 * The list in the control room: every item, hidden ones included, with the facilitator's tools.
 * Facilitators write in the texts even while the list is closed or locked for participants; a
 * hidden item's text is not in the shared document, so it comes with the staff view, read-only.
 */
export default function ListFacilitator({ workshopId, activity }: ActivityViewProps) {
  useOpenTexts(activity.id);
  const view = useActivityView<ListView>(activity.id);
  const { refused, fatal } = useTextsDoc(activity.id);
  const prompt = listPromptOf(activity.config);
  return (
    <div className="stack">
      {prompt && <p className="prompt">{prompt}</p>}
      <TextsNotices fatal={fatal} refused={refused} />
      <PriorityAdmin
        activityId={activity.id}
        items={view?.items ?? []}
        hiddenTexts={view?.hiddenTexts ?? {}}
      />
      <AddPriorityForm workshopId={workshopId} activityId={activity.id} idPrefix="admin-add" />
    </div>
  );
}
