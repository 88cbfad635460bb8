import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useRoomS } from './roomStrings.ts';

/** "Visas nu: 2. Omröstning · Öppen": what every phone follows, in the sticky bar. */
export function LiveLine({ state }: { state: WorkshopState }) {
  const t = useT();
  const r = useRoomS();
  const at = state.agenda.findIndex((a) => a.id === state.liveActivityId);
  const live = state.agenda[at];
  if (!live) return <p className="live-line">{r('live.nothing')}</p>;
  return (
    <p className="live-line">
      <span className="live-line-label">{r('live.now')}</span>{' '}
      <strong>
        {at + 1}. {activityLabel(t, live)}
      </strong>
      <span className={`tag status-tag is-${live.status}`}>
        <span className="visually-hidden">, </span>
        {t(`agenda.${live.status}`)}
      </span>
      {live.revealed && (
        <span className="tag status-tag">
          <span className="visually-hidden">, </span>
          {t('agenda.revealedTag')}
        </span>
      )}
    </p>
  );
}
