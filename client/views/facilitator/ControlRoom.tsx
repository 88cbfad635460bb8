import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { api } from '../../api/http.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { LiveStatus } from '../LiveStatus.tsx';
import { PartBoundary } from '../PartBoundary.tsx';
import { ResultsSection } from '../ResultsSection.tsx';
import { useLiveWorkshop } from '../useLiveWorkshop.ts';
import { DeleteWorkshop } from './DeleteWorkshop.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { FacilitatorHeader } from './FacilitatorHeader.tsx';
import { JoinPanel } from './JoinPanel.tsx';
import { PhaseControls } from './PhaseControls.tsx';
import { PriorityAdmin } from './PriorityAdmin.tsx';
import { RoomPanel } from './RoomPanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { TimerControls } from './TimerControls.tsx';

/** The laptop at the lectern: controls left, the live list in the middle, the room right. */
export function ControlRoom({ workshopId }: { workshopId: string }) {
  const t = useT();
  const [info, setInfo] = useState<CreatedWorkshop | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const state = useWorkshopStore((s) => s.state);
  const tally = useWorkshopStore((s) => s.tally);
  useEffect(() => {
    void api<CreatedWorkshop>('GET', `/api/workshops/${encodeURIComponent(workshopId)}`).then((res) => {
      if (res.ok) setInfo(res.data);
      else setLoadError(t(errorKey(res.error.code)));
    });
  }, [workshopId, t]);
  useLiveWorkshop(info ? workshopId : null, 'facilitator');

  const title = state?.title ?? info?.workshop.title;
  return (
    <>
      <FacilitatorHeader />
      <main id="main" className="control-room">
        <div className="room-top">
          <Link href="/" className="back-link">
            ← {t('facilitator.backToList')}
          </Link>
          <h1>{title ?? t('common.loading')}</h1>
          <LiveStatus />
          {loadError && <p role="alert">{loadError}</p>}
        </div>
        {state && info && (
          <div className="room-grid">
            <section aria-labelledby="agenda-heading" className="room-col">
              <h2 id="agenda-heading">{t('room.agenda')}</h2>
              {/* Separate boundaries: export and delete must stay usable if a panel above breaks. */}
              <PartBoundary>
                <PhaseControls state={state} />
              </PartBoundary>
              <PartBoundary>
                <TimerControls />
              </PartBoundary>
              <PartBoundary>
                <JoinPanel state={state} joinUrl={info.joinUrl} />
              </PartBoundary>
              <PartBoundary>
                <TeamPanel workshopId={workshopId} role={info.role} />
              </PartBoundary>
              <PartBoundary>
                <ExportLinks workshopId={workshopId} />
                {info.role === 'owner' && <DeleteWorkshop workshopId={workshopId} />}
              </PartBoundary>
            </section>
            <section aria-labelledby="activity-heading" className="room-col room-middle">
              <h2 id="activity-heading">{t('room.activity')}</h2>
              <PartBoundary>
                <PriorityAdmin workshopId={workshopId} priorities={state.priorities} />
              </PartBoundary>
              {tally && (
                <PartBoundary>
                  <ResultsSection
                    heading={t('room.tally')}
                    priorities={state.priorities}
                    tally={tally}
                    headingLevel={3}
                    showVoters={false}
                  />
                </PartBoundary>
              )}
            </section>
            <PartBoundary>
              <RoomPanel />
            </PartBoundary>
          </div>
        )}
      </main>
    </>
  );
}
