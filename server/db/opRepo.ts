import type { Db } from './openDb.ts';

/** Who sent an operation: the key its id is unique under. */
export interface OpSender {
  workshopId: string;
  /** A participant's id, or `f:<facilitator id>` (never equal to a participant's). */
  sender: string;
}

export interface StoredOp {
  /** What the first request was: a repeat must be the same. */
  digest: string;
  /** The ack's `data`, as JSON. */
  ack: string;
}

/** The acks given to operation ids (table `ops`), read and written inside the command's transaction. */
export function createOpRepo(db: Db) {
  const get = db.prepare<[string, string, string], StoredOp>(
    'SELECT digest, ack FROM ops WHERE workshop_id = ? AND sender = ? AND op_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO ops (workshop_id, sender, op_id, digest, ack, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // In batches, so a day's worth going at once never holds the event loop for long.
  const older = db.prepare(
    `DELETE FROM ops WHERE (workshop_id, sender, op_id) IN (
       SELECT workshop_id, sender, op_id FROM ops WHERE at < ? LIMIT ?)`,
  );
  // Facilitators' acks too: some carry participants' words (a ranking importing a list's texts).
  const ofParticipant = db.prepare(
    "DELETE FROM ops WHERE workshop_id = ? AND (sender = ? OR sender GLOB 'f:*')",
  );
  const beyond = db.prepare(
    `DELETE FROM ops WHERE workshop_id = ? AND sender = ? AND at < (
       SELECT at FROM ops WHERE workshop_id = ? AND sender = ? ORDER BY at DESC LIMIT 1 OFFSET ?)`,
  );

  return {
    get(who: OpSender, opId: string): StoredOp | null {
      return get.get(who.workshopId, who.sender, opId) ?? null;
    },
    insert(who: OpSender, opId: string, digest: string, ack: string, at: number): void {
      insert.run(who.workshopId, who.sender, opId, digest, ack, at);
    },
    /** Forgets up to `limit` acks older than `before` (ms); returns how many. */
    pruneOlder(before: number, limit: number): number {
      return older.run(before, limit).changes;
    },
    /**
     * Forgets every ack that may hold a participant's words in a workshop: theirs and the
     * facilitators' (they removed their own contributions, services/contributionService.ts). A
     * facilitator's retry in flight at that moment would run again; removal is rare, words stay.
     */
    forgetParticipant(workshopId: string, participantId: string): void {
      ofParticipant.run(workshopId, participantId);
    },
    /** Forgets one sender's acks older than their newest `keep`; returns how many. */
    capSender(who: OpSender, keep: number): number {
      // The keep-th newest stays, and everything newer: older rows go.
      return beyond.run(who.workshopId, who.sender, who.workshopId, who.sender, keep - 1).changes;
    },
  };
}

export type OpRepo = ReturnType<typeof createOpRepo>;
