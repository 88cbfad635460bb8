import { useEffect, useState } from 'react';
import type { ProjectorInfo } from '../../../shared/protocol/api.ts';
import { fetchProjectorInfo } from '../../api/projector.ts';
import { registerStaffStrings } from '../../i18n/staff.ts';
import { useT } from '../../i18n/useT.ts';
import { useConnectionStore } from '../../stores/connectionStore.ts';
import { useActivityResults, useLiveActivity, useWorkshopStore } from '../../stores/workshopStore.ts';
import { answeredOf } from '../answered.ts';
import { useJoinLarge } from '../joinSize.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { useLiveWorkshop } from '../useLiveWorkshop.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { useWorkshopEnded } from '../useWorkshopEnded.ts';
import { WorkshopEnded } from '../WorkshopEnded.tsx';
import { ProjectorStage } from './ProjectorStage.tsx';
import { StageArea } from './StageArea.tsx';
import { StageJoin } from './StageJoin.tsx';
import { StageProgress } from './StageProgress.tsx';
import { StageRefused } from './StageRefused.tsx';
import { stagePhase } from './stagePhase.ts';
import { useStageS } from './stageStrings.ts';
import { useProjectorLang } from './useProjectorLang.ts';
import './projector.css';

registerStaffStrings();

/**
 * The stage for the back row. A bar on top says what is happening (the workshop, the phase,
 * "12 av 40 har svarat", the timer); the live activity has the rest of the screen. The join code
 * and QR are large until the first person joins (or while nothing is live, or when the control
 * room asks for them), then shrink to a line in the corner. Nothing on the stage is cut off: a
 * type pages or scales its own content, and what still does not fit makes the page longer.
 */
export function ProjectorView({ workshopId }: { workshopId: string }) {
  const t = useT();
  const s = useStageS();
  useProjectorLang();
  const [info, setInfo] = useState<ProjectorInfo | null>(null);
  const [refused, setRefused] = useState(false);
  const state = useWorkshopStore((st) => st.state);
  const presence = useWorkshopStore((st) => st.presence);
  const live = useLiveActivity();
  const results = useActivityResults<unknown>(live?.id ?? '');
  const asked = useJoinLarge(workshopId);
  useEffect(() => {
    // With this workshop's projector link (its cookie) or the facilitator's own session.
    void fetchProjectorInfo(workshopId).then((res) => (res.ok ? setInfo(res.data) : setRefused(true)));
  }, [workshopId]);
  useLiveWorkshop(info ? workshopId : null, 'projector');
  const ended = useWorkshopEnded();
  const failed = useConnectionStore((st) => st.status === 'failed');

  const current = state ?? info?.workshop;
  usePageTitle(s('page'), current?.title);
  const phase = stagePhase(live);
  const answered = live?.status === 'open' ? answeredOf(results) : null;
  const large = asked || !live || presence.joined === 0;
  const join = current && info && (
    <StageJoin
      workshopId={workshopId}
      code={current.code}
      title={current.title}
      joinUrl={info.joinUrl}
      large={large}
    />
  );
  // Deleted: said large instead of a stage frozen on its last state.
  if (ended) return <WorkshopEnded title={current?.title} />;
  // Refused at load, or closed for good later (a revoked or expired projector link).
  if (refused || failed) return <StageRefused />;
  return (
    <div className={`projector ${large ? 'has-large-join' : 'has-corner-join'}`}>
      <header className="stage-bar">
        <h1 className="stage-title">{current?.title ?? t('common.loading')}</h1>
        <p className={`stage-phase is-${phase}`} data-testid="stage-phase">
          <span className="visually-hidden">{s('phase.label')}: </span>
          {s(`phase.${phase}`)}
        </p>
        {answered && <StageProgress answered={answered} connected={presence.total} />}
        <PartBoundary>
          <TimerDisplay size="big" activityId={live?.id ?? null} />
        </PartBoundary>
      </header>
      <main id="main" className="stage-main">
        {large && join}
        {state && (
          <StageArea resetKey={live?.id}>
            <PartBoundary resetKey={live?.id}>
              <ProjectorStage workshopId={workshopId} activity={live} />
            </PartBoundary>
          </StageArea>
        )}
      </main>
      {!large && join && <footer className="stage-foot">{join}</footer>}
    </div>
  );
}
