import { Suspense } from 'react';
import type { ActivitySummary, WorkshopState } from '../../../shared/domain/workshop.ts';
import { activityLabel, labelOfType } from '../../activities/index.ts';
import { staffViewsOf } from '../../activities/staffViews.ts';
import { useT } from '../../i18n/useT.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { AgendaTools } from './AgendaTools.tsx';
import { TitleForm } from './TitleForm.tsx';

interface Props {
  activity: ActivitySummary;
  state: WorkshopState;
  onSelect: (activityId: string) => void;
  onDeleted: () => void;
}

/**
 * Preparing the selected activity: its title, its type's settings, its place in the agenda.
 * The controls of the live moment sit with the activity itself (ActivityControls). Mount one per
 * activity (key).
 */
export function ActivityPanel({ activity, state, onSelect, onDeleted }: Props) {
  const t = useT();
  const label = activityLabel(t, activity);
  const typeLabel = labelOfType(t, activity.type);
  const index = state.agenda.findIndex((a) => a.id === activity.id);
  const Setup = staffViewsOf(activity.type)?.Setup;
  return (
    <section aria-labelledby="edit-heading" className="panel stack">
      <h3 id="edit-heading">{t('activityEdit.heading')}</h3>
      <TitleForm activity={activity} typeLabel={typeLabel} />
      {Setup && <h4>{t('activityEdit.setup')}</h4>}
      {Setup && (
        <PartBoundary>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Setup activity={activity} agenda={state.agenda} />
          </Suspense>
        </PartBoundary>
      )}
      <AgendaTools
        activity={activity}
        label={label}
        index={index}
        count={state.agenda.length}
        onSelect={onSelect}
        onDeleted={onDeleted}
      />
    </section>
  );
}
