import { JoinCode } from '../../components/JoinCode.tsx';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { plural, useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../useSectorLabel.ts';
import { useStageS } from './stageStrings.ts';

interface Props {
  workshopId: string;
  code: string;
  title: string;
  joinUrl: string;
  /** Large while people join; else a line in the corner, so the activity has the stage. */
  large: boolean;
}

/** "samsyn.se/j": the join address without the scheme and the code, which is shown on its own. */
export function joinAddress(joinUrl: string, code: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(new RegExp(`/${code}$`, 'i'), '');
}

/**
 * How to join, for the back row: the code a tenth of the screen high and a large QR while people
 * come in, then "Gå med: samsyn.se/j · ABCD-EFGH" and a small QR in the corner.
 */
export function StageJoin({ workshopId, code, title, joinUrl, large }: Props) {
  const t = useT();
  const s = useStageS();
  const sectorLabel = useSectorLabel();
  const presence = useWorkshopStore((st) => st.presence);
  // The projector's own route: the venue PC may hold a projector link, not a facilitator session.
  const qr = `/api/projector/${encodeURIComponent(workshopId)}/qr.svg`;
  const address = joinAddress(joinUrl, code);
  const connected = plural(s, presence.total, 'join.connectedOne', 'join.connected');
  if (large) {
    return (
      <section className="stage-join is-large" aria-labelledby="stage-join-heading">
        <h2 id="stage-join-heading" className="stage-join-heading">
          {s('join.heading')}
        </h2>
        <div className="stage-join-row">
          <img className="qr stage-qr" src={qr} alt={t('room.qrAlt', { title })} />
          <div className="stage-join-text">
            <p className="stage-join-how">
              {s('join.scan')} <strong className="stage-address">{address}</strong> {s('join.code')}
            </p>
            <p className="stage-connected">{connected}</p>
            <SectorCounts counts={presence.bySector} sectorLabel={sectorLabel} className="stage-sectors" />
          </div>
        </div>
        <JoinCode code={code} label={t('room.code')} className="huge" />
      </section>
    );
  }
  return (
    <section className="stage-join is-corner" aria-label={s('join.heading')}>
      <div className="stage-corner-text">
        <p className="stage-corner-line">
          <span>{s('join.at')}</span> <strong className="stage-address">{address}</strong>
          <span aria-hidden="true"> · </span>
        </p>
        <JoinCode code={code} label={t('room.code')} className="inline" />
        <p className="stage-corner-count">{connected}</p>
      </div>
      <img className="qr stage-qr" src={qr} alt={t('room.qrAlt', { title })} />
    </section>
  );
}
