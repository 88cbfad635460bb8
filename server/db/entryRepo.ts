import type { EntryRecord, EntryStatus } from '../../shared/domain/entries.ts';
import type { Sector } from '../../shared/domain/sectors.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  activity_id: string;
  participant_id: string | null;
  sector: Sector | null;
  text: string;
  status: EntryStatus;
  meta: string;
  created_at: string;
  display_name: string | null;
}

const toRecord = (r: Row): EntryRecord => ({
  id: r.id,
  activityId: r.activity_id,
  participantId: r.participant_id,
  sector: r.sector,
  authorName: r.display_name ?? '',
  text: r.text,
  status: r.status,
  meta: JSON.parse(r.meta) as Record<string, unknown>,
  createdAt: r.created_at,
});

export type NewEntry = Omit<EntryRecord, 'activityId' | 'authorName'>;

/** Short texts posted to an activity (ideas, questions, answers, words), oldest first. */
export function createEntryRepo(db: Db) {
  const select = `SELECT e.*, p.display_name FROM entries e LEFT JOIN participants p ON p.id = e.participant_id`;
  const list = db.prepare<[string], Row>(`${select} WHERE e.activity_id = ? ORDER BY e.created_at, e.rowid`);
  const one = db.prepare<[string, string], Row>(`${select} WHERE e.activity_id = ? AND e.id = ?`);
  const insert = db.prepare(
    `INSERT INTO entries (id, activity_id, participant_id, sector, text, status, meta, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const countBy = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM entries WHERE activity_id = ? AND participant_id = ?',
  );
  const count = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM entries WHERE activity_id = ?',
  );
  const countNotHidden = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM entries WHERE activity_id = ? AND status != 'hidden'",
  );
  const setStatus = db.prepare('UPDATE entries SET status = ? WHERE activity_id = ? AND id = ?');
  const setMeta = db.prepare('UPDATE entries SET meta = ? WHERE activity_id = ? AND id = ?');
  const setText = db.prepare('UPDATE entries SET text = ? WHERE activity_id = ? AND id = ?');
  const remove = db.prepare('DELETE FROM entries WHERE activity_id = ? AND id = ?');
  const clear = db.prepare('DELETE FROM entries WHERE activity_id = ?');
  const detach = db.prepare('UPDATE entries SET participant_id = NULL WHERE activity_id = ? AND id = ?');

  return {
    list(activityId: string): EntryRecord[] {
      return list.all(activityId).map(toRecord);
    },
    get(activityId: string, id: string): EntryRecord | null {
      const row = one.get(activityId, id);
      return row ? toRecord(row) : null;
    },
    insert(activityId: string, e: NewEntry): void {
      insert.run(
        e.id,
        activityId,
        e.participantId,
        e.sector,
        e.text,
        e.status,
        JSON.stringify(e.meta),
        e.createdAt,
      );
    },
    /** How many entries one participant has posted here (their share of the room's limit). */
    countBy(activityId: string, participantId: string): number {
      return countBy.get(activityId, participantId)?.n ?? 0;
    },
    count(activityId: string): number {
      return count.get(activityId)?.n ?? 0;
    },
    /** Entries shown or waiting for moderation: what an activity's cap counts. */
    countNotHidden(activityId: string): number {
      return countNotHidden.get(activityId)?.n ?? 0;
    },
    setStatus(activityId: string, id: string, status: EntryStatus): void {
      setStatus.run(status, activityId, id);
    },
    setMeta(activityId: string, id: string, meta: Record<string, unknown>): void {
      setMeta.run(JSON.stringify(meta), activityId, id);
    },
    setText(activityId: string, id: string, text: string): void {
      setText.run(text, activityId, id);
    },
    delete(activityId: string, id: string): void {
      remove.run(activityId, id);
    },
    /** Its writer's link comes off a shared entry (an ideas theme); the sector stays as provenance. */
    detach(activityId: string, id: string): void {
      detach.run(activityId, id);
    },
    /** Every entry of the activity (a reset). */
    clear(activityId: string): void {
      clear.run(activityId);
    },
  };
}

export type EntryRepo = ReturnType<typeof createEntryRepo>;
