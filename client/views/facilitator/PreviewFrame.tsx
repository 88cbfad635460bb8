import { Suspense, useEffect, useRef } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { activityLabel, activityOf } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { useRoomS } from './roomStrings.ts';

interface Props {
  workshopId: string;
  activity: ActivitySummary;
  onClose: () => void;
}

/**
 * What participants see of an activity, in a phone-sized frame: the type's own Participant view
 * with the state the control room already has. The frame is `inert`, so nothing in it can be
 * clicked, typed in or focused: the preview can never add an item, an answer or a participant
 * (and the server refuses `activity:respond` from staff anyway). It joins nothing, so nobody is
 * counted. A draft is shown as it will look once it is opened.
 */
export function PreviewFrame({ workshopId, activity, onClose }: Props) {
  const t = useT();
  const r = useRoomS();
  const heading = useRef<HTMLHeadingElement>(null);
  const label = activityLabel(t, activity);
  const Participant = activityOf(activity.type)?.Participant;
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="preview panel" aria-labelledby="preview-heading">
      <div className="preview-head">
        <h3 id="preview-heading" ref={heading} tabIndex={-1}>
          {r('preview.heading', { label })}
        </h3>
        <button type="button" className="button small" onClick={onClose}>
          {r('preview.close')}
        </button>
      </div>
      <p className="hint">{r('preview.note')}</p>
      <div className="preview-phone" inert data-testid="preview-phone">
        <div className="preview-screen">
          {Participant ? (
            <PartBoundary resetKey={activity.id}>
              <Suspense fallback={<p>{t('common.loading')}</p>}>
                <Participant
                  workshopId={workshopId}
                  activity={activity.status === 'draft' ? { ...activity, status: 'open' } : activity}
                />
              </Suspense>
            </PartBoundary>
          ) : (
            <p>{t('activity.unknown')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
