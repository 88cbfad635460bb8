import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { activityLabel } from '../../activities/index.ts';
import { api } from '../../api/http.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { LiveStatus } from '../LiveStatus.tsx';
import { PartBoundary } from '../PartBoundary.tsx';
import { useLiveWorkshop } from '../useLiveWorkshop.ts';
import { ActivityPanel } from './ActivityPanel.tsx';
import { ActivityStage } from './ActivityStage.tsx';
import { AddActivity } from './AddActivity.tsx';
import { AgendaList } from './AgendaList.tsx';
import { DeleteWorkshop } from './DeleteWorkshop.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { FacilitatorHeader } from './FacilitatorHeader.tsx';
import { JoinPanel } from './JoinPanel.tsx';
import { RoomPanel } from './RoomPanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { useNextLive } from './useNextLive.ts';

/** The one picked, while it exists; else the live one, else the first. */
function selectedIn(state: WorkshopState | null, picked: string | null) {
  if (!state) return null;
  const byId = (id: string | null) => state.agenda.find((a) => a.id === id);
  return byId(picked) ?? byId(state.liveActivityId) ?? state.agenda[0] ?? null;
}

/** The laptop at the lectern: the agenda and controls left, the selected activity middle, the room right. */
export function ControlRoom({ workshopId }: { workshopId: string }) {
  const t = useT();
  const [info, setInfo] = useState<CreatedWorkshop | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const agendaHeading = useRef<HTMLHeadingElement>(null);
  const state = useWorkshopStore((s) => s.state);
  useEffect(() => {
    void api<CreatedWorkshop>('GET', `/api/workshops/${encodeURIComponent(workshopId)}`).then((res) => {
      if (res.ok) setInfo(res.data);
      else setLoadError(t(errorKey(res.error.code)));
    });
  }, [workshopId, t]);
  useLiveWorkshop(info ? workshopId : null, 'facilitator');
  useNextLive(state, setPicked);

  const selected = selectedIn(state, picked);
  // The deleted activity's panel is gone; the agenda is where to go on from.
  const onDeleted = () => {
    setPicked(null);
    agendaHeading.current?.focus();
  };
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
            <section aria-labelledby="agenda-heading" className="room-col room-agenda">
              <h2 id="agenda-heading" ref={agendaHeading} tabIndex={-1}>
                {t('room.agenda')}
              </h2>
              <PartBoundary>
                <AgendaList state={state} selectedId={selected?.id ?? null} onSelect={setPicked} />
                <AddActivity onAdded={setPicked} />
              </PartBoundary>
              {selected && (
                <PartBoundary resetKey={selected.id}>
                  <ActivityPanel
                    key={selected.id}
                    activity={selected}
                    state={state}
                    onSelect={setPicked}
                    onDeleted={onDeleted}
                  />
                </PartBoundary>
              )}
            </section>
            <section aria-labelledby="activity-heading" className="room-col room-middle">
              <h2 id="activity-heading">{selected ? activityLabel(t, selected) : t('room.activity')}</h2>
              {selected ? (
                <PartBoundary resetKey={selected.id}>
                  <ActivityStage key={selected.id} workshopId={workshopId} activity={selected} />
                </PartBoundary>
              ) : (
                <p>{t('agenda.nothingSelected')}</p>
              )}
            </section>
            {/* After the activity in the page's order, so on a phone the activity comes first;
                on a wide screen it sits under the agenda. */}
            <section aria-labelledby="workshop-heading" className="room-col room-admin">
              <h2 id="workshop-heading" className="visually-hidden">
                {t('room.workshop')}
              </h2>
              <PartBoundary>
                <JoinPanel state={state} joinUrl={info.joinUrl} />
              </PartBoundary>
              <PartBoundary>
                <TeamPanel workshopId={workshopId} role={info.role} />
              </PartBoundary>
              {/* Separate boundaries: export and delete must stay usable if a panel above breaks. */}
              <PartBoundary>
                <ExportLinks workshopId={workshopId} />
                {info.role === 'owner' && <DeleteWorkshop workshopId={workshopId} />}
              </PartBoundary>
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
