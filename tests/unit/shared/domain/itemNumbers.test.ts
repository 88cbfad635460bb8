import { describe, expect, it } from 'vitest';
import { batchInstants, itemNumbers } from '../../../../shared/domain/itemNumbers.ts';
import { priorityMeta } from '../../priorityMeta.ts';

const at = (s: number) => `2025-03-14T10:00:${String(s).padStart(2, '0')}.000Z`;

describe('shared/domain/itemNumbers', () => {
  it('numbers items from 1 in creation order', () => {
    const all = [priorityMeta('a', { createdAt: at(1) }), priorityMeta('b', { createdAt: at(2) })];
    expect([...itemNumbers(all)]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('keeps numbers through a move: the display order does not renumber', () => {
    const moved = [
      priorityMeta('c', { createdAt: at(3) }),
      priorityMeta('a', { createdAt: at(1) }),
      priorityMeta('b', { createdAt: at(2) }),
    ];
    const n = itemNumbers(moved);
    expect([n.get('a'), n.get('b'), n.get('c')]).toEqual([1, 2, 3]);
  });

  it('keeps numbers through a hide and a merge: merged and hidden items still hold theirs', () => {
    const before = [
      priorityMeta('a', { createdAt: at(1) }),
      priorityMeta('b', { createdAt: at(2) }),
      priorityMeta('c', { createdAt: at(3) }),
      priorityMeta('d', { createdAt: at(4) }),
    ];
    const after = [
      priorityMeta('a', { createdAt: at(1) }),
      priorityMeta('b', { createdAt: at(2), hidden: true }),
      priorityMeta('d', { createdAt: at(4) }),
      // merged away: stored at the end of the list by the move rule
      priorityMeta('c', { createdAt: at(3), mergedInto: 'a' }),
    ];
    expect(itemNumbers(after).get('d')).toBe(itemNumbers(before).get('d'));
    expect(itemNumbers(after).get('d')).toBe(4);
    expect(itemNumbers(after).get('b')).toBe(2);
  });

  it('orders items created in the same instant by their stored order', () => {
    const all = [priorityMeta('x'), priorityMeta('y'), priorityMeta('z')];
    expect([...itemNumbers(all).values()]).toEqual([1, 2, 3]);
    expect(itemNumbers(all).get('y')).toBe(2);
  });

  it('compares instants as instants of one format (ISO, UTC)', () => {
    const all = [
      priorityMeta('late', { createdAt: '2025-03-14T10:00:00.010Z' }),
      priorityMeta('early', { createdAt: '2025-03-14T10:00:00.009Z' }),
    ];
    expect(itemNumbers(all).get('early')).toBe(1);
  });

  it('gives a batch one millisecond apart, so a seeded order survives a later move', () => {
    const instants = batchInstants('2025-03-14T10:00:00.998Z', 3);
    expect(instants).toEqual([
      '2025-03-14T10:00:00.998Z',
      '2025-03-14T10:00:00.999Z',
      '2025-03-14T10:00:01.000Z',
    ]);
    const seeded = ['a', 'b', 'c'].map((id, i) => priorityMeta(id, { createdAt: instants[i] ?? '' }));
    const moved = [seeded[2], seeded[0], seeded[1]].filter((p) => p !== undefined);
    expect([...itemNumbers(moved)].sort()).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('numbers nothing for an empty list', () => {
    expect(itemNumbers([]).size).toBe(0);
  });
});
