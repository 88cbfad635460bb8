import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../../../shared/limits.ts';
import { addItem, addItemAck } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf, type YClient } from '../helpers/yjs.ts';
import { storedDoc } from './disk.ts';
import { captureUpdate, rawYjs, sendUpdate, textIn } from './rawYjs.ts';

const MAX = LIMITS.priorityTextLength;

/**
 * A participant's text has the same bound whether it arrives as a command (`add`) or as Yjs
 * edits from their phone: one update, many small updates, edits made offline, or a long paste
 * into a text just added.
 */
describe('collab: the length of a participant text written through Yjs', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function phone(room: Room): Promise<YClient> {
    const y = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'phone synced');
    return y;
  }
  const itemText = (y: YClient, id: string): Y.Text => {
    const t = y.texts.get(id);
    if (!(t instanceof Y.Text)) throw new Error(`no text ${id}`);
    return t;
  };
  /** What the server holds, seen by a client that connects afresh, and what it stored. */
  async function onServer(room: Room, id: string): Promise<string | undefined> {
    const fresh = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect((storedDoc(room.dataDir, room.listId).texts as Record<string, string>)[id]).toBe(
      textOf(fresh, id),
    );
    return textOf(fresh, id);
  }

  it('refuses the same over-long text as a command does, and takes one of exactly the limit', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    expect(await addItemAck(p, room.listId, 'x'.repeat(MAX + 1))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });

    const y = await phone(room);
    const id = room.items[0]!;
    itemText(y, id).insert(6, 'x'.repeat(MAX - 6 + 1));
    await waitFor(() => y.refused.length > 0, 5000, 'refusal');
    expect(y.refused).toEqual(['TEXT_TOO_LONG']);
    expect(await onServer(room, id)).toBe('Vatten');

    const exact = await phone(room);
    itemText(exact, id).insert(6, 'y'.repeat(MAX - 6));
    await waitFor(() => allSaved(exact), 5000, 'exact length saved');
    expect(exact.refused).toEqual([]);
    expect((await onServer(room, id))?.length).toBe(MAX);
  });

  it('refuses the update that crosses the limit when a phone types in many small updates', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const y = await phone(room);
    const id = room.items[0]!;
    const chunk = 'ord '.repeat(25); // 100 characters per update
    for (let i = 0; i < 4; i += 1) {
      itemText(y, id).insert(itemText(y, id).length, chunk);
      await waitFor(() => allSaved(y), 5000, `update ${i} saved`);
    }
    expect(y.refused).toEqual([]);

    itemText(y, id).insert(itemText(y, id).length, chunk);
    await waitFor(() => y.refused.length > 0, 5000, 'refusal');
    // Once refused, what the phone builds on that text is refused too: it never reaches the server.
    itemText(y, id).insert(0, 'a');
    await waitFor(() => y.refused.length > 1, 5000, 'second refusal');

    expect(y.refused[0]).toBe('TEXT_TOO_LONG');
    expect(await onServer(room, id)).toBe(`Vatten${chunk.repeat(4)}`);
  });

  it('refuses a 10,000-character paste into a new text, and offline edits over the limit on reconnecting', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const y = await phone(room);
    const id = await addItem(p, room.listId, 'Ny');
    await waitFor(() => textOf(y, id) === 'Ny', 5000, 'new item at the phone');

    itemText(y, id).insert(2, 'z'.repeat(10_000));
    await waitFor(() => y.refused.length > 0, 5000, 'refusal');
    expect(y.refused).toEqual(['TEXT_TOO_LONG']);

    const offline = await phone(room);
    const seeded = room.items[0]!;
    offline.provider.disconnect();
    for (let i = 0; i < 6; i += 1) itemText(offline, seeded).insert(0, 'offline '.repeat(12)); // 576 characters
    offline.provider.connect();
    await waitFor(() => offline.refused.length > 0, 5000, 'refusal after reconnecting');
    expect(offline.refused).toEqual(['TEXT_TOO_LONG']);

    expect(await onServer(room, id)).toBe('Ny');
    expect(await onServer(room, seeded)).toBe('Vatten');
  });

  it('gives no extra room to an update that repeats deletions the server already has', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const raw = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    const id = room.items[0]!;
    const t = textIn(raw, id);
    sendUpdate(
      raw,
      captureUpdate(raw.doc, () => t.insert(6, 'd'.repeat(400))),
    );
    await waitFor(() => raw.replies.length === 1, 5000, 'insert saved');
    sendUpdate(
      raw,
      captureUpdate(raw.doc, () => t.delete(6, 400)),
    );
    await waitFor(() => raw.replies.length === 2, 5000, 'delete saved');

    // Every deletion the peer knows of (400 characters) plus 500 new ones: a naive count says +100.
    const serverState = Y.encodeStateVector(raw.doc);
    t.insert(6, 'n'.repeat(MAX));
    sendUpdate(raw, Y.encodeStateAsUpdate(raw.doc, serverState));
    await waitFor(() => raw.replies.length === 3, 5000, 'reply');

    expect(raw.replies).toEqual([{ saved: 1 }, { saved: 2 }, { refused: 'TEXT_TOO_LONG' }]);
    expect(await onServer(room, id)).toBe('Vatten');
    raw.ws.close();
  });
});
