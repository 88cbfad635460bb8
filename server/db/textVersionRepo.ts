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

const SELECT = `SELECT v.*, p.sector, p.display_name FROM item_versions v
  LEFT JOIN participants p ON p.id = v.author`;

/** Earlier versions of co-edited texts, newest first, a bounded number per item. */
export function createTextVersionRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO item_versions (activity_id, item_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[string, string, number], Row>(
    `${SELECT} WHERE v.activity_id = ? AND v.item_id = ? ORDER BY v.id DESC LIMIT ?`,
  );
  const one = db.prepare<[number, string, string], Row>(
    `${SELECT} WHERE v.id = ? AND v.activity_id = ? AND v.item_id = ?`,
  );
  const authors = db.prepare<[string, string], { author: string | null }>(
    'SELECT DISTINCT author FROM item_versions WHERE activity_id = ? AND item_id = ?',
  );
  const dropItem = db.prepare('DELETE FROM item_versions WHERE activity_id = ? AND item_id = ?');
  const prune = db.prepare(
    `DELETE FROM item_versions WHERE activity_id = ? AND item_id = ? AND id NOT IN
       (SELECT id FROM item_versions WHERE activity_id = ? AND item_id = ? ORDER BY id DESC LIMIT ?)`,
  );

  return {
    /** Adds a version and drops the oldest beyond `keep`, in one transaction. */
    add: db.transaction(
      (activityId: string, itemId: string, text: string, author: VersionAuthor, at: string, keep: number) => {
        insert.run(activityId, itemId, text, author, at);
        prune.run(activityId, itemId, activityId, itemId, keep);
      },
    ),
    list(activityId: string, itemId: string, limit: number): TextVersionRow[] {
      return list.all(activityId, itemId, limit).map(toVersion);
    },
    /** Everyone who has a version of the item's text kept (null: the server). */
    authors(activityId: string, itemId: string): VersionAuthor[] {
      return authors.all(activityId, itemId).map((r) => r.author);
    },
    /** Every kept version of one item's text (its author removed it). */
    dropItem(activityId: string, itemId: string): void {
      dropItem.run(activityId, itemId);
    },
    get(activityId: string, itemId: string, id: number): TextVersionRow | null {
      const row = one.get(id, activityId, itemId);
      return row ? toVersion(row) : null;
    },
  };
}

export type TextVersionRepo = ReturnType<typeof createTextVersionRepo>;
