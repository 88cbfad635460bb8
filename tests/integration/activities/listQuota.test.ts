import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import { addItem, addItemAck, hideItem, mergeItems } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';

describe('activities/list quotas', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('refuses a participant past their own quota while others still add', async () => {
    const room = await openRoom(h, ['Ett'], ['public', 'business']);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const q = await h.socket(room.url, room.workshop.id, 'participant', room.participants[1]!.cookie);
    for (let i = 0; i < LIMITS.prioritiesPerParticipant; i++) await addItem(p, room.listId, `Punkt ${i}`);

    expect(await addItemAck(p, room.listId, 'En för mycket')).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_POSTS' },
    });
    expect((await addItemAck(q, room.listId, 'Någon annans')).ok).toBe(true);
  });

  it('counts only active items under the cap, so hiding and merging free room', async () => {
    const seed = Array.from({ length: LIMITS.seedPriorities }, (_, i) => `Förslag ${i}`);
    const room = await openRoom(h, seed, ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const added: string[] = [];
    for (let i = LIMITS.seedPriorities; i < LIMITS.prioritiesPerWorkshop; i++)
      added.push(await addItem(f, room.listId, `Förslag ${i}`));
    expect(await addItemAck(p, room.listId, 'Full')).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_PRIORITIES' },
    });

    await hideItem(f, room.listId, added[0]!, true);
    expect((await addItemAck(p, room.listId, 'Plats efter dolt')).ok).toBe(true);
    expect(await addItemAck(p, room.listId, 'Full igen')).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_PRIORITIES' },
    });

    await mergeItems(f, room.listId, added[1]!, added[2]!);
    expect((await addItemAck(p, room.listId, 'Plats efter sammanslaget')).ok).toBe(true);
  });
});
