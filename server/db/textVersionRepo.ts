import type { Sector } from '../../shared/domain/sectors.ts';
import type { Db } from './openDb.ts';

/** Who wrote a version: a participant id, `facilitator`, or null for the server (seed, merge). */
export type VersionAuthor = string | null;

export interface TextVersionRow {
  id: number;
  itemId: string;
  text: string;
  author: VersionAuthor;
  createdAt: string;
  /** The participant's details when a participant wrote it. */
  sector: Sector | null;
  displayName: string | null;
}

interface Row {
  id: number;
  item_id: string;
  text: string;
  author: string | null;
  created_at: string;
  sector: Sector | null;
  display_name: string | null;
}

const toVersion = (r: Row): TextVersionRow => ({
  id: r.id,
  itemId: r.item_id,
  text: r.text,
  author: r.author,
  createdAt: r.created_at,
  sector: r.sector,
  displayName: r.display_name,
});

const SELECT = `SELECT v.*, p.sector, p.display_name FROM text_versions v
  LEFT JOIN participants p ON p.id = v.author`;

/** Earlier versions of co-edited texts, newest first, a bounded number per item. */
export function createTextVersionRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO text_versions (workshop_id, item_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[string, string, number], Row>(
    `${SELECT} WHERE v.workshop_id = ? AND v.item_id = ? ORDER BY v.id DESC LIMIT ?`,
  );
  const one = db.prepare<[number, string, string], Row>(
    `${SELECT} WHERE v.id = ? AND v.workshop_id = ? AND v.item_id = ?`,
  );
  const prune = db.prepare(
    `DELETE FROM text_versions WHERE workshop_id = ? AND item_id = ? AND id NOT IN
       (SELECT id FROM text_versions WHERE workshop_id = ? AND item_id = ? ORDER BY id DESC LIMIT ?)`,
  );

  return {
    /** Adds a version and drops the oldest beyond `keep`, in one transaction. */
    add: db.transaction(
      (workshopId: string, itemId: string, text: string, author: VersionAuthor, at: string, keep: number) => {
        insert.run(workshopId, itemId, text, author, at);
        prune.run(workshopId, itemId, workshopId, itemId, keep);
      },
    ),
    list(workshopId: string, itemId: string, limit: number): TextVersionRow[] {
      return list.all(workshopId, itemId, limit).map(toVersion);
    },
    get(workshopId: string, itemId: string, id: number): TextVersionRow | null {
      const row = one.get(id, workshopId, itemId);
      return row ? toVersion(row) : null;
    },
  };
}

export type TextVersionRepo = ReturnType<typeof createTextVersionRepo>;
