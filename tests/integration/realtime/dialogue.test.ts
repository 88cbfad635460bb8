import { afterEach, describe, expect, it } from 'vitest';
import { addItemAck, cast, control, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { ack, okData, rawAck, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';

const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const codeOf = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'ok' : reply.error?.code);

describe('open dialogue: the window on the server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function dialogueRoom() {
    const room = await openRoom(h, ['Kollektivtrafik'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]?.cookie ?? null);
    return { room, f, p };
  }
  const setWindow = async (f: TestSocket, opensAt: string, closesAt: string) =>
    okData(await ack(f, 'workshop:settings', { dialogue: { opensAt, closesAt } }));

  it('takes answers to any open activity, live or not, while no window is set', async () => {
    const { room, f, p } = await dialogueRoom();
    await control(f, room.dotsId, 'open'); // open, not live: the list stays live
    expect((await sync(p)).state.liveActivityId).toBe(room.listId);
    const [first] = room.items as [string];
    expect(codeOf(await cast(p, room.dotsId, { [first]: 2 }))).toBe('ok');
  });

  it('refuses participant commands and responses before the window opens, with DIALOGUE_CLOSED', async () => {
    const { room, f, p } = await dialogueRoom();
    await control(f, room.dotsId, 'open');
    await setWindow(f, at(24 * HOUR), at(48 * HOUR));
    const [first] = room.items as [string];
    await control(f, room.listId, 'open'); // opening the dot voting closed its list
    expect(codeOf(await addItemAck(p, room.listId, 'Bostäder'))).toBe('DIALOGUE_CLOSED');
    expect(codeOf(await cast(p, room.dotsId, { [first]: 1 }))).toBe('DIALOGUE_CLOSED');
    // The facilitator prepares as before; the room sees the window in the state.
    expect(codeOf(await addItemAck(f, room.listId, 'Förberedd'))).toBe('ok');
    expect((await sync(p)).state.settings.dialogue?.opensAt).toBeTruthy();
  });

  it('refuses them after the window closed, and takes them again inside it or once cleared', async () => {
    const { room, f, p } = await dialogueRoom();
    await setWindow(f, at(-48 * HOUR), at(-HOUR));
    expect(codeOf(await addItemAck(p, room.listId, 'För sent'))).toBe('DIALOGUE_CLOSED');
    await setWindow(f, at(-HOUR), at(HOUR));
    expect(codeOf(await addItemAck(p, room.listId, 'I tid'))).toBe('ok');
    await setWindow(f, at(-48 * HOUR), at(-HOUR));
    okData(await ack(f, 'workshop:settings', { dialogue: null }));
    expect(codeOf(await addItemAck(p, room.listId, 'Utan fönster'))).toBe('ok');
  });

  it('checks the role and the type rules before the window', async () => {
    const { room, f, p } = await dialogueRoom();
    await setWindow(f, at(-48 * HOUR), at(-HOUR));
    // A facilitator-only command from a participant is FORBIDDEN, not DIALOGUE_CLOSED.
    const hide = await rawAck(p, 'activity:command', {
      activityId: room.listId,
      name: 'hide',
      payload: { itemId: room.items[0], hidden: true },
    });
    expect(codeOf(hide)).toBe('FORBIDDEN');
    const draft = await cast(p, room.dotsId, {});
    expect(codeOf(draft)).toBe('NOT_FOUND'); // a draft does not exist for participants
  });

  it('lets only facilitators set the window, and refuses one that closes before it opens', async () => {
    const { room, f, p } = await dialogueRoom();
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const window = { opensAt: at(HOUR), closesAt: at(2 * HOUR) };
    expect(codeOf(await ack(p, 'workshop:settings', { dialogue: window }))).toBe('FORBIDDEN');
    expect(codeOf(await ack(projector, 'workshop:settings', { dialogue: window }))).toBe('FORBIDDEN');
    const backwards = await ack(f, 'workshop:settings', {
      dialogue: { opensAt: at(2 * HOUR), closesAt: at(HOUR) },
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: ['dialogue.closesAt'] },
    });
    const notADate = await rawAck(f, 'workshop:settings', {
      dialogue: { opensAt: 'onsdag', closesAt: at(HOUR) },
    });
    expect(notADate).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: ['dialogue.opensAt'] },
    });
    expect((await sync(f)).state.settings.dialogue).toBeNull();
    okData(await ack(f, 'workshop:settings', { dialogue: window }));
    expect((await sync(p)).state.settings.dialogue).toEqual(window);
  });

  it('refuses a participant edit of a text outside the window with DIALOGUE_CLOSED, whole', async () => {
    const { room, f } = await dialogueRoom();
    const [id] = room.items as [string];
    await setWindow(f, at(-48 * HOUR), at(-HOUR));
    const writer = h.yjs(room.url, room.listId, room.participants[0]?.cookie ?? null);
    const fac = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => writer.provider.synced && fac.provider.synced, 5000, 'both synced');
    writer.texts.get(id)?.insert(0, 'Sent: ');
    await waitFor(() => writer.refused.length > 0, 5000, 'refused message');
    expect(writer.refused).toEqual(['DIALOGUE_CLOSED']);
    // The facilitator still writes, and nothing of the refused edit reached anyone.
    fac.texts.get(id)?.insert(0, '!');
    const fresh = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(
      () => fresh.provider.synced && textOf(fresh, id) === '!Kollektivtrafik',
      5000,
      'fresh client',
    );
  });
});
