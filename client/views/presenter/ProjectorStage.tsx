import { Suspense } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { staffViewsOf } from '../../activities/staffViews.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  workshopId: string;
  /** The live activity; null while nothing is live. */
  activity: ActivitySummary | null;
}

/**
 * The live activity's projector view, in the frame every type shares: the whole stage below the
 * bar, never clipped (see projector.css). A type with more rows than fit pages them (with a pause,
 * WCAG 2.2.2) or scales them; the frame never hides what a type draws.
 */
export function ProjectorStage({ workshopId, activity }: Props) {
  const t = useT();
  const entry = activity && staffViewsOf(activity.type);
  if (!activity || !entry) {
    return (
      <p className="projector-phase" role="status">
        {activity ? t('activity.unknown') : t('live.wait')}
      </p>
    );
  }
  const { Projector } = entry;
  return (
    <Suspense fallback={<p className="projector-phase">{t('common.loading')}</p>}>
      <Projector key={activity.id} workshopId={workshopId} activity={activity} />
    </Suspense>
  );
}
