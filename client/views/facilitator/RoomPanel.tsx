import { useEffect, useState } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults, useWorkshopStore } from '../../stores/workshopStore.ts';
import { answeredOf, progressOf } from '../answered.ts';
import { useSectorLabel } from '../useSectorLabel.ts';
import { AnsweredByActivity } from './AnsweredByActivity.tsx';
import { useRoomS } from './roomStrings.ts';

/** A tally summary said at most this often: a hall answering must not drown the screen reader. */
const SAY_EVERY_MS = 10_000;

/**
 * Who is in, in three numbers with one word each: "Anslutna nu" (a phone connected now),
 * "Har gått med" (everyone who joined, also those who have left) and "Har svarat" (people behind
 * the live activity's answers, from its results). So the room never reads 0 while "1 person har
 * röstat". Only the one-line tally summary is a live region.
 */
export function RoomPanel({ live }: { live: ActivitySummary | null }) {
  const t = useT();
  const r = useRoomS();
  const sectorLabel = useSectorLabel();
  const presence = useWorkshopStore((s) => s.presence);
  const results = useActivityResults<unknown>(live?.id ?? '');
  const answered = live ? answeredOf(results) : null;
  const label = live ? activityLabel(t, live) : '';
  const tally =
    answered && live?.status === 'open'
      ? r('counts.tally', { label, n: answered.n, of: progressOf(answered.n, presence.total).of })
      : '';
  const said = useThrottled(tally, SAY_EVERY_MS);
  return (
    <section aria-labelledby="room-heading" className="panel room-presence">
      <h3 id="room-heading">{r('counts.heading')}</h3>
      <dl className="room-counts">
        <div>
          <dt>{r('counts.connected')}</dt>
          <dd data-testid="count-connected">{presence.total}</dd>
          <dd className="hint">{r('counts.connectedHint')}</dd>
        </div>
        <div>
          <dt>{r('counts.joined')}</dt>
          <dd data-testid="count-joined">{presence.joined}</dd>
          <dd className="hint">{r('counts.joinedHint')}</dd>
        </div>
        {answered && (
          <div>
            <dt>{r('counts.answered')}</dt>
            <dd data-testid="count-answered">{answered.n}</dd>
            <dd className="hint">{r('counts.answeredHint', { label })}</dd>
          </div>
        )}
      </dl>
      <p className="room-tally" role="status" data-testid="room-tally">
        {said || (answered ? '' : r('counts.answeredNone'))}
      </p>
      <details className="room-sectors">
        <summary>{r('counts.bySector')}</summary>
        <h4 className="room-sectors-heading">{r('counts.connectedBySector')}</h4>
        <SectorCounts counts={presence.bySector} sectorLabel={sectorLabel} />
        {answered?.bySector && (
          <>
            <h4 className="room-sectors-heading">{r('counts.answeredBySector')}</h4>
            <SectorCounts counts={answered.bySector} sectorLabel={sectorLabel} />
          </>
        )}
      </details>
      <AnsweredByActivity />
    </section>
  );
}

/** The latest value, passed on at most once per `ms` (the last one always arrives). */
function useThrottled(value: string, ms: number): string {
  const [shown, setShown] = useState(value);
  const [at, setAt] = useState(0);
  useEffect(() => {
    if (value === shown) return;
    const wait = Math.max(0, at + ms - Date.now());
    const handle = window.setTimeout(() => {
      setShown(value);
      setAt(Date.now());
    }, wait);
    return () => window.clearTimeout(handle);
  }, [value, shown, at, ms]);
  return shown;
}
