import { afterEach, describe, expect, it } from 'vitest';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { addActivity, addItem, control, listAndDots, openVote } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { createWorkshop, join } from '../helpers/http.ts';
import { ack } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf, type YClient } from '../helpers/yjs.ts';

const closedWith = async (y: YClient, what: string): Promise<number> => {
  await waitFor(() => y.closeCodes.length > 0, 5000, what);
  return y.closeCodes[0]!;
};

/**
 * Who may open which document, decided at the upgrade: a document is a list activity's (the room
 * name is its id); participants of its workshop and its facilitators open it, nobody else.
 */
describe('collab/yjsServer opening a document', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('closes the connection with 4401 when there is no valid cookie', async () => {
    const room = await openRoom(h, ['Vatten']);
    const anonymous = h.yjs(room.url, room.listId, null);
    const forged = h.yjs(room.url, room.listId, `samsyn_p_${room.workshop.id}=not-a-token`);

    expect(await closedWith(anonymous, 'anonymous closed')).toBe(YJS_CLOSE.unauthorised);
    expect(await closedWith(forged, 'forged closed')).toBe(YJS_CLOSE.unauthorised);
    expect(anonymous.texts.size).toBe(0);
    expect(forged.texts.size).toBe(0);
  });

  it('closes with 4401 when a participant of one workshop opens a list of another on the same server', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const other = await createWorkshop(room.url, room.facilitator, ['Hemligt'], 'Annan workshop');
    const { listId: otherList } = listAndDots(other.workshop);
    const own = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => own.provider.synced, 5000, 'own list synced');
    // Their own cookie, and their token under the other workshop's cookie name.
    const stranger = h.yjs(room.url, otherList, room.participants[0]!.cookie);
    const renamed = room.participants[0]!.cookie.replace(room.workshop.id, other.workshop.id);
    expect(renamed).not.toBe(room.participants[0]!.cookie);
    const forged = h.yjs(room.url, otherList, renamed);

    expect(await closedWith(stranger, 'stranger closed')).toBe(YJS_CLOSE.unauthorised);
    expect(await closedWith(forged, 'forged closed')).toBe(YJS_CLOSE.unauthorised);
    expect(stranger.texts.size + forged.texts.size).toBe(0);
    // A participant of that workshop does open it: the list id was right.
    const member = await join(room.url, other.workshop.code, 'civil');
    const insider = h.yjs(room.url, otherList, member.cookie);
    await waitFor(() => insider.provider.synced, 5000, 'insider synced');
    expect([...insider.texts.values()].map((t) => t.toString())).toEqual(['Hemligt']);
  });

  it('closes with 4404 when the activity does not exist or is the workshop id', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const unknown = h.yjs(room.url, 'no-such-activity', room.facilitator);
    // Documents were named by workshop before the agenda; that name opens nothing now.
    const byWorkshop = h.yjs(room.url, room.workshop.id, room.participants[0]!.cookie);

    expect(await closedWith(unknown, 'unknown closed')).toBe(YJS_CLOSE.notFound);
    expect(await closedWith(byWorkshop, 'workshop id closed')).toBe(YJS_CLOSE.notFound);
  });

  it('closes a participant with 4404 on a draft list, and lets them in once it is opened', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const draft = await addActivity(fs, 'list');
    const itemId = await addItem(fs, draft, 'Förberett');
    // The facilitators prepare it: they open its document.
    const fac = h.yjs(room.url, draft, room.facilitator);
    await waitFor(
      () => fac.provider.synced && textOf(fac, itemId) === 'Förberett',
      5000,
      'facilitator synced',
    );

    const early = h.yjs(room.url, draft, room.participants[0]!.cookie);
    expect(await closedWith(early, 'participant closed')).toBe(YJS_CLOSE.notFound);
    expect(early.texts.size).toBe(0);

    await control(fs, draft, 'open');
    const later = h.yjs(room.url, draft, room.participants[0]!.cookie);
    await waitFor(
      () => later.provider.synced && textOf(later, itemId) === 'Förberett',
      5000,
      'participant synced',
    );
  });

  it('closes with 4404 on a dot voting, which has no document, whoever asks', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await openVote(fs, room.dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });
    const participant = h.yjs(room.url, room.dotsId, room.participants[0]!.cookie);
    const facilitator = h.yjs(room.url, room.dotsId, room.facilitator);

    expect(await closedWith(participant, 'participant closed')).toBe(YJS_CLOSE.notFound);
    expect(await closedWith(facilitator, 'facilitator closed')).toBe(YJS_CLOSE.notFound);
  });

  it('lets a participant read a closed list, whose texts label the dot voting', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await openVote(fs, room.dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });

    const reader = h.yjs(room.url, room.listId, room.participants[0]!.cookie);

    await waitFor(() => reader.provider.synced, 5000, 'reader synced');
    expect(textOf(reader, room.items[0]!)).toBe('Vatten');
    expect(reader.closeCodes).toEqual([]);
  });

  it('closes the connections of a list that is deleted while open, and opens it no more', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const extra = await addActivity(fs, 'list');
    const itemId = await addItem(fs, extra, 'Tillfällig');
    await control(fs, extra, 'open');
    const reader = h.yjs(room.url, extra, room.participants[0]!.cookie);
    const fac = h.yjs(room.url, extra, room.facilitator);
    const bystander = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(
      () => [reader, fac, bystander].every((y) => y.provider.synced) && textOf(reader, itemId),
      5000,
      'all synced',
    );

    expect(await ack(fs, 'agenda:delete', { activityId: extra })).toEqual({ ok: true, data: null });

    expect(await closedWith(reader, 'participant closed')).toBe(YJS_CLOSE.notFound);
    expect(await closedWith(fac, 'facilitator closed')).toBe(YJS_CLOSE.notFound);
    const again = h.yjs(room.url, extra, room.facilitator);
    expect(await closedWith(again, 'reopening closed')).toBe(YJS_CLOSE.notFound);
    // The other list's document stays open and writable.
    bystander.texts.get(room.items[0]!)!.insert(6, '!');
    const check = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => textOf(check, room.items[0]!) === 'Vatten!', 5000, 'edit in the other list');
    expect(bystander.closeCodes).toEqual([]);
  });
});
