import { afterEach, describe, expect, it } from 'vitest';
import { control, hideItem, mergeItems, openVote } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import type { TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf, type YClient } from '../helpers/yjs.ts';

/**
 * Participants write only in the visible items of an open, unlocked list; asked again on every
 * update, so a lock, a close or a hide applies to connections already open.
 */
describe('collab/yjsServer write access', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  interface Scene {
    room: Room;
    fs: TestSocket;
    writer: YClient;
    other: YClient;
    fac: YClient;
  }

  async function scene(texts: string[]): Promise<Scene> {
    const room = await openRoom(h, texts, ['public', 'business']);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const writer = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    const other = h.yjs(room.url, room.listId, room.participants[1]!.cookie);
    const fac = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => [writer, other, fac].every((y) => y.provider.synced), 5000, 'all synced');
    return { room, fs, writer, other, fac };
  }

  /** A facilitator edit after the refused one: once `other` has it, the server has passed the refused one by. */
  async function expectRefusedChangeDropped(
    s: Scene,
    code: 'LOCKED' | 'WRONG_PHASE' | 'UNKNOWN_PRIORITY' | 'YJS_NOT_TEXT',
  ) {
    const [id] = s.room.items as [string];
    await waitFor(() => s.writer.refused.length > 0, 5000, 'refused message');
    expect(s.writer.refused).toEqual([code]);
    s.fac.texts.get(id)!.insert(0, '!');
    await waitFor(() => textOf(s.other, id) === '!Vatten', 5000, 'marker edit at other client');
    expect(textOf(s.fac, id)).toBe('!Vatten');
    const fresh = h.yjs(s.room.url, s.room.listId, s.room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textOf(fresh, id)).toBe('!Vatten');
  }

  it('accepts a participant edit in a visible item when the list is open and unlocked', async () => {
    const s = await scene(['Vatten']);
    const [id] = s.room.items as [string];

    s.writer.texts.get(id)!.insert(6, '!');

    await waitFor(() => textOf(s.other, id) === 'Vatten!', 5000, 'edit at other client');
    expect(s.writer.refused).toEqual([]);
  });

  it('refuses a participant edit with LOCKED when the facilitator has locked the list', async () => {
    const s = await scene(['Vatten']);
    await control(s.fs, s.room.listId, 'lock');

    s.writer.texts.get(s.room.items[0]!)!.insert(6, ' och avlopp');

    await expectRefusedChangeDropped(s, 'LOCKED');
  });

  it('refuses a participant edit with WRONG_PHASE when the facilitator has closed the list', async () => {
    const s = await scene(['Vatten']);
    await control(s.fs, s.room.listId, 'close');

    s.writer.texts.get(s.room.items[0]!)!.insert(0, 'Rent ');

    await expectRefusedChangeDropped(s, 'WRONG_PHASE');
  });

  it('refuses a participant edit with WRONG_PHASE when the dot voting over the list is opened', async () => {
    const s = await scene(['Vatten']);
    // Opening the dot voting closes its source list: texts freeze while people vote.
    await openVote(s.fs, s.room.dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });

    s.writer.texts.get(s.room.items[0]!)!.insert(0, 'Rent ');

    await expectRefusedChangeDropped(s, 'WRONG_PHASE');
  });

  it('takes a hidden item out of open clients, and refuses with YJS_NOT_TEXT an edit typed into it offline', async () => {
    const s = await scene(['Vatten', 'Skog']);
    const [, hiddenId] = s.room.items as [string, string];
    s.writer.provider.disconnect();
    await hideItem(s.fs, s.room.listId, hiddenId, true);
    // The text leaves the document (server/activities/list/hide.ts), on every open client too.
    await waitFor(() => !s.other.texts.has(hiddenId) && !s.fac.texts.has(hiddenId), 5000, 'the hide');

    s.writer.texts.get(hiddenId)!.insert(0, 'Gömd ');
    s.writer.provider.connect();

    await expectRefusedChangeDropped(s, 'YJS_NOT_TEXT');
    expect(s.fac.texts.has(hiddenId)).toBe(false);
  });

  it('refuses a participant edit with UNKNOWN_PRIORITY in an item merged into another', async () => {
    const s = await scene(['Vatten', 'Skog']);
    const [id, sourceId] = s.room.items as [string, string];
    await mergeItems(s.fs, s.room.listId, sourceId, id);
    await waitFor(() => textOf(s.writer, id) === 'Vatten\nSkog', 5000, 'merged text');

    s.writer.texts.get(sourceId)!.insert(0, 'Borta ');

    await waitFor(() => s.writer.refused.length > 0, 5000, 'refused message');
    expect(s.writer.refused).toEqual(['UNKNOWN_PRIORITY']);
    const fresh = h.yjs(s.room.url, s.room.listId, s.room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textOf(fresh, sourceId)).toBe('Skog');
  });

  it('accepts participant edits again when the facilitator unlocks and reopens the list', async () => {
    const s = await scene(['Vatten']);
    const [id] = s.room.items as [string];
    await control(s.fs, s.room.listId, 'lock');
    await control(s.fs, s.room.listId, 'close');
    await control(s.fs, s.room.listId, 'unlock');
    await control(s.fs, s.room.listId, 'open');

    s.writer.texts.get(id)!.insert(6, '!');

    await waitFor(() => textOf(s.other, id) === 'Vatten!', 5000, 'edit at other client');
    expect(s.writer.refused).toEqual([]);
  });

  it('lets the facilitator write when the list is locked and closed', async () => {
    const s = await scene(['Vatten']);
    const [id] = s.room.items as [string];
    await control(s.fs, s.room.listId, 'lock');
    await control(s.fs, s.room.listId, 'close');

    s.fac.texts.get(id)!.insert(6, '!');

    await waitFor(() => textOf(s.other, id) === 'Vatten!', 5000, 'facilitator edit at other client');
    expect(s.fac.refused).toEqual([]);
  });
});
