import { useEffect, useId, useRef, useState } from 'react';
import './timer.css';
import { activityOf } from '../activities/index.ts';
import { useT } from '../i18n/useT.ts';
import { useActivity } from '../stores/workshopStore.ts';
import { clockText, timerNotice } from './timerText.ts';
import { useTimerView } from './useTimerView.ts';

/**
 * An activity's timer (phones and the projector show the live activity's). The digits are
 * `role="timer"` without a live region (a reader announcing every second would drown everything
 * else); a separate status region says once that time is nearly up and once that it is up. The
 * warning shows as text and an icon, not by colour alone.
 */
export function TimerDisplay({ size, activityId }: { size: 'compact' | 'big'; activityId: string | null }) {
  const t = useT();
  const id = useId();
  const view = useTimerView(activityId);
  const activity = useActivity(activityId);
  const notice = timerNotice(view, activity, activity ? (activityOf(activity.type)?.caps ?? null) : null);
  const seconds = Math.ceil((view?.remainingMs ?? 0) / 1000);
  const latest = useRef(seconds);
  latest.current = seconds;
  const [said, setSaid] = useState('');

  // Only when the notice changes: the seconds in it are those left at that moment.
  useEffect(() => {
    setSaid(notice === null ? '' : t(`timer.${notice}`, { n: latest.current }));
  }, [notice, t]);

  const label =
    view?.status === 'ended'
      ? t('timer.ended')
      : view?.warning
        ? t('timer.soon')
        : view?.status === 'paused'
          ? t('timer.paused')
          : t('timer.label');
  return (
    <>
      {view && (
        <div className={`timer timer-${size}${view.warning ? ' is-warning' : ''} is-${view.status}`}>
          <span className="timer-label" id={id}>
            {(view.warning || view.status === 'ended') && (
              <span className="timer-icon" aria-hidden="true">
                ⚠
              </span>
            )}
            {label}
          </span>
          <span role="timer" aria-labelledby={id} className="timer-digits">
            {clockText(view.remainingMs)}
          </span>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </>
  );
}
