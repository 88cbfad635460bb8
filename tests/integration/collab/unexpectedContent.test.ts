import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * A document may hold values in `texts` that are not Y.Text: written before the server checked
 * writes, or by a future bug. Reading it must never fail for everyone.
 */
describe('collab unexpected content', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function exportsOf(url: string, room: Room): Promise<Array<{ status: number; text: string }>> {
    return Promise.all(
      (['md', 'csv'] as const).map(async (format) => {
        const res = await fetch(`${url}/api/workshops/${room.workshop.id}/export.${format}`, {
          headers: { cookie: room.facilitator },
        });
        return { status: res.status, text: await res.text() };
      }),
    );
  }

  /** Appends, to a stopped server's stored log, an update that puts `values` into `texts`. */
  function poisonStoredLog(dataDir: string, activityId: string, values: Record<string, unknown>): void {
    const db = new Database(dbFileOf(dataDir));
    try {
      const doc = new Y.Doc();
      const rows = db
        .prepare<[string], { data: Buffer }>(
          'SELECT data FROM doc_updates WHERE activity_id = ? ORDER BY seq',
        )
        .all(activityId);
      for (const row of rows) Y.applyUpdate(doc, row.data);
      const before = Y.encodeStateVector(doc);
      const texts = doc.getMap<unknown>(TEXTS_KEY);
      doc.transact(() => {
        for (const [id, value] of Object.entries(values)) texts.set(id, value);
      });
      db.prepare('INSERT INTO doc_updates (activity_id, data) VALUES (?, ?)').run(
        activityId,
        Y.encodeStateAsUpdate(doc, before),
      );
    } finally {
      db.close();
    }
  }

  it('answers both exports with 200 and the other priorities intact when the stored texts hold a number and null', async () => {
    const room = await openRoom(h, ['Ett', 'Två', 'Kollektivtrafik'], ['public']);
    const [a, b] = room.items as [string, string, string];
    await h.closeApp(room.app);
    poisonStoredLog(room.dataDir, room.listId, { [a]: 42, [b]: null });

    const { app } = await h.start({ dataDir: room.dataDir });
    const [md, csv] = await exportsOf(app.url, room);

    expect([md!.status, csv!.status]).toEqual([200, 200]);
    expect(md!.text).toContain('| Kollektivtrafik |');
    expect(md!.text).not.toContain('| 42 |');
    expect(csv!.text).toContain('"Kollektivtrafik"');
  });

  it('answers both exports with 200 when a participant client sets a number and null in texts', async () => {
    const room = await openRoom(h, ['Ett', 'Två', 'Kollektivtrafik'], ['public']);
    const [a, b] = room.items as [string, string, string];
    const y = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'participant synced');

    const texts = y.doc.getMap<unknown>(TEXTS_KEY);
    y.doc.transact(() => {
      texts.set(a, 42);
      texts.set(b, null);
    });
    // The server refuses it whole; the exports read the texts as they were.
    await waitFor(() => y.refused.length > 0, 5000, 'write refused');
    expect(y.refused).toEqual(['YJS_KEY_CHANGE']);
    const [md, csv] = await exportsOf(room.url, room);

    expect([md!.status, csv!.status]).toEqual([200, 200]);
    expect(md!.text).toContain('| Kollektivtrafik |');
    expect(csv!.text).toContain('"Kollektivtrafik"');
  });
});
