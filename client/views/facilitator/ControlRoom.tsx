import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { fetchWorkshop } from '../../api/workshop.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { LiveStatus } from '../LiveStatus.tsx';
import { PartBoundary } from '../PartBoundary.tsx';
import { useLiveWorkshop } from '../useLiveWorkshop.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { ActivityHead } from './ActivityHead.tsx';
import { ActivityPanel } from './ActivityPanel.tsx';
import { ActivityStage } from './ActivityStage.tsx';
import { AddActivity } from './AddActivity.tsx';
import { AgendaList } from './AgendaList.tsx';
import { DeleteWorkshop } from './DeleteWorkshop.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { FacilitatorHeader } from './FacilitatorHeader.tsx';
import { JoinPanel } from './JoinPanel.tsx';
import { JoinWarning } from './JoinWarning.tsx';
import { LiveLine } from './LiveLine.tsx';
import { ProjectorLinkPanel } from './ProjectorLinkPanel.tsx';
import { RoomPanel } from './RoomPanel.tsx';
import { useRoomS } from './roomStrings.ts';
import { Shortcuts } from './Shortcuts.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { TimerControls } from './TimerControls.tsx';
import { useNextLive } from './useNextLive.ts';
import { usePhaseSaid } from './usePhaseSaid.ts';
import { useStickyPadding } from './useStickyPadding.ts';
import './controlRoom.css';
import { WorkshopTools } from './WorkshopTools.tsx';

/** The one picked, while it exists; else the live one, else the first. */
function selectedIn(state: WorkshopState | null, picked: string | null) {
  if (!state) return null;
  const byId = (id: string | null) => state.agenda.find((a) => a.id === id);
  return byId(picked) ?? byId(state.liveActivityId) ?? state.agenda[0] ?? null;
}

/**
 * The laptop at the lectern, laid out for 1280 × 800 with everything of the live moment above
 * the fold: the agenda left (and, below it, preparing the selected activity), the selected
 * activity in the middle (its controls, then its type's view with live results), the room right
 * (how to join, who is in, the timer). A sticky bar says what phones show now; one polite live
 * region says each new phase.
 */
export function ControlRoom({ workshopId }: { workshopId: string }) {
  const t = useT();
  const r = useRoomS();
  const [info, setInfo] = useState<CreatedWorkshop | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const agendaHeading = useRef<HTMLHeadingElement>(null);
  const sticky = useRef<HTMLDivElement>(null);
  const state = useWorkshopStore((s) => s.state);
  useEffect(() => {
    void fetchWorkshop(workshopId).then((res) => {
      if (res.ok) setInfo(res.data);
      else setLoadError(t(errorKey(res.error.code)));
    });
  }, [workshopId, t]);
  useLiveWorkshop(info ? workshopId : null, 'facilitator');
  useNextLive(state, setPicked);
  useStickyPadding(sticky);

  const selected = selectedIn(state, picked);
  const live = state?.agenda.find((a) => a.id === state.liveActivityId) ?? null;
  const said = usePhaseSaid(state, selected?.id ?? null);
  // The deleted activity's panel is gone; the agenda is where to go on from.
  const onDeleted = () => {
    setPicked(null);
    agendaHeading.current?.focus();
  };
  const title = state?.title ?? info?.workshop.title;
  usePageTitle(r('page'), title);
  return (
    <>
      <FacilitatorHeader />
      <main id="main" className="control-room">
        <div className="room-top">
          <Link href="/" className="back-link">
            ← {t('facilitator.backToList')}
          </Link>
          <h1>{title ?? t('common.loading')}</h1>
        </div>
        <div ref={sticky} className="room-status">
          <LiveStatus />
          {state && <LiveLine state={state} />}
        </div>
        {/* The one live region for phases; the tally summary has its own line in the room panel. */}
        <p className="visually-hidden" role="status" data-testid="room-said">
          {said}
        </p>
        {loadError && <p role="alert">{loadError}</p>}
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
            </section>
            <section aria-labelledby="activity-heading" className="room-col room-middle">
              {selected ? (
                <>
                  <ActivityHead
                    key={selected.id}
                    workshopId={workshopId}
                    activity={selected}
                    isLive={selected.id === state.liveActivityId}
                  />
                  <PartBoundary resetKey={selected.id}>
                    <ActivityStage key={selected.id} workshopId={workshopId} activity={selected} />
                  </PartBoundary>
                  {/* Its settings below its live state: a setup form needs the wide column. */}
                  <PartBoundary resetKey={selected.id}>
                    <ActivityPanel
                      key={selected.id}
                      activity={selected}
                      state={state}
                      onSelect={setPicked}
                      onDeleted={onDeleted}
                    />
                  </PartBoundary>
                </>
              ) : (
                <>
                  <h2 id="activity-heading">{t('room.activity')}</h2>
                  <p>{t('agenda.nothingSelected')}</p>
                </>
              )}
            </section>
            {/* After the activity in the page's order, so in one column the activity comes first. */}
            <section aria-labelledby="workshop-heading" className="room-col room-side">
              <h2 id="workshop-heading" className="visually-hidden">
                {t('room.workshop')}
              </h2>
              <PartBoundary>
                <JoinPanel state={state} joinUrl={info.joinUrl} />
              </PartBoundary>
              <PartBoundary>
                <ProjectorLinkPanel workshopId={workshopId} />
              </PartBoundary>
              <PartBoundary>
                <JoinWarning />
                <RoomPanel live={live} />
              </PartBoundary>
              {selected && (
                <PartBoundary resetKey={selected.id}>
                  <TimerControls key={selected.id} activityId={selected.id} />
                </PartBoundary>
              )}
              <Shortcuts />
              <PartBoundary>
                <TeamPanel workshopId={workshopId} role={info.role} />
              </PartBoundary>
              <WorkshopTools workshopId={workshopId} state={state} />
              {/* Separate boundaries: export and delete must stay usable if a panel above breaks. */}
              <PartBoundary>
                <ExportLinks workshopId={workshopId} />
                {info.role === 'owner' && <DeleteWorkshop workshopId={workshopId} />}
              </PartBoundary>
            </section>
          </div>
        )}
      </main>
    </>
  );
}
