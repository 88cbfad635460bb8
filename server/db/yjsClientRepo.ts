import type { Db } from './openDb.ts';

/**
 * Which person each Yjs client id of a workshop belongs to: whoever first wrote with it. Kept
 * across restarts, so nobody can take over an id whose owner is offline with unsent edits.
 */
export function createYjsClientRepo(db: Db) {
  const load = db.prepare<[string], { client_id: number; owner: string }>(
    'SELECT client_id, owner FROM yjs_clients WHERE workshop_id = ?',
  );
  const claim = db.prepare('INSERT INTO yjs_clients (workshop_id, client_id, owner) VALUES (?, ?, ?)');
  const claimAll = db.transaction((workshopId: string, clientIds: readonly number[], owner: string) => {
    for (const clientId of clientIds) claim.run(workshopId, clientId, owner);
  });

  return {
    load(workshopId: string): Map<number, string> {
      return new Map(load.all(workshopId).map((r) => [r.client_id, r.owner]));
    },
    claim(workshopId: string, clientIds: readonly number[], owner: string): void {
      claimAll(workshopId, clientIds, owner);
    },
  };
}

export type YjsClientRepo = ReturnType<typeof createYjsClientRepo>;
