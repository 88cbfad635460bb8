import { afterEach, describe, expect, it } from 'vitest';
import { isAllocation, useVoteStore } from '../../../../client/stores/voteStore.ts';

const votes = () => useVoteStore.getState();
const shown = (activityId: string) => votes().byActivity[activityId]?.allocation;

describe('client/stores/voteStore', () => {
  afterEach(() => votes().reset());

  it('keeps each dot voting its own taps when answers for another arrive', () => {
    const seq = votes().propose('dots-a', { x: 1 });
    votes().received('dots-b', { y: 2 });
    votes().acked('dots-b', seq, { y: 3 });

    expect(shown('dots-a')).toEqual({ x: 1 });
    expect(votes().byActivity['dots-a']?.inFlight).toEqual([seq]);
    expect(shown('dots-b')).toEqual({ y: 3 });
  });

  it('keeps the taps in flight shown when a snapshot arrives, and shows the stored one once they are answered', () => {
    const first = votes().propose('dots-a', { x: 1 });
    const second = votes().propose('dots-a', { x: 2 });

    votes().receivedAll({ 'dots-a': { z: 1 } });
    expect(shown('dots-a')).toEqual({ x: 2 });
    votes().acked('dots-a', first, { x: 1 });
    expect(shown('dots-a')).toEqual({ x: 2 });
    votes().acked('dots-a', second, { x: 2, hidden: 1 });

    expect(shown('dots-a')).toEqual({ x: 2, hidden: 1 });
  });

  it('clears an activity the snapshot leaves out when nothing is in flight there', () => {
    votes().received('dots-a', { x: 1 });
    votes().received('dots-b', { y: 1 });

    votes().receivedAll({ 'dots-b': { y: 2 } });

    expect(shown('dots-a')).toEqual({});
    expect(shown('dots-b')).toEqual({ y: 2 });
  });

  it('ignores a pushed value that is not an allocation', () => {
    votes().received('dots-a', { x: 1 });
    for (const bad of [null, [], 'x', { x: -1 }, { x: 1.5 }, { x: '1' }]) votes().received('dots-a', bad);
    votes().receivedAll({ 'dots-a': 'nonsense' });
    expect(shown('dots-a')).toEqual({ x: 1 });
    expect(isAllocation({ a: 0, b: 3 })).toBe(true);
  });
});
