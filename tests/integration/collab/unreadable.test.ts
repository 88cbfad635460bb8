import { afterEach, describe, expect, it } from 'vitest';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import {
  addActivity,
  addItem,
  addItemAck,
  control,
  itemIds,
  listAndDots,
  listCommand,
  sync,
} from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api, createWorkshop, type ErrorBody } from '../helpers/http.ts';
import { connectSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';
import { appendRow, storedLog } from './disk.ts';

/** A stored update Yjs cannot read: it claims 200 structs from a client and then ends. */
const CORRUPT = new Uint8Array([1, 200, 1, 255, 255]);

describe('collab unreadable document', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('closes only the connections to that document with 4500 and keeps serving the others when its stored log is corrupt', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public']);
    // Another list of the same workshop, and another workshop's list: neither shares the log.
    const f0 = await connectSocket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const sibling = await addActivity(f0, 'list');
    const siblingItem = await addItem(f0, sibling, 'Syskon');
    await control(f0, sibling, 'open');
    f0.socket.close();
    const { workshop: healthy } = await createWorkshop(room.url, room.facilitator, ['Fjäll']);
    const healthyList = listAndDots(healthy).listId;
    const hf = await connectSocket(room.url, healthy.id, 'facilitator', room.facilitator);
    const [healthyItem] = itemIds(await sync(hf), healthyList);
    hf.socket.close();
    await h.closeApp(room.app);
    appendRow(room.dataDir, room.listId, CORRUPT);
    const rowsBefore = storedLog(room.dataDir, room.listId);
    const { app } = await h.start({ dataDir: room.dataDir });

    const broken = h.yjs(app.url, room.listId, room.participants[0]!.cookie);
    const fine = h.yjs(app.url, healthyList, room.facilitator);
    const neighbour = h.yjs(app.url, sibling, room.participants[0]!.cookie);

    await waitFor(() => broken.closeCodes.length > 0, 5000, 'broken document closed');
    expect(broken.closeCodes[0]).toBe(YJS_CLOSE.unreadable);
    await waitFor(() => fine.provider.synced && neighbour.provider.synced, 5000, 'healthy documents synced');
    expect(textOf(fine, healthyItem!)).toBe('Fjäll');
    expect(textOf(neighbour, siblingItem)).toBe('Syskon');
    expect((await api(app.url, 'GET', '/api/health')).status).toBe(200);

    const f = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);
    const [source, target] = room.items as [string, string];
    const add = await addItemAck(f, room.listId, 'Ny');
    const merge = await listCommand(f, room.listId, 'merge', { sourceId: source, targetId: target });
    const exported = await api<ErrorBody>(app.url, 'GET', `/api/workshops/${room.workshop.id}/export.md`, {
      cookie: room.facilitator,
    });
    expect([add, merge]).toEqual([
      { ok: false, error: { code: 'DOCUMENT_UNREADABLE' } },
      { ok: false, error: { code: 'DOCUMENT_UNREADABLE' } },
    ]);
    expect(exported.body.error.code).toBe('DOCUMENT_UNREADABLE');
    // The rest of the workshop still works: controls and the other list do not need that document.
    await control(f, room.listId, 'lock');
    expect(await addItem(f, sibling, 'Till syskonet')).toEqual(expect.any(String));
    expect(itemIds(await sync(f), room.listId)).toEqual([source, target]);

    await h.closeApp(app);
    expect(storedLog(room.dataDir, room.listId)).toEqual(rowsBefore);
  });
});
