import type { Phase, VoteConfig, WorkshopInfo } from '../../shared/domain/workshop.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  code: string;
  title: string;
  date: string;
  place: string;
  description: string;
  phase: Phase;
  locked: number;
  revealed: number;
  vote_config: string | null;
  created_by: string;
  created_at: string;
}

/** The stored workshop without its priorities (those live in priorityRepo). */
export interface WorkshopRecord extends WorkshopInfo {
  phase: Phase;
  locked: boolean;
  revealed: boolean;
  vote: VoteConfig | null;
  createdBy: string;
  createdAt: string;
}

export type WorkshopControl = Pick<WorkshopRecord, 'phase' | 'locked' | 'revealed' | 'vote'>;

const toRecord = (r: Row): WorkshopRecord => ({
  id: r.id,
  code: r.code,
  title: r.title,
  date: r.date,
  place: r.place,
  description: r.description,
  phase: r.phase,
  locked: r.locked === 1,
  revealed: r.revealed === 1,
  vote: r.vote_config ? (JSON.parse(r.vote_config) as VoteConfig) : null,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export function createWorkshopRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO workshops (id, code, title, date, place, description, phase, locked, revealed,
       vote_config, created_by, created_at)
     VALUES (@id, @code, @title, @date, @place, @description, @phase, 0, 0, NULL, @createdBy, @createdAt)`,
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM workshops WHERE id = ?');
  const byCode = db.prepare<[string], Row>('SELECT * FROM workshops WHERE code = ?');
  const list = db.prepare<[], Row & { participants: number }>(
    `SELECT w.*, (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participants
     FROM workshops w ORDER BY w.date DESC, w.created_at DESC`,
  );
  const remove = db.prepare('DELETE FROM workshops WHERE id = ?');
  const control = db.prepare(
    'UPDATE workshops SET phase = ?, locked = ?, revealed = ?, vote_config = ? WHERE id = ?',
  );

  return {
    insert(w: WorkshopRecord): void {
      const { id, code, title, date, place, description, phase, createdBy, createdAt } = w;
      insert.run({ id, code, title, date, place, description, phase, createdBy, createdAt });
    },
    get(id: string): WorkshopRecord | null {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    getByCode(code: string): WorkshopRecord | null {
      const row = byCode.get(code);
      return row ? toRecord(row) : null;
    },
    list(): Array<WorkshopRecord & { participants: number }> {
      return list.all().map((r) => ({ ...toRecord(r), participants: r.participants }));
    },
    /** Cascades to participants, priorities, votes and stored Yjs updates. */
    delete(id: string): void {
      remove.run(id);
    },
    setControl(id: string, c: WorkshopControl): void {
      control.run(c.phase, c.locked ? 1 : 0, c.revealed ? 1 : 0, c.vote ? JSON.stringify(c.vote) : null, id);
    },
  };
}

export type WorkshopRepo = ReturnType<typeof createWorkshopRepo>;
