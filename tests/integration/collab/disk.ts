import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { dbFileOf } from '../helpers/server.ts';

function withDb<T>(dataDir: string, readonly: boolean, fn: (db: Database.Database) => T): T {
  const db = new Database(dbFileOf(dataDir), { readonly, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The stored Yjs log of an activity's document, row by row, read beside the running server. */
export function storedLog(dataDir: string, activityId: string): Buffer[] {
  return withDb(dataDir, true, (db) =>
    db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_updates WHERE activity_id = ? ORDER BY seq')
      .all(activityId)
      .map((r) => r.data),
  );
}

/** What the stored log replays to: the texts as JSON, the root names, and whether anything is pending. */
export function storedDoc(dataDir: string, activityId: string) {
  const doc = new Y.Doc();
  for (const row of storedLog(dataDir, activityId)) Y.applyUpdate(doc, row);
  return {
    texts: doc.getMap(TEXTS_KEY).toJSON(),
    roots: [...doc.share.keys()].sort(),
    pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
  };
}

/** Appends a raw row to a stopped server's log, e.g. bytes no Yjs can read. */
export function appendRow(dataDir: string, activityId: string, data: Uint8Array): void {
  withDb(dataDir, false, (db) => {
    db.prepare('INSERT INTO doc_updates (activity_id, data) VALUES (?, ?)').run(activityId, data);
  });
}
