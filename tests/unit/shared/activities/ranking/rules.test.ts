import { describe, expect, it } from 'vitest';
import {
  acceptRanking,
  answerOf,
  moveInOrder,
  rankedIds,
  ranksAll,
  sameItems,
  startingOrder,
  tallyGroup,
  tallyRanking,
} from '../../../../../shared/activities/ranking/rules.ts';
import {
  rankingCommands,
  rankingConfig,
  rankingResponse,
} from '../../../../../shared/activities/ranking/schema.ts';
import type { ItemResult, RankingConfig } from '../../../../../shared/activities/ranking/types.ts';
import { emptyBySector } from '../../../../../shared/domain/sectors.ts';

const CONFIG: RankingConfig = {
  prompt: 'Vad är viktigast?',
  items: [
    { id: 'a', text: 'Bostäder' },
    { id: 'b', text: 'Kollektivtrafik' },
    { id: 'c', text: 'Kompetensförsörjning' },
  ],
};
const byId = (rows: ItemResult[]) => Object.fromEntries(rows.map((r) => [r.id, r]));

describe('shared/activities/ranking/rules acceptRanking', () => {
  it('stores a whole order of the current items while open', () => {
    expect(acceptRanking('open', CONFIG, { order: ['c', 'a', 'b'] })).toEqual({
      ok: true,
      value: { order: ['c', 'a', 'b'] },
    });
  });

  it('answers VOTING_CLOSED when the ranking is a draft or closed', () => {
    expect(acceptRanking('draft', CONFIG, { order: ['a', 'b', 'c'] })).toEqual({
      ok: false,
      code: 'VOTING_CLOSED',
    });
    expect(acceptRanking('closed', CONFIG, { order: ['a', 'b', 'c'] })).toEqual({
      ok: false,
      code: 'VOTING_CLOSED',
    });
  });

  it('refuses an order that leaves an item out, repeats one or names an unknown one', () => {
    for (const order of [
      ['a', 'b'],
      ['a', 'b', 'b'],
      ['a', 'b', 'c', 'a'],
      ['a', 'b', 'x'],
      ['a', 'b', 'c', 'x'],
      [],
    ])
      expect(acceptRanking('open', CONFIG, { order })).toEqual({ ok: false, code: 'VALIDATION' });
  });
});

describe('shared/activities/ranking/rules orders', () => {
  it('ranks the current items of a stored order once each, in its order', () => {
    expect(rankedIds(CONFIG, ['c', 'x', 'a', 'c'])).toEqual(['c', 'a']);
    expect(ranksAll(CONFIG, ['c', 'a', 'b'])).toBe(true);
    expect(ranksAll(CONFIG, ['c', 'a'])).toBe(false);
    expect(ranksAll(CONFIG, ['c', 'a', 'a'])).toBe(false);
  });

  it('starts a phone from the stored order, then the items it lacks in the config order', () => {
    expect(startingOrder(CONFIG, [])).toEqual(['a', 'b', 'c']);
    expect(startingOrder(CONFIG, ['c', 'a'])).toEqual(['c', 'a', 'b']);
    expect(startingOrder(CONFIG, ['gone', 'b'])).toEqual(['b', 'a', 'c']);
  });

  it('moves an item by one place, and nowhere past either end', () => {
    expect(moveInOrder(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('reads a stored answer, and nothing else, as an answer', () => {
    expect(answerOf({ order: ['a'] })).toEqual({ order: ['a'] });
    for (const v of [null, 3, {}, { order: 'a' }, { order: [1] }]) expect(answerOf(v)).toBeNull();
  });
});

describe('shared/activities/ranking/rules sameItems', () => {
  it('keeps stored orders through a new prompt, a new config order and an added item', () => {
    expect(sameItems(CONFIG, { prompt: 'Ny', items: [...CONFIG.items].reverse() })).toBe(true);
    expect(sameItems(CONFIG, { ...CONFIG, items: [...CONFIG.items, { id: 'd', text: 'Energi' }] })).toBe(
      true,
    );
  });

  it('needs a reset when an item is reworded or removed', () => {
    expect(sameItems(CONFIG, { ...CONFIG, items: CONFIG.items.slice(1) })).toBe(false);
    const reworded = CONFIG.items.map((i) => (i.id === 'a' ? { ...i, text: 'Boende' } : i));
    expect(sameItems(CONFIG, { ...CONFIG, items: reworded })).toBe(false);
  });
});

describe('shared/activities/ranking/rules tallyGroup (Borda and spread)', () => {
  it('gives n − position points, the mean position and the spread', () => {
    const rows = tallyGroup(CONFIG, [
      ['a', 'b', 'c'],
      ['b', 'a', 'c'],
      ['a', 'c', 'b'],
    ]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const r = byId(rows);
    // a: 2 + 1 + 2; b: 1 + 2 + 0; c: 0 + 0 + 1.
    expect(r.a).toEqual({
      id: 'a',
      place: 1,
      points: 5,
      meanPosition: 1.33,
      best: 1,
      worst: 2,
      positions: [2, 1, 0],
      respondents: 3,
    });
    expect(r.b).toMatchObject({
      place: 2,
      points: 3,
      meanPosition: 2,
      best: 1,
      worst: 3,
      positions: [1, 1, 1],
    });
    expect(r.c).toMatchObject({
      place: 3,
      points: 1,
      meanPosition: 2.67,
      best: 2,
      worst: 3,
      positions: [0, 1, 2],
    });
  });

  it('lists every item with no figures when nobody has ranked, in the config order, sharing a place', () => {
    const rows = tallyGroup(CONFIG, []);
    expect(
      rows.map((r) => [r.id, r.place, r.points, r.meanPosition, r.best, r.worst, r.respondents]),
    ).toEqual([
      ['a', 1, 0, null, null, null, 0],
      ['b', 1, 0, null, null, null, 0],
      ['c', 1, 0, null, null, null, 0],
    ]);
    expect(rows[0]?.positions).toEqual([0, 0, 0]);
  });

  it('shares a place only when points and mean position both tie, listing ties in config order', () => {
    const four: RankingConfig = { ...CONFIG, items: [...CONFIG.items, { id: 'd', text: 'Energi' }] };
    const rows = tallyGroup(four, [
      ['a', 'b', 'c', 'd'], // a 3, b 2, c 1, d 0
      ['d', 'c', 'b', 'a'], // d 3, c 2, b 1, a 0
    ]);
    // Every item 3 points; means: a 2.5, b 2.5, c 2.5, d 2.5 — a full tie, config order, one place.
    expect(rows.map((r) => [r.id, r.place, r.points, r.meanPosition])).toEqual([
      ['a', 1, 3, 2.5],
      ['b', 1, 3, 2.5],
      ['c', 1, 3, 2.5],
      ['d', 1, 3, 2.5],
    ]);
    const split = tallyGroup(CONFIG, [
      ['b', 'a'], // stored before c was added: b 1, a 0
      ['a', 'c', 'b'], // a 2, c 1, b 0
      ['c', 'b', 'a'], // c 2, b 1, a 0
    ]);
    // a 2 (mean (2+1+3)/3 = 2), b 2 (mean (1+3+2)/3 = 2), c 3: c first; a and b tie on both.
    expect(split.map((r) => [r.id, r.place, r.points, r.meanPosition])).toEqual([
      ['c', 1, 3, 1.5],
      ['a', 2, 2, 2],
      ['b', 2, 2, 2],
    ]);
  });

  it('puts a lower mean position first when points tie, and the next distinct one at its own index', () => {
    const rows = tallyGroup(CONFIG, [
      ['a', 'b'], // a 1, b 0 (c not ranked by this person)
      ['b', 'c', 'a'], // b 2, c 1, a 0
      ['c', 'a', 'b'], // c 2, a 1, b 0
    ]);
    // a 2 points (mean (1+3+2)/3 = 2), b 2 points (mean (2+1+3)/3 = 2), c 3 points (mean 1.5).
    expect(rows.map((r) => [r.id, r.place])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
    const byMean = tallyGroup(CONFIG, [
      ['a', 'b', 'c'], // a 2, b 1, c 0
      ['c', 'b', 'a'], // c 2, b 1, a 0
      ['b'], // b 0 at place 1
    ]);
    // a, b and c all 2 points; b's mean (2+2+1)/3 = 1.67 beats a and c (2): b first, a and c share 2nd.
    expect(byMean.map((r) => [r.id, r.place, r.points, r.meanPosition])).toEqual([
      ['b', 1, 2, 1.67],
      ['a', 2, 2, 2],
      ['c', 2, 2, 2],
    ]);
  });

  it('counts a partial ranking over what that person ranked only', () => {
    const four: RankingConfig = { ...CONFIG, items: [...CONFIG.items, { id: 'd', text: 'Energi' }] };
    // Stored before d was added: 3 items ranked, so the first gets 2 points, not 3; d gets nothing.
    const rows = byId(
      tallyGroup(four, [
        ['c', 'b', 'a'],
        ['d', 'a', 'b', 'c'],
      ]),
    );
    expect(rows.c).toMatchObject({ points: 2, respondents: 2, positions: [1, 0, 0, 1], best: 1, worst: 4 });
    expect(rows.d).toMatchObject({ points: 3, respondents: 1, meanPosition: 1, positions: [1, 0, 0, 0] });
    expect(rows.a).toMatchObject({ points: 2, meanPosition: 2.5 });
    expect(rows.b).toMatchObject({ points: 2, meanPosition: 2.5 });
    expect(rows.d?.place).toBe(1);
  });

  it('ignores removed items and repeats in a stored order, counting over what is left', () => {
    const rows = byId(tallyGroup(CONFIG, [['x', 'a', 'a', 'b']]));
    // Ranked: a, b (m = 2): a 1 point at place 1, b 0 at place 2.
    expect(rows.a).toMatchObject({ points: 1, meanPosition: 1, positions: [1, 0, 0] });
    expect(rows.b).toMatchObject({ points: 0, meanPosition: 2, positions: [0, 1, 0] });
    expect(rows.c).toMatchObject({ points: 0, meanPosition: null, respondents: 0 });
    // At equal points, an item somebody ranked comes before one nobody ranked (no mean).
    expect(tallyGroup(CONFIG, [['x', 'a', 'a', 'b']]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('shared/activities/ranking/rules tallyRanking', () => {
  it('counts overall and per sector, with respondents, leaving out sectors without answers', () => {
    const r = tallyRanking(CONFIG, [
      { sector: 'public', order: ['a', 'b', 'c'] },
      { sector: 'public', order: ['a', 'c', 'b'] },
      { sector: 'business', order: ['c', 'b', 'a'] },
    ]);
    expect(r.respondents).toBe(3);
    expect(r.respondentsBySector).toEqual({ ...emptyBySector(), public: 2, business: 1 });
    expect(r.items.map((i) => [i.id, i.points])).toEqual([
      ['a', 4],
      ['c', 3],
      ['b', 2],
    ]);
    expect(Object.keys(r.bySector).sort()).toEqual(['business', 'public']);
    expect(r.bySector.public?.map((i) => [i.id, i.points, i.meanPosition])).toEqual([
      ['a', 4, 1],
      ['b', 1, 2.5],
      ['c', 1, 2.5],
    ]);
    expect(r.bySector.business?.map((i) => [i.id, i.points, i.place])).toEqual([
      ['c', 2, 1],
      ['b', 1, 2],
      ['a', 0, 3],
    ]);
  });

  it('does not count a stored order that ranks no current item', () => {
    const r = tallyRanking(CONFIG, [
      { sector: 'civil', order: ['gone', 'also-gone'] },
      { sector: 'academia', order: ['b', 'a', 'c'] },
    ]);
    expect(r.respondents).toBe(1);
    expect(r.respondentsBySector.civil).toBe(0);
    expect(r.bySector.civil).toBeUndefined();
    expect(r.items[0]?.id).toBe('b');
  });

  it('counts nobody when there are no ballots', () => {
    const r = tallyRanking(CONFIG, []);
    expect(r).toMatchObject({ respondents: 0, bySector: {} });
    expect(r.items).toHaveLength(3);
  });
});

describe('shared/activities/ranking/schema', () => {
  it('fills in the defaults and refuses bad configs', () => {
    const parsed = rankingConfig.parse({});
    expect(parsed.items).toHaveLength(2);
    expect(parsed.prompt).toBe('');
    const item = (id: string) => ({ id, text: id });
    expect(rankingConfig.safeParse({ items: [item('a')] }).success).toBe(false);
    expect(rankingConfig.safeParse({ items: [item('a'), item('a')] }).success).toBe(false);
    expect(rankingConfig.safeParse({ items: [item('a'), { id: 'b', text: '   ' }] }).success).toBe(false);
    expect(
      rankingConfig.safeParse({ items: Array.from({ length: 31 }, (_, i) => item(`i${i}`)) }).success,
    ).toBe(false);
    expect(rankingConfig.safeParse({ items: [item('a'), item('b')], extra: 1 }).success).toBe(false);
    expect(rankingConfig.safeParse({ items: [item('a'), item('b c')] }).success).toBe(false);
    expect(rankingConfig.safeParse({ items: [item('a'), { id: 'b', text: 'x'.repeat(501) }] }).success).toBe(
      false,
    );
    // Texts are trimmed and NFC-normalised.
    const nfd = 'Sma\u030alands';
    expect(rankingConfig.parse({ items: [item('a'), { id: 'b', text: ` ${nfd} ` }] }).items[1]?.text).toBe(
      'Sm\u00e5lands',
    );
  });

  it('takes an order of ids only, bounded', () => {
    expect(rankingResponse.safeParse({ order: ['a', 'b'] }).success).toBe(true);
    expect(rankingResponse.safeParse({ order: [] }).success).toBe(false);
    expect(rankingResponse.safeParse({ order: ['a'], extra: 1 }).success).toBe(false);
    expect(rankingResponse.safeParse({ order: Array.from({ length: 31 }, (_, i) => `i${i}`) }).success).toBe(
      false,
    );
    expect(rankingCommands.importItems.safeParse({ fromActivityId: 'abcdef' }).success).toBe(true);
    expect(rankingCommands.importItems.safeParse({ fromActivityId: 'x' }).success).toBe(false);
  });
});
