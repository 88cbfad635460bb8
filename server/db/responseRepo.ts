import type { Sector } from '../../shared/domain/sectors.ts';
import type { Db } from './openDb.ts';

/**
 * Participants' responses per activity: one row per (participant, key), the value as JSON. A key
 * is an item id for per-item answers (dots on an item) or '' for a whole answer. A participant's
 * response is replaced whole, so a retried command can never count twice.
 */
export type ResponseEntries = Record<string, unknown>;

export interface ResponseBallot {
  participantId: string;
  sector: Sector;
  entries: ResponseEntries;
}

export function createResponseRepo(db: Db) {
  const clearOne = db.prepare('DELETE FROM responses WHERE activity_id = ? AND participant_id = ?');
  const insert = db.prepare(
    'INSERT INTO responses (activity_id, participant_id, key, value, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const mine = db.prepare<[string, string], { key: string; value: string }>(
    'SELECT key, value FROM responses WHERE activity_id = ? AND participant_id = ?',
  );
  const all = db.prepare<[string], { participant_id: string; sector: Sector; key: string; value: string }>(
    `SELECT r.participant_id, p.sector, r.key, r.value FROM responses r
     JOIN participants p ON p.id = r.participant_id WHERE r.activity_id = ? ORDER BY p.rowid`,
  );
  const byKey = db.prepare<[string, string], { participant_id: string; value: string }>(
    'SELECT participant_id, value FROM responses WHERE activity_id = ? AND key = ?',
  );
  const dropKey = db.prepare('DELETE FROM responses WHERE activity_id = ? AND key = ?');
  const upsert = db.prepare(
    `INSERT INTO responses (activity_id, participant_id, key, value, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, participant_id, key) DO UPDATE SET value = excluded.value,
       updated_at = excluded.updated_at`,
  );
  const clearAll = db.prepare('DELETE FROM responses WHERE activity_id = ?');
  const any = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM responses WHERE activity_id = ? LIMIT 1',
  );
  const replace = db.transaction(
    (activityId: string, participantId: string, entries: ResponseEntries, at: string) => {
      clearOne.run(activityId, participantId);
      for (const [key, value] of Object.entries(entries))
        insert.run(activityId, participantId, key, JSON.stringify(value), at);
    },
  );

  return {
    /** Replaces a participant's whole response atomically. */
    replace(activityId: string, participantId: string, entries: ResponseEntries, at: string): void {
      replace(activityId, participantId, entries, at);
    },
    of(activityId: string, participantId: string): ResponseEntries {
      const out: ResponseEntries = {};
      for (const row of mine.all(activityId, participantId)) out[row.key] = JSON.parse(row.value);
      return out;
    },
    /**
     * Every participant's response with their sector, for the activity's one counting path, in the
     * order participants joined: lists built from it (a poll's own words) read the same every time.
     */
    ballots(activityId: string): ResponseBallot[] {
      const out: ResponseBallot[] = [];
      let last: ResponseBallot | undefined;
      for (const row of all.all(activityId)) {
        if (last?.participantId !== row.participant_id) {
          last = { participantId: row.participant_id, sector: row.sector, entries: {} };
          out.push(last);
        }
        last.entries[row.key] = JSON.parse(row.value);
      }
      return out;
    },
    /** Each participant's value under one key (call inside a transaction when changing them). */
    byKey(activityId: string, key: string): Array<{ participantId: string; value: unknown }> {
      return byKey
        .all(activityId, key)
        .map((r) => ({ participantId: r.participant_id, value: JSON.parse(r.value) }));
    },
    set(activityId: string, participantId: string, key: string, value: unknown, at: string): void {
      upsert.run(activityId, participantId, key, JSON.stringify(value), at);
    },
    dropKey(activityId: string, key: string): void {
      dropKey.run(activityId, key);
    },
    has(activityId: string): boolean {
      return any.get(activityId) !== undefined;
    },
    clear(activityId: string): void {
      clearAll.run(activityId);
    },
  };
}

export type ResponseRepo = ReturnType<typeof createResponseRepo>;
