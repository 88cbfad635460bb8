import { afterEach, describe, expect, it } from 'vitest';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom, priorityIds } from '../helpers/harness.ts';
import { api, createWorkshop, type ErrorBody } from '../helpers/http.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';
import { appendRow, storedLog } from './disk.ts';

/** A stored update Yjs cannot read: it claims 200 structs from a client and then ends. */
const CORRUPT = new Uint8Array([1, 200, 1, 255, 255]);

describe('collab unreadable document', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('closes only the connections to that workshop with 4500 and keeps serving the others when its stored log is corrupt', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public']);
    const { workshop: healthy } = await createWorkshop(room.url, room.facilitator, ['Fjäll']);
    await h.closeApp(room.app);
    appendRow(room.dataDir, room.workshop.id, CORRUPT);
    const rowsBefore = storedLog(room.dataDir, room.workshop.id);
    const { app } = await h.start({ dataDir: room.dataDir });

    const broken = h.yjs(app.url, room.workshop.id, room.participants[0]!.cookie);
    const fine = h.yjs(app.url, healthy.id, room.facilitator);

    await waitFor(() => broken.closeCodes.length > 0, 5000, 'broken workshop closed');
    expect(broken.closeCodes[0]).toBe(YJS_CLOSE.unreadable);
    await waitFor(() => fine.provider.synced, 5000, 'healthy workshop synced');
    expect(textOf(fine, healthy.priorities[0]!.id)).toBe('Fjäll');
    expect((await api(app.url, 'GET', '/api/health')).status).toBe(200);

    const f = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);
    const [source, target] = priorityIds(room) as [string, string];
    const add = await ack(f, 'priority:add', { text: 'Ny' });
    const merge = await ack(f, 'priority:merge', { sourceId: source, targetId: target });
    const exported = await api<ErrorBody>(app.url, 'GET', `/api/workshops/${room.workshop.id}/export.md`, {
      cookie: room.facilitator,
    });
    expect([add, merge]).toEqual([
      { ok: false, error: { code: 'DOCUMENT_UNREADABLE' } },
      { ok: false, error: { code: 'DOCUMENT_UNREADABLE' } },
    ]);
    expect(exported.body.error.code).toBe('DOCUMENT_UNREADABLE');
    // The rest of the workshop still works: phase changes do not need its document.
    okData(await ack(f, 'workshop:lock', { locked: true }));

    await h.closeApp(app);
    expect(storedLog(room.dataDir, room.workshop.id)).toEqual(rowsBefore);
  });
});
