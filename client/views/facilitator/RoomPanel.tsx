import { SectorCounts } from '../../components/SectorCounts.tsx';
import { plural, useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../useSectorLabel.ts';

/** Who is in the room, per sector, and how many of them have voted. */
export function RoomPanel() {
  const t = useT();
  const sectorLabel = useSectorLabel();
  const presence = useWorkshopStore((s) => s.presence);
  const tally = useWorkshopStore((s) => s.tally);
  return (
    <section aria-labelledby="room-heading" className="room-col">
      <h2 id="room-heading">{t('room.room')}</h2>
      <p className="big-number" role="status">
        {t('room.joined', { n: presence.total })}
      </p>
      <SectorCounts counts={presence.bySector} sectorLabel={sectorLabel} />
      {tally && (
        <>
          <h3>{t('results.votersBySector')}</h3>
          <p>{plural(t, tally.voters, 'results.votersOne', 'results.voters')}</p>
          <SectorCounts counts={tally.votersBySector} sectorLabel={sectorLabel} />
        </>
      )}
    </section>
  );
}
