import { SectorCounts } from '../../components/SectorCounts.tsx';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../useSectorLabel.ts';

/**
 * Who is in the room, per sector. How many have answered belongs to each activity's own view
 * (the dot voting shows its voters per sector), since only its type knows what an answer is.
 */
export function RoomPanel() {
  const t = useT();
  const sectorLabel = useSectorLabel();
  const presence = useWorkshopStore((s) => s.presence);
  return (
    <section aria-labelledby="room-heading" className="room-col room-presence">
      <h2 id="room-heading">{t('room.room')}</h2>
      <p className="big-number" role="status">
        {t('room.joined', { n: presence.total })}
      </p>
      <SectorCounts counts={presence.bySector} sectorLabel={sectorLabel} />
    </section>
  );
}
