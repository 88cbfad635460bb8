import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ListView } from '../../../shared/activities/list/types.ts';
import { projectorCookie } from '../../abuse/world.ts';
import { storedDoc, storedLog } from '../collab/disk.ts';
import { captureUpdate, rawYjs, sendUpdate } from '../collab/rawYjs.ts';
import { hideItem, mergeItems, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * Hiding a priority takes its text out of the list's Yjs document (server/activities/list/hide.ts):
 * whoever syncs afterwards (a participant, the projector link) gets no trace of it, nor does the
 * stored log, while the facilitator still reads it (staff view, versions, export) and showing
 * the item again brings it back exactly.
 */
describe('list: a hidden item keeps its text from the room', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  const SECRET = 'Hemlig-ÅÄÖ-4711';

  /** What a client syncing now gets: the item's text (null: no entry) and the raw bytes. */
  async function fresh(room: Room, cookie: string, itemId: string) {
    const peer = await rawYjs(room.url, room.listId, cookie);
    const value = peer.texts.get(itemId);
    const bytes = Buffer.from(Y.encodeStateAsUpdate(peer.doc));
    peer.ws.close();
    return { text: value === undefined ? null : String(value), leaks: bytes.includes(Buffer.from('Hemlig')) };
  }

  const logLeaks = (room: Room) =>
    storedLog(room.dataDir, room.listId).some((row) => row.includes(Buffer.from('Hemlig')));

  async function download(room: Room): Promise<string> {
    const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.md?lang=sv`, {
      headers: { cookie: room.facilitator },
    });
    expect(res.status).toBe(200);
    return res.text();
  }

  it('keeps the text out of fresh participants, the projector and the stored log, and restores it on unhide', async () => {
    const room = await openRoom(h, ['Hemlig', 'Synlig'], ['public']);
    const [item, other] = room.items as [string, string];
    const participant = room.participants[0]!.cookie;
    const projector = await projectorCookie(room.url, room.facilitator, room.workshop.id);
    // A participant types into it first, so its text is made of several writers' pieces.
    const writer = await rawYjs(room.url, room.listId, participant);
    sendUpdate(
      writer,
      captureUpdate(writer.doc, () => (writer.texts.get(item) as Y.Text).insert(6, '-ÅÄÖ-4711')),
    );
    await waitFor(() => writer.replies.length > 0, 5000, 'the edit saved');
    expect(writer.replies).toEqual([{ saved: expect.any(Number) }]);
    writer.ws.close();
    expect(await fresh(room, participant, item)).toEqual({ text: SECRET, leaks: true });

    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await hideItem(fs, room.listId, item, true);

    expect(await fresh(room, participant, item)).toEqual({ text: null, leaks: false });
    expect(await fresh(room, projector, item)).toEqual({ text: null, leaks: false });
    expect(await fresh(room, room.facilitator, item)).toEqual({ text: null, leaks: false });
    expect(logLeaks(room)).toBe(false);
    expect(storedDoc(room.dataDir, room.listId).texts).toEqual({ [other]: 'Synlig' });
    // The facilitator reads it from the server: the staff view, the versions, the export.
    const staffView = (await sync(fs)).views[room.listId] as ListView;
    expect(staffView.hiddenTexts).toEqual({ [item]: SECRET });
    const versions = okData(
      await ack(fs, 'text:versions', { activityId: room.listId, itemId: item }),
    ).versions;
    expect(versions[0]?.text).toBe(SECRET);
    expect(await download(room)).toContain(SECRET);
    const p = await h.socket(room.url, room.workshop.id, 'participant', participant);
    const roomView = (await sync(p)).views[room.listId] as ListView;
    expect(roomView.hiddenTexts).toBeUndefined();
    expect(JSON.stringify(roomView)).not.toContain('Hemlig');

    await hideItem(fs, room.listId, item, false);

    expect(await fresh(room, participant, item)).toEqual({ text: SECRET, leaks: true });
    expect(await fresh(room, projector, item)).toEqual({ text: SECRET, leaks: true });
    expect(((await sync(fs)).views[room.listId] as ListView).hiddenTexts).toBeUndefined();
    expect(storedDoc(room.dataDir, room.listId).texts).toEqual({ [item]: SECRET, [other]: 'Synlig' });
  });

  it("refuses a participant's offline edit into an item hidden meanwhile, and it leaks nothing", async () => {
    const room = await openRoom(h, ['Hemlig'], ['public']);
    const [item] = room.items as [string];
    const participant = room.participants[0]!.cookie;
    const before = await rawYjs(room.url, room.listId, participant);
    const offline = new Y.Doc();
    offline.clientID = before.doc.clientID;
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(before.doc));
    before.ws.close();
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await hideItem(fs, room.listId, item, true);

    // Back online with what was typed offline into the item, now hidden.
    const update = captureUpdate(offline, () => offline.getMap<Y.Text>('texts').get(item)?.insert(6, ' mer'));
    const back = await rawYjs(room.url, room.listId, participant, offline.clientID);
    sendUpdate(back, update);
    await waitFor(() => back.replies.length > 0, 5000, 'a reply to the offline edit');

    expect(back.replies[0]).toHaveProperty('refused');
    expect(await fresh(room, participant, item)).toEqual({ text: null, leaks: false });
    expect(logLeaks(room)).toBe(false);
    expect(((await sync(fs)).views[room.listId] as ListView).hiddenTexts).toEqual({ [item]: 'Hemlig' });
  });

  it('merges into a hidden item without writing its text into the document', async () => {
    const room = await openRoom(h, ['Hemlig', 'Källa'], ['public']);
    const [target, source] = room.items as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await hideItem(fs, room.listId, target, true);

    await mergeItems(fs, room.listId, source, target);

    expect(await fresh(room, room.participants[0]!.cookie, target)).toEqual({ text: null, leaks: false });
    expect(((await sync(fs)).views[room.listId] as ListView).hiddenTexts).toEqual({
      [target]: 'Hemlig\nKälla',
    });
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const roomView = (await sync(p)).views[room.listId] as ListView;
    // The hidden item's provenance (the merged text) is the staff's alone too.
    expect(roomView.items.map((i) => [i.id, i.hidden, i.mergedFrom])).toEqual([[target, true, []]]);

    await hideItem(fs, room.listId, target, false);
    expect(await fresh(room, room.participants[0]!.cookie, target)).toEqual({
      text: 'Hemlig\nKälla',
      leaks: true,
    });
  });
});
