import { useRef, useState } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { ActivityControls } from './ActivityControls.tsx';
import { PreviewFrame } from './PreviewFrame.tsx';
import { useRoomS } from './roomStrings.ts';

interface Props {
  workshopId: string;
  activity: ActivitySummary;
  isLive: boolean;
}

/**
 * The top of the selected activity: its name, where it stands (status, whether phones show it),
 * the controls of the live moment, and the preview of what participants see. Compact, so the
 * type's own view with its live results starts above the fold at 1280 × 800.
 */
export function ActivityHead({ workshopId, activity, isLive }: Props) {
  const t = useT();
  const r = useRoomS();
  const label = activityLabel(t, activity);
  const [previewing, setPreviewing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const closePreview = () => {
    setPreviewing(false);
    // The frame held focus on its heading; back to the button that opened it.
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div className="activity-head">
      <h2 id="activity-heading">{label}</h2>
      <p className="activity-state">
        {t('control.status', { status: t(`agenda.${activity.status}`) })}
        {activity.revealed && ` · ${t('agenda.revealedTag')}`}
        {activity.locked && ` · ${t('agenda.lockedTag')}`}.{' '}
        {isLive ? t('control.liveNote') : t('control.notLiveNote')}
      </p>
      <div className="activity-bar">
        <PartBoundary>
          <ActivityControls activity={activity} isLive={isLive} label={label} />
        </PartBoundary>
        {!previewing && (
          <button ref={opener} type="button" className="button small" onClick={() => setPreviewing(true)}>
            {r('preview.open')}
          </button>
        )}
      </div>
      {previewing && <PreviewFrame workshopId={workshopId} activity={activity} onClose={closePreview} />}
    </div>
  );
}
