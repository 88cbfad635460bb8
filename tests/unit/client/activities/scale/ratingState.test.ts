import { describe, expect, it } from 'vitest';
import { ratingsValue, scaleConfigOf } from '../../../../../client/activities/scale/config.ts';
import {
  acked,
  initialRatings,
  proposed,
  received,
} from '../../../../../client/activities/scale/ratingState.ts';

describe('client/activities/scale/ratingState', () => {
  it('shows a tap at once and keeps it when its ack confirms it', () => {
    const s1 = proposed(initialRatings(), { a: 4 });
    expect(s1.ratings).toEqual({ a: 4 });
    const s2 = acked(s1, s1.latest, { a: 4 });
    expect(s2).toMatchObject({ ratings: { a: 4 }, confirmed: { a: 4 }, inFlight: [] });
  });

  it('rolls back to the server’s last word when the only change in flight is refused', () => {
    const s1 = proposed(initialRatings({ a: 2 }), { a: 5 });
    expect(acked(s1, s1.latest, null).ratings).toEqual({ a: 2 });
  });

  it('keeps the newest tap shown when an older ack arrives while another is in flight', () => {
    const s1 = proposed(initialRatings(), { a: 1 });
    const s2 = proposed(s1, { a: 1, b: 3 });
    const s3 = acked(s2, s1.latest, { a: 1 });
    expect(s3.ratings).toEqual({ a: 1, b: 3 });
    const s4 = acked(s3, s2.latest, { a: 1, b: 3 });
    expect(s4.ratings).toEqual({ a: 1, b: 3 });
  });

  it('never lets an older ack replace a newer confirmed answer', () => {
    const s1 = proposed(initialRatings(), { a: 1 });
    const s2 = proposed(s1, { a: 2 });
    const s3 = acked(s2, s2.latest, { a: 2 });
    expect(acked(s3, s1.latest, { a: 1 }).ratings).toEqual({ a: 2 });
  });

  it('takes a push from elsewhere at once when nothing is in flight, and later otherwise', () => {
    expect(received(initialRatings({ a: 3 }), {}).ratings).toEqual({});
    const busy = proposed(initialRatings(), { a: 5 });
    const pushed = received(busy, { b: 1 });
    expect(pushed.ratings).toEqual({ a: 5 });
    expect(acked(pushed, busy.latest, null).ratings).toEqual({ b: 1 });
  });
});

describe('client/activities/scale/config', () => {
  it('reads a scale config, filling the defaults the server would', () => {
    expect(
      scaleConfigOf({
        statements: [{ id: 'stmt-a', text: 'A' }],
        labels: { kind: 'custom', low: 'L', high: 'H' },
      }),
    ).toEqual({
      prompt: '',
      statements: [{ id: 'stmt-a', text: 'A' }],
      labels: { kind: 'custom', low: 'L', high: 'H' },
      allowSkip: true,
    });
  });

  it('returns null when the config is not a scale’s', () => {
    for (const c of [
      null,
      {},
      { statements: 'x' },
      { statements: [{ id: 1 }] },
      { statements: [], labels: { kind: 'x' } },
    ])
      expect(scaleConfigOf(c)).toBeNull();
  });

  it('reads stored ratings and refuses anything else', () => {
    expect(ratingsValue({ a: 1, b: 'skip' })).toEqual({ a: 1, b: 'skip' });
    expect(ratingsValue({ a: 0 })).toBeNull();
    expect(ratingsValue([])).toBeNull();
  });
});
