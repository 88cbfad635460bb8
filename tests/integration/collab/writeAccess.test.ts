import { afterEach, describe, expect, it } from 'vitest';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom, priorityIds, type Room } from '../helpers/harness.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf, type YClient } from '../helpers/yjs.ts';

describe('collab/yjsServer write access', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function threeClients(room: Room): Promise<{ writer: YClient; other: YClient; fac: YClient }> {
    const writer = h.yjs(room.url, room.workshop.id, room.participants[0]!.cookie);
    const other = h.yjs(room.url, room.workshop.id, room.participants[1]!.cookie);
    const fac = h.yjs(room.url, room.workshop.id, room.facilitator);
    await waitFor(() => [writer, other, fac].every((y) => y.provider.synced), 5000, 'all synced');
    return { writer, other, fac };
  }

  /** A facilitator edit after the refused one: once `other` has it, the server has passed the refused one by. */
  async function expectRefusedChangeDropped(
    room: Room,
    c: Awaited<ReturnType<typeof threeClients>>,
    code: 'LOCKED' | 'WRONG_PHASE' | 'UNKNOWN_PRIORITY',
  ) {
    const [id] = priorityIds(room);
    await waitFor(() => c.writer.refused.length > 0, 5000, 'refused message');
    expect(c.writer.refused).toEqual([code]);
    c.fac.texts.get(id!)!.insert(0, '!');
    await waitFor(() => textOf(c.other, id!) === '!Vatten', 5000, 'marker edit at other client');
    expect(textOf(c.fac, id!)).toBe('!Vatten');
    const fresh = h.yjs(room.url, room.workshop.id, room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textOf(fresh, id!)).toBe('!Vatten');
  }

  it('refuses a participant edit when the facilitator has locked the workshop', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'business']);
    const [id] = priorityIds(room);
    const c = await threeClients(room);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'workshop:lock', { locked: true }));

    c.writer.texts.get(id!)!.insert(6, ' och avlopp');

    await expectRefusedChangeDropped(room, c, 'LOCKED');
  });

  it('refuses a participant edit in a priority the facilitator has hidden', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public', 'business']);
    const [id, hiddenId] = priorityIds(room);
    const c = await threeClients(room);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'priority:hide', { priorityId: hiddenId!, hidden: true }));

    c.writer.texts.get(hiddenId!)!.insert(0, 'Gömd ');

    await expectRefusedChangeDropped(room, c, 'UNKNOWN_PRIORITY');
    expect(textOf(c.fac, hiddenId!)).toBe('Skog');
    expect(id).toBeDefined();
  });

  it('refuses a participant edit in a priority merged into another', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public', 'business']);
    const [id, sourceId] = priorityIds(room);
    const c = await threeClients(room);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'priority:merge', { sourceId: sourceId!, targetId: id! }));
    await waitFor(() => textOf(c.writer, id!) === 'Vatten\nSkog', 5000, 'merged text');

    c.writer.texts.get(sourceId!)!.insert(0, 'Borta ');

    await waitFor(() => c.writer.refused.length > 0, 5000, 'refused message');
    expect(c.writer.refused).toEqual(['UNKNOWN_PRIORITY']);
    const fresh = h.yjs(room.url, room.workshop.id, room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textOf(fresh, sourceId!)).toBe('Skog');
  });

  it('refuses a participant edit with WRONG_PHASE when voting is open', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'business']);
    const [id] = priorityIds(room);
    const c = await threeClients(room);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));

    c.writer.texts.get(id!)!.insert(0, 'Rent ');

    await expectRefusedChangeDropped(room, c, 'WRONG_PHASE');
  });

  it('accepts participant edits again when the facilitator unlocks', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'business']);
    const [id] = priorityIds(room);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'workshop:lock', { locked: true }));
    okData(await ack(fs, 'workshop:lock', { locked: false }));
    const c = await threeClients(room);

    c.writer.texts.get(id!)!.insert(6, '!');

    await waitFor(() => textOf(c.other, id!) === 'Vatten!', 5000, 'edit at other client');
    expect(c.writer.refused).toEqual([]);
  });

  it('closes the connection with 4401 when there is no valid cookie', async () => {
    const room = await openRoom(h, ['Vatten']);
    const anonymous = h.yjs(room.url, room.workshop.id, null);
    const forged = h.yjs(room.url, room.workshop.id, `samsyn_p_${room.workshop.id}=not-a-token`);

    await waitFor(() => anonymous.closeCodes.length > 0 && forged.closeCodes.length > 0, 5000, 'closes');
    expect(anonymous.closeCodes[0]).toBe(YJS_CLOSE.unauthorised);
    expect(forged.closeCodes[0]).toBe(YJS_CLOSE.unauthorised);
    expect(anonymous.texts.size).toBe(0);
  });

  it('closes the connection with 4401 when the participant belongs to another workshop', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const other = await openRoom(h, ['Skog']);
    const y = h.yjs(room.url, room.workshop.id, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'own workshop synced');
    const stranger = h.yjs(other.url, other.workshop.id, room.participants[0]!.cookie);

    await waitFor(() => stranger.closeCodes.length > 0, 5000, 'close');
    expect(stranger.closeCodes[0]).toBe(YJS_CLOSE.unauthorised);
    expect(stranger.texts.size).toBe(0);
  });

  it('closes the connection with 4404 when the workshop does not exist', async () => {
    const room = await openRoom(h, []);
    const y = h.yjs(room.url, 'no-such-workshop', room.facilitator);

    await waitFor(() => y.closeCodes.length > 0, 5000, 'close');
    expect(y.closeCodes[0]).toBe(YJS_CLOSE.notFound);
  });
});
