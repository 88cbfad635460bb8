import type { TimerState } from '../../shared/domain/timer.ts';
import type { Db } from './openDb.ts';

/** Each activity's facilitation timer (column `activities.timer`, JSON; NULL is no timer). */
export function createTimerRepo(db: Db) {
  const byId = db.prepare<[string], { timer: string | null }>('SELECT timer FROM activities WHERE id = ?');
  const all = db.prepare<[], { id: string; timer: string }>(
    `SELECT a.id, a.timer FROM activities a JOIN workshops w ON w.id = a.workshop_id
     WHERE a.timer IS NOT NULL AND w.deleted_at IS NULL`,
  );
  const update = db.prepare('UPDATE activities SET timer = ? WHERE id = ?');
  const parse = (json: string) => JSON.parse(json) as TimerState;

  return {
    get(activityId: string): TimerState | null {
      const row = byId.get(activityId);
      return row?.timer ? parse(row.timer) : null;
    },
    set(activityId: string, timer: TimerState | null): void {
      update.run(timer ? JSON.stringify(timer) : null, activityId);
    },
    /** Every stored timer, to arm the running ones when the server starts. */
    all(): Array<{ activityId: string; timer: TimerState }> {
      return all.all().map((r) => ({ activityId: r.id, timer: parse(r.timer) }));
    },
  };
}

export type TimerRepo = ReturnType<typeof createTimerRepo>;
