import type { PriorityMeta, Provenance } from '../../shared/domain/items.ts';
import type { Sector } from '../../shared/domain/sectors.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  hidden: number;
  merged_into: string | null;
  merged_from: string;
  created_by_sector: Sector | null;
  created_at: string;
}

const toMeta = (r: Row): PriorityMeta => ({
  id: r.id,
  hidden: r.hidden === 1,
  mergedInto: r.merged_into,
  mergedFrom: JSON.parse(r.merged_from) as Provenance[],
  createdBySector: r.created_by_sector,
  createdAt: r.created_at,
});

/** The items of an activity (a list's priorities), with moderation and provenance. */
export function createItemRepo(db: Db) {
  const list = db.prepare<[string], Row>(
    'SELECT * FROM items WHERE activity_id = ? ORDER BY position, created_at',
  );
  const insert = db.prepare(
    `INSERT INTO items (id, activity_id, position, hidden, merged_into, merged_from, created_by_sector,
       created_at, created_by) VALUES (?, ?, ?, 0, NULL, '[]', ?, ?, ?)`,
  );
  const countBy = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM items WHERE activity_id = ? AND created_by = ?',
  );
  const setPosition = db.prepare('UPDATE items SET position = ? WHERE id = ? AND activity_id = ?');
  const setHidden = db.prepare('UPDATE items SET hidden = ? WHERE id = ? AND activity_id = ?');
  const setHiddenText = db.prepare('UPDATE items SET hidden_text = ? WHERE id = ? AND activity_id = ?');
  const hiddenInDocument = db.prepare<[], { activity_id: string; id: string }>(
    'SELECT activity_id, id FROM items WHERE hidden = 1 AND hidden_text IS NULL AND merged_into IS NULL',
  );
  const hiddenTexts = db.prepare<[string], { id: string; hidden_text: string }>(
    'SELECT id, hidden_text FROM items WHERE activity_id = ? AND hidden_text IS NOT NULL',
  );
  const setMerge = db.prepare('UPDATE items SET merged_into = ? WHERE id = ? AND activity_id = ?');
  const setMergedFrom = db.prepare('UPDATE items SET merged_from = ? WHERE id = ? AND activity_id = ?');
  const createdBy = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM items WHERE activity_id = ? AND created_by = ? ORDER BY created_at',
  );
  // A removed item keeps its row, so the numbers of the items after it hold (itemNumbers.ts): it
  // points at itself as a merged item points at its target, so every reader leaves it out as
  // gone, and it keeps nothing of the person (its text is deleted from the document).
  const tombstone = db.prepare(
    `UPDATE items SET merged_into = id, hidden = 1, merged_from = '[]', created_by = NULL,
       created_by_sector = NULL, hidden_text = NULL WHERE id = ? AND activity_id = ?`,
  );
  const detach = db.prepare('UPDATE items SET created_by = NULL WHERE id = ? AND activity_id = ?');

  return {
    /** Every item of the activity, merged ones included, in display order. */
    list(activityId: string): PriorityMeta[] {
      return list.all(activityId).map(toMeta);
    },
    /** `createdBy`: the participant who added it; null for the facilitator's and seeded items. */
    insert(activityId: string, p: PriorityMeta, position: number, createdBy: string | null): void {
      insert.run(p.id, activityId, position, p.createdBySector, p.createdAt, createdBy);
    },
    /** Items one participant added to the activity, hidden and merged ones included. */
    countBy(activityId: string, participantId: string): number {
      return countBy.get(activityId, participantId)?.n ?? 0;
    },
    /** Writes positions 0..n-1 in the given order. */
    reorder(activityId: string, ids: readonly string[]): void {
      for (const [index, id] of ids.entries()) setPosition.run(index, id, activityId);
    },
    /** The ids of the items one participant added, merged ones included (a removed one has no author). */
    createdBy(activityId: string, participantId: string): string[] {
      return createdBy.all(activityId, participantId).map((r) => r.id);
    },
    /** Its author removed it: gone from the list, its number kept (see `tombstone`). */
    remove(activityId: string, id: string): void {
      tombstone.run(id, activityId);
    },
    /** Its author's name comes off a shared item; the item and its text stay. */
    detach(activityId: string, id: string): void {
      detach.run(id, activityId);
    },
    setHidden(activityId: string, id: string, hidden: boolean): void {
      setHidden.run(hidden ? 1 : 0, id, activityId);
    },
    /**
     * The text of a hidden item, kept out of the shared document (server/activities/list/hide.ts);
     * null when shown again. Staff read it through `hiddenTexts`.
     */
    setHiddenText(activityId: string, id: string, text: string | null): void {
      setHiddenText.run(text, id, activityId);
    },
    /**
     * Hidden items with no kept text: hidden before hiding took texts out of the shared document
     * (schema 12), or by a hide a crash cut short. Their text may still be in the document.
     */
    hiddenInDocument(): Array<{ activityId: string; itemId: string }> {
      return hiddenInDocument.all().map((r) => ({ activityId: r.activity_id, itemId: r.id }));
    },
    /** Item id → kept text, for the items whose text is out of the document while hidden. */
    hiddenTexts(activityId: string): Map<string, string> {
      return new Map(hiddenTexts.all(activityId).map((r) => [r.id, r.hidden_text]));
    },
    markMerged(activityId: string, sourceId: string, targetId: string, targetMergedFrom: Provenance[]): void {
      setMerge.run(targetId, sourceId, activityId);
      setMergedFrom.run(JSON.stringify(targetMergedFrom), targetId, activityId);
    },
  };
}

export type ItemRepo = ReturnType<typeof createItemRepo>;
