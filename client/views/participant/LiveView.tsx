import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ParticipantProfile } from '../../../shared/protocol/api.ts';
import { api } from '../../api/http.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityTimer } from '../../stores/timerStore.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { Header } from '../Header.tsx';
import { LiveStatus } from '../LiveStatus.tsx';
import { PartBoundary } from '../PartBoundary.tsx';
import { useLiveWorkshop } from '../useLiveWorkshop.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { useWorkshopEnded } from '../useWorkshopEnded.ts';
import { MyContributionsToggle } from './MyContributionsToggle.tsx';
import { ParticipantStage } from './ParticipantStage.tsx';

type Me = 'loading' | 'none' | ParticipantProfile;

// Fetched once a facilitator starts a timer, so the phone's first download does not grow with it.
const TimerDisplay = lazy(() => import('../TimerDisplay.tsx').then((m) => ({ default: m.TimerDisplay })));
// Only workshops with dates (an open dialogue) load the code that reads them.
const DialogueGate = lazy(() => import('./DialogueGate.tsx'));

export function LiveView({ workshopId }: { workshopId: string }) {
  const t = useT();
  const [me, setMe] = useState<Me>('loading');
  const title = useWorkshopStore((s) => s.state?.title);
  const liveId = useWorkshopStore((s) => s.state?.liveActivityId ?? null);
  // Phones show the live activity's timer only.
  const hasTimer = useActivityTimer(liveId) !== null;
  const dialogue = useWorkshopStore((s) => s.state?.settings.dialogue ?? null);
  // Deleted: the status says so, and nothing live is shown any more.
  const ended = useWorkshopEnded();
  usePageTitle(title);

  useEffect(() => {
    void api<ParticipantProfile>('GET', `/api/workshops/${encodeURIComponent(workshopId)}/me`).then((res) =>
      setMe(res.ok ? res.data : 'none'),
    );
  }, [workshopId]);
  useLiveWorkshop(typeof me === 'object' ? workshopId : null, 'participant');

  if (me === 'none') {
    return (
      <>
        <Header />
        <main id="main" className="page narrow">
          <h1>{t('live.notJoined')}</h1>
          <Link href="/" className="button primary big">
            {t('live.joinLink')}
          </Link>
        </main>
      </>
    );
  }

  const stage = (
    <>
      {hasTimer && (
        <PartBoundary>
          <Suspense fallback={null}>
            <TimerDisplay size="compact" activityId={liveId} />
          </Suspense>
        </PartBoundary>
      )}
      {me !== 'loading' && !ended && (
        // A new live activity is a new screen: a part that failed tries again by itself.
        <PartBoundary resetKey={liveId}>
          <ParticipantStage workshopId={workshopId} />
        </PartBoundary>
      )}
      {me !== 'loading' && !ended && <MyContributionsToggle />}
    </>
  );
  return (
    <>
      <Header />
      <main id="main" className="page narrow live">
        <h1>{title ?? t('common.loading')}</h1>
        <LiveStatus />
        {dialogue ? (
          <Suspense fallback={null}>
            <DialogueGate dialogue={dialogue}>{stage}</DialogueGate>
          </Suspense>
        ) : (
          stage
        )}
      </main>
    </>
  );
}
