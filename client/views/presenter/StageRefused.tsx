import '../ended.css';
import { useStageS } from './stageStrings.ts';

/**
 * The projector page when its credential is refused: a projector link that was revoked or has
 * expired, or no link and no facilitator session. Said large, like a deleted workshop.
 */
export function StageRefused() {
  const s = useStageS();
  return (
    <div className="workshop-ended">
      <main id="main" className="ended-main">
        <p className="stage-ended" role="alert">
          <strong>{s('refused.heading')}</strong>
        </p>
        <p className="stage-ended-hint">{s('refused.hint')}</p>
      </main>
    </div>
  );
}
