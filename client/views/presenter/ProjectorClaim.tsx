import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { claimProjector } from '../../api/projector.ts';
import { registerStaffStrings } from '../../i18n/staff.ts';
import { StageRefused } from './StageRefused.tsx';
import { useStageS } from './stageStrings.ts';

registerStaffStrings();

/**
 * `/projektor#<token>`, opened on the venue PC: trades the projector link's token for the
 * projector cookie, then shows the workshop's projector. The token is in the fragment, so it never
 * reaches a server log, and the page replaces its own address so it stays out of the history.
 */
export function ProjectorClaim() {
  const s = useStageS();
  const [, navigate] = useLocation();
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const token = location.hash.slice(1);
    history.replaceState(null, '', location.pathname);
    void claimProjector(token).then((res) => {
      if (res.ok) navigate(`/f/w/${encodeURIComponent(res.data.workshopId)}/projector`, { replace: true });
      else setRefused(true);
    });
  }, [navigate]);
  if (refused) return <StageRefused />;
  return (
    <main id="main" className="page narrow">
      <p role="status">{s('refused.opening')}</p>
    </main>
  );
}
