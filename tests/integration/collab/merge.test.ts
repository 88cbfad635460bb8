import { afterEach, describe, expect, it } from 'vitest';
import type { Allocation } from '../../../shared/domain/workshop.ts';
import { Harness, openRoom, priorityIds } from '../helpers/harness.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';

describe('collab/merge', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('joins the texts, keeps provenance and moves dots when the facilitator merges', async () => {
    const room = await openRoom(h, ['Tåg till Oslo', 'Snabbare tåg'], ['business', 'academia']);
    const [target, source] = priorityIds(room) as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    okData(await ack(fs, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));
    okData(await ack(p1!, 'vote:cast', { allocation: { [source]: 3, [target]: 1 } }));
    okData(await ack(p2!, 'vote:cast', { allocation: { [source]: 2 } }));
    okData(await ack(fs, 'vote:close', {}));
    const y = h.yjs(room.url, room.workshop.id, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');

    okData(await ack(fs, 'priority:merge', { sourceId: source, targetId: target }));

    await waitFor(() => textOf(y, target) === 'Tåg till Oslo\nSnabbare tåg', 5000, 'merged text');
    const snap = okData(await ack(fs, 'workshop:sync', {}));
    expect(snap.state.priorities.map((p) => p.id)).toEqual([target]);
    const merged = snap.state.priorities[0]!;
    expect(merged.mergedFrom).toHaveLength(1);
    expect(merged.mergedFrom[0]).toMatchObject({
      priorityId: source,
      text: 'Snabbare tåg',
      createdBySector: null,
    });
    expect(snap.tally?.byPriority).toEqual({
      [target]: {
        total: 6,
        bySector: { public: 0, business: 4, academia: 2, civil: 0, other: 0, undisclosed: 0 },
      },
    });
    expect(snap.tally?.totalDots).toBe(6);
  });

  it('keeps merged dots over the cap and lets their owner take back and spend elsewhere when reopened', async () => {
    const room = await openRoom(h, ['Mål', 'Källa', 'Annat'], ['business']);
    const [target, source, other] = priorityIds(room) as [string, string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const mine: Allocation[] = [];
    p.socket.on('vote:mine', (allocation) => mine.push(allocation));
    okData(await ack(fs, 'vote:open', { dotsPerParticipant: 8, maxPerPriority: 3 }));
    okData(await ack(p, 'vote:cast', { allocation: { [target]: 3, [source]: 3 } }));
    okData(await ack(fs, 'vote:close', {}));

    okData(await ack(fs, 'priority:merge', { sourceId: source, targetId: target }));

    // The phone is told, so its next tap is built on the merged dots and does not overwrite them.
    expect(await waitFor(() => mine.at(-1), 5000, 'vote:mine after the merge')).toEqual({ [target]: 6 });
    okData(await ack(fs, 'vote:open', { dotsPerParticipant: 8, maxPerPriority: 3 }));
    const cast = (allocation: Allocation) => ack(p, 'vote:cast', { allocation });
    expect(okData(await cast({ [target]: 6, [other]: 1 })).allocation).toEqual({ [target]: 6, [other]: 1 });
    expect(await cast({ [target]: 7, [other]: 1 })).toEqual({
      ok: false,
      error: { code: 'MAX_PER_PRIORITY' },
    });
    expect(okData(await cast({ [target]: 5, [other]: 3 })).allocation).toEqual({ [target]: 5, [other]: 3 });
    // Taken back is given up: the excess can shrink but never grow again.
    expect(await cast({ [target]: 6, [other]: 2 })).toEqual({
      ok: false,
      error: { code: 'MAX_PER_PRIORITY' },
    });
    const snap = okData(await ack(fs, 'workshop:sync', {}));
    expect(snap.tally?.byPriority[target]?.total).toBe(5);
    expect(snap.tally?.totalDots).toBe(8);
  });

  it('refuses to merge while voting is open', async () => {
    const room = await openRoom(h, ['A-text', 'B-text']);
    const [target, source] = priorityIds(room) as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));

    const reply = await ack(fs, 'priority:merge', { sourceId: source, targetId: target });

    expect(reply).toEqual({ ok: false, error: { code: 'WRONG_PHASE' } });
    const snap = okData(await ack(fs, 'workshop:sync', {}));
    expect(snap.state.priorities.map((p) => p.id)).toEqual([target, source]);
  });

  it('chains provenance when a merged priority is merged again', async () => {
    const room = await openRoom(h, ['Ett', 'Två', 'Tre']);
    const [a, b, c] = priorityIds(room) as [string, string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    okData(await ack(fs, 'priority:merge', { sourceId: c, targetId: b }));

    okData(await ack(fs, 'priority:merge', { sourceId: b, targetId: a }));

    const snap = okData(await ack(fs, 'workshop:sync', {}));
    expect(snap.state.priorities).toHaveLength(1);
    expect(snap.state.priorities[0]!.mergedFrom.map((p) => [p.priorityId, p.text])).toEqual([
      [b, 'Två\nTre'],
      [c, 'Tre'],
    ]);
  });
});
