import type { Db } from './openDb.ts';

/**
 * Which person each Yjs client id of a document belongs to: whoever first wrote with it. Kept
 * across restarts, so nobody can take over an id whose owner is offline with unsent edits.
 */
export function createYjsClientRepo(db: Db) {
  const load = db.prepare<[string], { client_id: number; owner: string }>(
    'SELECT client_id, owner FROM doc_clients WHERE activity_id = ?',
  );
  const claim = db.prepare('INSERT INTO doc_clients (activity_id, client_id, owner) VALUES (?, ?, ?)');
  const claimAll = db.transaction((docId: string, clientIds: readonly number[], owner: string) => {
    for (const clientId of clientIds) claim.run(docId, clientId, owner);
  });

  return {
    load(docId: string): Map<number, string> {
      return new Map(load.all(docId).map((r) => [r.client_id, r.owner]));
    },
    claim(docId: string, clientIds: readonly number[], owner: string): void {
      claimAll(docId, clientIds, owner);
    },
  };
}

export type YjsClientRepo = ReturnType<typeof createYjsClientRepo>;
