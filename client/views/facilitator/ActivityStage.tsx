import { Suspense } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { staffViewsOf } from '../../activities/staffViews.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  workshopId: string;
  activity: ActivitySummary;
}

/** The selected activity as its type shows it to facilitators; the type's chunk loads on first use. */
export function ActivityStage({ workshopId, activity }: Props) {
  const t = useT();
  const View = staffViewsOf(activity.type)?.Facilitator;
  if (!View) return <p>{t('activity.unknown')}</p>;
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      <View workshopId={workshopId} activity={activity} />
    </Suspense>
  );
}
