import { Suspense } from 'react';
import type { ActivitySummary, WorkshopState } from '../../../shared/domain/workshop.ts';
import { activityLabel, activityOf, labelOfType } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { ActivityControls } from './ActivityControls.tsx';
import { AgendaTools } from './AgendaTools.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { TimerControls } from './TimerControls.tsx';
import { TitleForm } from './TitleForm.tsx';

interface Props {
  activity: ActivitySummary;
  state: WorkshopState;
  onSelect: (activityId: string) => void;
  onDeleted: () => void;
}

/** The selected activity's controls, its timer, and its settings. Mount one per activity (key). */
export function ActivityPanel({ activity, state, onSelect, onDeleted }: Props) {
  const t = useT();
  const entry = activityOf(activity.type);
  const label = activityLabel(t, activity);
  const typeLabel = labelOfType(t, activity.type);
  const isLive = state.liveActivityId === activity.id;
  const index = state.agenda.findIndex((a) => a.id === activity.id);
  const Setup = entry?.Setup;
  return (
    <>
      <section aria-labelledby="control-heading" className="panel stack activity-panel">
        <h3 id="control-heading">{t('control.heading', { label })}</h3>
        <p className="activity-state">
          {t('control.status', { status: t(`agenda.${activity.status}`) })}.{' '}
          {isLive ? t('control.liveNote') : t('control.notLiveNote')}
        </p>
        <PartBoundary>
          <ActivityControls activity={activity} isLive={isLive} />
        </PartBoundary>
        <Shortcuts />
      </section>
      <PartBoundary>
        <TimerControls activityId={activity.id} />
      </PartBoundary>
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
    </>
  );
}
