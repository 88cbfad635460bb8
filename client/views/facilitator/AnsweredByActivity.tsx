import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { answeredOf } from '../answered.ts';
import { useRoomS } from './roomStrings.ts';

/**
 * How many people answered each activity that has taken answers, beside the room's "joined" and
 * "connected now": the facilitator sees where people dropped off (joined 150, answered 40).
 * Types without a count of people (a list, a Q&A) are left out, as in the live tally.
 */
export function AnsweredByActivity() {
  const t = useT();
  const r = useRoomS();
  const agenda = useWorkshopStore((s) => s.state?.agenda ?? null);
  const results = useWorkshopStore((s) => s.results);
  const rows = (agenda ?? []).flatMap((a) => {
    if (a.status === 'draft') return [];
    const answered = answeredOf(results[a.id]);
    return answered ? [{ id: a.id, label: activityLabel(t, a), n: answered.n }] : [];
  });
  return (
    <details className="room-sectors">
      <summary>{r('counts.byActivity')}</summary>
      {rows.length === 0 ? (
        <p className="hint">{r('counts.byActivityNone')}</p>
      ) : (
        <dl className="room-by-activity" data-testid="answered-by-activity">
          {rows.map((row) => (
            <div key={row.id}>
              <dt>{row.label}</dt>
              <dd>{row.n}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
