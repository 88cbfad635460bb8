import { Suspense, useEffect, useRef, useState } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { activityOf } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { AlsoOpen } from './AlsoOpen.tsx';
import { usePhaseAnnouncer } from './usePhaseAnnouncer.ts';

/** A choice to look at another open activity, made while `live` was the live one. */
interface Choice {
  id: string;
  live: string | null;
}

/**
 * One task per screen: the live activity fills it. Other open activities can be answered at
 * one's own pace, so they are offered below; a new live activity takes the screen back. While
 * another is shown, a button leads back to the live one (so it is not offered twice below).
 */
export function ParticipantStage({ workshopId }: { workshopId: string }) {
  const t = useT();
  const state = useWorkshopStore((s) => s.state);
  const [choice, setChoice] = useState<Choice | null>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const liveId = state?.liveActivityId ?? null;
  const agenda = state?.agenda ?? [];
  const live = agenda.find((a) => a.id === liveId) ?? null;
  // A choice ends when the live activity changes (the room has moved on) or the chosen one closes.
  const chosen =
    choice && choice.live === liveId
      ? agenda.find((a) => a.id === choice.id && a.status === 'open')
      : undefined;
  const shown = chosen ?? live;
  const others = agenda.filter((a) => a.status === 'open' && a.id !== shown?.id && a.id !== liveId);
  const said = usePhaseAnnouncer(shown, stageRef);

  // The buttons that switched are gone after a switch: move focus to what is shown instead.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the shown activity changes
  useEffect(() => {
    if (moved.current) stageRef.current?.focus();
    moved.current = false;
  }, [shown?.id]);
  const show = (id: string | null) => {
    moved.current = true;
    setChoice(id === null ? null : { id, live: liveId });
  };

  if (!state) return <p className="waiting">{t('live.wait')}</p>;
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="phase-said">
        {said}
      </p>
      {chosen && live && (
        <button type="button" className="button back-to-live" onClick={() => show(null)}>
          <span aria-hidden="true">← </span>
          {t('activity.backToLive')}
        </button>
      )}
      <div ref={stageRef} tabIndex={-1} className="stage">
        {shown ? (
          <PartBoundary resetKey={shown.id}>
            <ActivityScreen workshopId={workshopId} activity={shown} />
          </PartBoundary>
        ) : (
          <p className="waiting">{t('live.wait')}</p>
        )}
      </div>
      {others.length > 0 && <AlsoOpen activities={others} onShow={show} />}
    </>
  );
}

function ActivityScreen({ workshopId, activity }: { workshopId: string; activity: ActivitySummary }) {
  const t = useT();
  const entry = activityOf(activity.type);
  if (!entry) return <p className="notice">{t('activity.unknown')}</p>;
  const { Participant } = entry;
  return (
    <Suspense fallback={<p className="waiting">{t('common.loading')}</p>}>
      {/* Keyed: another activity of the same type is a new screen, with its own drafts and state. */}
      <Participant key={activity.id} workshopId={workshopId} activity={activity} />
    </Suspense>
  );
}
