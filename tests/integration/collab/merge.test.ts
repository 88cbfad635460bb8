import { afterEach, describe, expect, it } from 'vitest';
import type { Allocation } from '../../../shared/activities/dots/types.ts';
import {
  addActivity,
  cast,
  castOk,
  closeVote,
  control,
  itemIds,
  itemsOf,
  listCommand,
  mergeItems,
  openVote,
  sync,
  tallyOf,
  voteItemsOf,
} from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { mineOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';

const rules = { dotsPerParticipant: 5, maxPerPriority: 3 };

describe('collab/merge', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('joins the texts, keeps provenance and moves dots when the facilitator merges', async () => {
    const room = await openRoom(h, ['Tåg till Oslo', 'Snabbare tåg'], ['business', 'academia']);
    const [target, source] = room.items as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    await openVote(fs, room.dotsId, rules);
    await castOk(p1!, room.dotsId, { [source]: 3, [target]: 1 });
    await castOk(p2!, room.dotsId, { [source]: 2 });
    await closeVote(fs, room.dotsId);
    const y = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');

    await mergeItems(fs, room.listId, source, target);

    await waitFor(() => textOf(y, target) === 'Tåg till Oslo\nSnabbare tåg', 5000, 'merged text');
    const snap = await sync(fs);
    expect(itemIds(snap, room.listId)).toEqual([target]);
    const merged = itemsOf(snap, room.listId)[0]!;
    expect(merged.mergedFrom).toHaveLength(1);
    expect(merged.mergedFrom[0]).toMatchObject({
      priorityId: source,
      text: 'Snabbare tåg',
      createdBySector: null,
    });
    // The dot voting votes on the list's active items: the source is gone there too.
    // …and the target keeps its number (1): a merge renumbers nothing.
    expect(voteItemsOf(snap, room.dotsId)).toEqual([
      { id: target, hidden: false, n: 1, merged: 1, label: 'Tåg till Oslo\nSnabbare tåg' },
    ]);
    expect(tallyOf(snap, room.dotsId)?.byPriority).toEqual({
      [target]: {
        total: 6,
        bySector: { public: 0, business: 4, academia: 2, civil: 0, other: 0, undisclosed: 0 },
      },
    });
    expect(tallyOf(snap, room.dotsId)?.totalDots).toBe(6);
  });

  it('keeps merged dots over the cap and lets their owner take back and spend elsewhere when reopened', async () => {
    const room = await openRoom(h, ['Mål', 'Källa', 'Annat'], ['business']);
    const [target, source, other] = room.items as [string, string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const generous = { dotsPerParticipant: 8, maxPerPriority: 3 };
    await openVote(fs, room.dotsId, generous);
    await castOk(p, room.dotsId, { [target]: 3, [source]: 3 });
    await closeVote(fs, room.dotsId);

    await mergeItems(fs, room.listId, source, target);

    // The phone is told, so its next tap is built on the merged dots and does not overwrite them.
    expect(await waitFor(() => mineOf(p, room.dotsId).at(-1), 5000, 'activity:mine after the merge')).toEqual(
      {
        [target]: 6,
      },
    );
    await openVote(fs, room.dotsId);
    const castAs = (allocation: Allocation) => cast(p, room.dotsId, allocation);
    const refused = { ok: false, error: { code: 'MAX_PER_PRIORITY' } };
    expect(await castOk(p, room.dotsId, { [target]: 6, [other]: 1 })).toEqual({ [target]: 6, [other]: 1 });
    expect(await castAs({ [target]: 7, [other]: 1 })).toEqual(refused);
    expect(await castOk(p, room.dotsId, { [target]: 5, [other]: 3 })).toEqual({ [target]: 5, [other]: 3 });
    // Taken back is given up: the excess can shrink but never grow again.
    expect(await castAs({ [target]: 6, [other]: 2 })).toEqual(refused);
    const tally = tallyOf(await sync(fs), room.dotsId);
    expect(tally?.byPriority[target]?.total).toBe(5);
    expect(tally?.totalDots).toBe(8);
  });

  it('moves the dots of every dot voting over the list when the facilitator merges', async () => {
    const room = await openRoom(h, ['Mål', 'Källa'], ['civil']);
    const [target, source] = room.items as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const second = await addActivity(fs, 'dots', { sourceActivityId: room.listId, ...rules });
    await openVote(fs, room.dotsId, rules);
    await control(fs, second, 'open');
    await castOk(p, room.dotsId, { [source]: 2 });
    await castOk(p, second, { [source]: 1, [target]: 1 });
    await closeVote(fs, room.dotsId);
    await closeVote(fs, second);

    await mergeItems(fs, room.listId, source, target);

    const snap = await sync(fs);
    expect(tallyOf(snap, room.dotsId)?.byPriority).toEqual({
      [target]: expect.objectContaining({ total: 2 }),
    });
    expect(tallyOf(snap, second)?.byPriority).toEqual({ [target]: expect.objectContaining({ total: 2 }) });
    const told = await waitFor(
      () =>
        mineOf(p, second).length > 0 &&
        mineOf(p, room.dotsId).length > 0 && [mineOf(p, room.dotsId).at(-1), mineOf(p, second).at(-1)],
      5000,
      'activity:mine of both',
    );
    expect(told).toEqual([{ [target]: 2 }, { [target]: 2 }]);
  });

  it('refuses to merge with WRONG_PHASE while the dot voting over the list is open', async () => {
    const room = await openRoom(h, ['A-text', 'B-text']);
    const [target, source] = room.items as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await openVote(fs, room.dotsId, rules);

    const reply = await listCommand(fs, room.listId, 'merge', { sourceId: source, targetId: target });

    expect(reply).toEqual({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(itemIds(await sync(fs), room.listId)).toEqual([target, source]);
  });

  it('refuses a participant who asks to merge with FORBIDDEN', async () => {
    const room = await openRoom(h, ['A-text', 'B-text'], ['public']);
    const [target, source] = room.items as [string, string];
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    const reply = await listCommand(p, room.listId, 'merge', { sourceId: source, targetId: target });

    expect(reply).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(itemIds(await sync(p), room.listId)).toEqual([target, source]);
  });

  it('chains provenance when a merged priority is merged again', async () => {
    const room = await openRoom(h, ['Ett', 'Två', 'Tre']);
    const [a, b, c] = room.items as [string, string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await mergeItems(fs, room.listId, c, b);

    await mergeItems(fs, room.listId, b, a);

    const items = itemsOf(await sync(fs), room.listId);
    expect(items).toHaveLength(1);
    expect(items[0]!.mergedFrom.map((p) => [p.priorityId, p.text])).toEqual([
      [b, 'Två\nTre'],
      [c, 'Tre'],
    ]);
  });
});
