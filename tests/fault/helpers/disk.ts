import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { dbFileOf } from '../../integration/helpers/server.ts';

/** What one run left in its SQLite file, read with the server stopped or beside it (read-only). */
export interface Disk {
  integrity: string;
  /** activity id → participant id → key → value (parsed JSON). */
  responses: Map<string, Map<string, Record<string, unknown>>>;
  /** activity id → entries (posts, words) with their writer. */
  entries: Map<string, Array<{ id: string; participantId: string | null; text: string }>>;
  /** activity id → its items' ids. */
  items: Map<string, string[]>;
  status: Map<string, string>;
  /** The co-edited document as its stored log replays: item id → text. */
  texts: (activityId: string) => Record<string, string>;
  /** Rows in the stored log of a document. */
  logRows: (activityId: string) => number;
}

export function readDisk(dataDir: string): Disk {
  const db = new Database(dbFileOf(dataDir), { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
    const responses: Disk['responses'] = new Map();
    for (const r of db
      .prepare<[], { activity_id: string; participant_id: string; key: string; value: string }>(
        'SELECT activity_id, participant_id, key, value FROM responses',
      )
      .all()) {
      const byParticipant = responses.get(r.activity_id) ?? new Map<string, Record<string, unknown>>();
      responses.set(r.activity_id, byParticipant);
      const rows = byParticipant.get(r.participant_id) ?? {};
      byParticipant.set(r.participant_id, rows);
      rows[r.key] = JSON.parse(r.value);
    }
    const entries: Disk['entries'] = new Map();
    for (const e of db
      .prepare<[], { id: string; activity_id: string; participant_id: string | null; text: string }>(
        'SELECT id, activity_id, participant_id, text FROM entries',
      )
      .all()) {
      const list = entries.get(e.activity_id) ?? [];
      entries.set(e.activity_id, list);
      list.push({ id: e.id, participantId: e.participant_id, text: e.text });
    }
    const items: Disk['items'] = new Map();
    for (const i of db
      .prepare<[], { id: string; activity_id: string }>('SELECT id, activity_id FROM items ORDER BY position')
      .all()) {
      const list = items.get(i.activity_id) ?? [];
      items.set(i.activity_id, list);
      list.push(i.id);
    }
    const status = new Map(
      db
        .prepare<[], { id: string; status: string }>('SELECT id, status FROM activities')
        .all()
        .map((a) => [a.id, a.status] as const),
    );
    const logs = new Map<string, Buffer[]>();
    for (const row of db
      .prepare<[], { activity_id: string; data: Buffer }>(
        'SELECT activity_id, data FROM doc_updates ORDER BY seq',
      )
      .all()) {
      const list = logs.get(row.activity_id) ?? [];
      logs.set(row.activity_id, list);
      list.push(row.data);
    }
    return {
      integrity,
      responses,
      entries,
      items,
      status,
      texts: (activityId) => replay(logs.get(activityId) ?? []),
      logRows: (activityId) => logs.get(activityId)?.length ?? 0,
    };
  } finally {
    db.close();
  }
}

/** Replays a stored log the way the server loads it; throws if a row is no Yjs update. */
export function replay(rows: readonly Uint8Array[]): Record<string, string> {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row);
  if (doc.store.pendingStructs || doc.store.pendingDs)
    throw new Error('the stored log leaves structs pending');
  return textsOf(doc.getMap<Y.Text>(TEXTS_KEY));
}

export const textsOf = (texts: Y.Map<Y.Text>): Record<string, string> =>
  Object.fromEntries([...texts.entries()].map(([id, t]) => [id, t.toString()]));

/** How often `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count += 1;
  return count;
}
