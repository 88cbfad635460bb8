import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAllocation, useVoteStore } from '../../../../../client/activities/dots/voteStore.ts';
import { useMineStore } from '../../../../../client/stores/mineStore.ts';

const votes = () => useVoteStore.getState();
/** The server's word from elsewhere arrives in the core's store, as client/realtime/socket.ts puts it. */
const mine = () => useMineStore.getState();
const shown = (activityId: string) => votes().byActivity[activityId]?.allocation;

describe('client/activities/dots/voteStore', () => {
  afterEach(() => {
    mine().reset();
    votes().reset();
  });

  it('keeps each dot voting its own taps when answers for another arrive', () => {
    const seq = votes().propose('dots-a', { x: 1 });
    mine().received('dots-b', { y: 2 });
    votes().acked('dots-b', seq, { y: 3 });

    expect(shown('dots-a')).toEqual({ x: 1 });
    expect(votes().byActivity['dots-a']?.inFlight).toEqual([seq]);
    expect(shown('dots-b')).toEqual({ y: 3 });
  });

  it('keeps the taps in flight shown when a snapshot arrives, and shows the stored one once they are answered', () => {
    const first = votes().propose('dots-a', { x: 1 });
    const second = votes().propose('dots-a', { x: 2 });

    mine().receivedAll({ 'dots-a': { z: 1 } });
    expect(shown('dots-a')).toEqual({ x: 2 });
    votes().acked('dots-a', first, { x: 1 });
    expect(shown('dots-a')).toEqual({ x: 2 });
    votes().acked('dots-a', second, { x: 2, hidden: 1 });

    expect(shown('dots-a')).toEqual({ x: 2, hidden: 1 });
  });

  it('keeps the taps in flight shown when a push arrives, and leaves other activities as they were', () => {
    votes().acked('dots-b', votes().propose('dots-b', { y: 1 }), { y: 1 });
    votes().propose('dots-a', { x: 1 });

    mine().received('dots-a', {});

    expect(shown('dots-a')).toEqual({ x: 1 });
    expect(shown('dots-b')).toEqual({ y: 1 });
  });

  it('clears an activity the snapshot leaves out when nothing is in flight there', () => {
    mine().received('dots-a', { x: 1 });
    mine().received('dots-b', { y: 1 });

    mine().receivedAll({ 'dots-b': { y: 2 } });

    expect(shown('dots-a')).toEqual({});
    expect(shown('dots-b')).toEqual({ y: 2 });
  });

  it('clears an activity known only from its own acks when a snapshot leaves it out', () => {
    votes().acked('dots-a', votes().propose('dots-a', { x: 1 }), { x: 1 });

    mine().receivedAll({});

    expect(shown('dots-a')).toEqual({});
  });

  it('ignores a pushed value that is not an allocation', () => {
    mine().received('dots-a', { x: 1 });
    for (const bad of [null, [], 'x', { x: -1 }, { x: 1.5 }, { x: '1' }]) mine().received('dots-a', bad);
    mine().receivedAll({ 'dots-a': 'nonsense' });
    expect(shown('dots-a')).toEqual({ x: 1 });
    expect(isAllocation({ a: 0, b: 3 })).toBe(true);
  });

  it("starts from the server's last word when the dots code loads after it arrived", async () => {
    vi.resetModules();
    const fresh = await import('../../../../../client/stores/mineStore.ts');
    fresh.useMineStore.getState().receivedAll({ 'dots-a': { x: 2 }, 'list-a': 'not dots' });
    const { useVoteStore: loaded } = await import('../../../../../client/activities/dots/voteStore.ts');

    expect(loaded.getState().byActivity['dots-a']?.allocation).toEqual({ x: 2 });
    expect(loaded.getState().byActivity['list-a']).toBeUndefined();
    fresh.useMineStore.getState().received('dots-a', { x: 3 });
    expect(loaded.getState().byActivity['dots-a']?.allocation).toEqual({ x: 3 });
  });
});
