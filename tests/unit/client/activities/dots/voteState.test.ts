import { describe, expect, it } from 'vitest';
import {
  acked,
  initialVotes,
  proposed,
  received,
  type VoteState,
} from '../../../../../client/activities/dots/voteState.ts';

/** Three taps sent back to back: a, then a+b, then a+b+c. */
function threeTaps(): VoteState {
  let s = initialVotes();
  s = proposed(s, { a: 1 });
  s = proposed(s, { a: 1, b: 1 });
  return proposed(s, { a: 1, b: 1, c: 1 });
}

describe('client/activities/dots/voteState', () => {
  it('shows a tap at once and numbers the casts when taps are proposed', () => {
    const s = threeTaps();
    expect(s.allocation).toEqual({ a: 1, b: 1, c: 1 });
    expect(s.latest).toBe(3);
    expect(s.inFlight).toEqual([1, 2, 3]);
  });

  it('keeps the newer taps shown when an older ack arrives', () => {
    const s = acked(threeTaps(), 1, { a: 1 });
    expect(s.allocation).toEqual({ a: 1, b: 1, c: 1 });
    expect(s.confirmed).toEqual({ a: 1 });
  });

  it('keeps the taps in flight shown when activity:mine arrives meanwhile', () => {
    const s = received(threeTaps(), { a: 1 });
    expect(s.allocation).toEqual({ a: 1, b: 1, c: 1 });
    expect(s.confirmed).toEqual({ a: 1 });
  });

  it('shows what the server stored when the last cast in flight is answered', () => {
    let s = threeTaps();
    s = acked(s, 1, { a: 1 });
    s = acked(s, 2, { a: 1, b: 1 });
    s = acked(s, 3, { a: 1, b: 1, c: 1, hidden: 2 });
    expect(s.allocation).toEqual({ a: 1, b: 1, c: 1, hidden: 2 });
    expect(s.inFlight).toEqual([]);
  });

  it('ignores a stale ack when acks arrive out of order', () => {
    let s = threeTaps();
    s = acked(s, 3, { a: 1, b: 1, c: 1 });
    s = acked(s, 1, { a: 1 });
    s = acked(s, 2, { a: 1, b: 1 });
    expect(s.confirmed).toEqual({ a: 1, b: 1, c: 1 });
    expect(s.allocation).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('keeps the optimistic taps when an older cast fails while newer ones are in flight', () => {
    const s = acked(threeTaps(), 2, null);
    expect(s.allocation).toEqual({ a: 1, b: 1, c: 1 });
  });

  it("rolls back to the server's last word when the last cast in flight fails", () => {
    let s = initialVotes({ a: 2 });
    s = proposed(s, { a: 3 });
    s = acked(s, 1, null);
    expect(s.allocation).toEqual({ a: 2 });
  });

  it('rolls back to the latest activity:mine when a cast fails after it arrived', () => {
    let s = proposed(initialVotes({ a: 1 }), { a: 2 });
    s = received(s, { b: 1 });
    s = acked(s, 1, null);
    expect(s.allocation).toEqual({ b: 1 });
  });

  it('shows activity:mine at once when no cast is in flight', () => {
    const s = received(initialVotes({ a: 1 }), {});
    expect(s.allocation).toEqual({});
    expect(s.confirmed).toEqual({});
  });

  it('shows the newest tap whatever pushes and older acks arrive, in any order, before its own ack', () => {
    const latest = { a: 1, b: 1, c: 1 };
    type Event = [string, (s: VoteState) => VoteState];
    const events: Event[] = [
      ['ack 1', (s) => acked(s, 1, { a: 1 })],
      ['ack 2 refused', (s) => acked(s, 2, null)],
      ['push', (s) => received(s, { x: 4 })],
      ['push empty', (s) => received(s, {})],
    ];
    const orders = (rest: Event[]): Event[][] =>
      rest.length === 0
        ? [[]]
        : rest.flatMap((e, i) => orders(rest.filter((_, j) => j !== i)).map((o) => [e, ...o]));
    const overridden: string[] = [];
    for (const order of orders(events))
      for (let n = 1; n <= order.length; n++) {
        const s = order.slice(0, n).reduce((acc, [, apply]) => apply(acc), threeTaps());
        if (JSON.stringify(s.allocation) !== JSON.stringify(latest))
          overridden.push(
            order
              .slice(0, n)
              .map(([name]) => name)
              .join(', '),
          );
      }
    expect(overridden).toEqual([]);
  });
});
