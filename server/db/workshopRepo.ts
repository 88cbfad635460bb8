import type { WorkshopSettings } from '../../shared/domain/settings.ts';
import type { WorkshopInfo } from '../../shared/domain/workshop.ts';
import { workshopSettings } from '../../shared/protocol/schemas.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  code: string;
  title: string;
  date: string;
  place: string;
  description: string;
  live_activity_id: string | null;
  settings: string;
  created_by: string;
  created_at: string;
}

/** The stored workshop without its agenda (that lives in activityRepo). */
export interface WorkshopRecord extends WorkshopInfo {
  liveActivityId: string | null;
  settings: WorkshopSettings;
  createdBy: string;
  createdAt: string;
}

/** Stored settings read leniently: a missing or unknown value is its default. */
function readSettings(raw: string): WorkshopSettings {
  let json: unknown = {};
  try {
    json = JSON.parse(raw);
  } catch {
    // An unreadable column reads as the defaults.
  }
  return workshopSettings.parse(typeof json === 'object' && json !== null ? json : {});
}

const toRecord = (r: Row): WorkshopRecord => ({
  id: r.id,
  code: r.code,
  title: r.title,
  date: r.date,
  place: r.place,
  description: r.description,
  liveActivityId: r.live_activity_id,
  settings: readSettings(r.settings),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export function createWorkshopRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO workshops (id, code, title, date, place, description, live_activity_id, settings,
       created_by, created_at)
     VALUES (@id, @code, @title, @date, @place, @description, NULL, @settings, @createdBy, @createdAt)`,
  );
  // A deleted workshop (deletionRepo.ts) is not found by anyone: its owner restores it there.
  const byId = db.prepare<[string], Row>('SELECT * FROM workshops WHERE id = ? AND deleted_at IS NULL');
  const byCode = db.prepare<[string], Row>('SELECT * FROM workshops WHERE code = ? AND deleted_at IS NULL');
  const codeUsed = db.prepare<[string], { id: string }>('SELECT id FROM workshops WHERE code = ?');
  const list = db.prepare<[], Row & { participants: number }>(
    `SELECT w.*, (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participants
     FROM workshops w WHERE w.deleted_at IS NULL ORDER BY w.date DESC, w.created_at DESC`,
  );
  const live = db.prepare('UPDATE workshops SET live_activity_id = ? WHERE id = ?');
  const settings = db.prepare('UPDATE workshops SET settings = ? WHERE id = ?');
  const forgetNames = db.prepare("UPDATE participants SET display_name = '' WHERE workshop_id = ?");

  return {
    insert(w: WorkshopRecord): void {
      const { id, code, title, date, place, description, createdBy, createdAt } = w;
      const settings = JSON.stringify(w.settings);
      insert.run({ id, code, title, date, place, description, settings, createdBy, createdAt });
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
    /** Whether any workshop, a deleted one too, holds this join code. */
    codeTaken(code: string): boolean {
      return codeUsed.get(code) !== undefined;
    },
    setLive(id: string, activityId: string | null): void {
      live.run(activityId, id);
    },
    setSettings(id: string, next: WorkshopSettings): void {
      settings.run(JSON.stringify(next), id);
    },
    /** Full anonymity: the names participants gave are erased, not just hidden. */
    forgetNames(id: string): void {
      forgetNames.run(id);
    },
  };
}

export type WorkshopRepo = ReturnType<typeof createWorkshopRepo>;
