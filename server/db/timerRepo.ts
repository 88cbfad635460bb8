import type { TimerState } from '../../shared/domain/timer.ts';
import type { Db } from './openDb.ts';

/**
 * The facilitation timer, one per workshop for now (column `workshops.timer`, JSON; NULL is no
 * timer). When activities arrive this is the one place that learns where a timer lives.
 */
export function createTimerRepo(db: Db) {
  const byId = db.prepare<[string], { timer: string | null }>('SELECT timer FROM workshops WHERE id = ?');
  const all = db.prepare<[], { id: string; timer: string }>(
    'SELECT id, timer FROM workshops WHERE timer IS NOT NULL',
  );
  const update = db.prepare('UPDATE workshops SET timer = ? WHERE id = ?');
  const parse = (json: string) => JSON.parse(json) as TimerState;

  return {
    get(workshopId: string): TimerState | null {
      const row = byId.get(workshopId);
      return row?.timer ? parse(row.timer) : null;
    },
    set(workshopId: string, timer: TimerState | null): void {
      update.run(timer ? JSON.stringify(timer) : null, workshopId);
    },
    /** Every stored timer, to arm the running ones when the server starts. */
    all(): Array<{ workshopId: string; timer: TimerState }> {
      return all.all().map((r) => ({ workshopId: r.id, timer: parse(r.timer) }));
    },
  };
}

export type TimerRepo = ReturnType<typeof createTimerRepo>;
