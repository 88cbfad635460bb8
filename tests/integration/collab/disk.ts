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

/** The stored Yjs log of a workshop, row by row, read beside the running server. */
export function storedLog(dataDir: string, workshopId: string): Buffer[] {
  return withDb(dataDir, true, (db) =>
    db
      .prepare<[string], { data: Buffer }>('SELECT data FROM yjs_updates WHERE workshop_id = ? ORDER BY seq')
      .all(workshopId)
      .map((r) => r.data),
  );
}

/** What the stored log replays to: the texts as JSON, the root names, and whether anything is pending. */
export function storedDoc(dataDir: string, workshopId: string) {
  const doc = new Y.Doc();
  for (const row of storedLog(dataDir, workshopId)) Y.applyUpdate(doc, row);
  return {
    texts: doc.getMap(TEXTS_KEY).toJSON(),
    roots: [...doc.share.keys()].sort(),
    pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
  };
}

/** Appends a raw row to a stopped server's log, e.g. bytes no Yjs can read. */
export function appendRow(dataDir: string, workshopId: string, data: Uint8Array): void {
  withDb(dataDir, false, (db) => {
    db.prepare('INSERT INTO yjs_updates (workshop_id, data) VALUES (?, ?)').run(workshopId, data);
  });
}
