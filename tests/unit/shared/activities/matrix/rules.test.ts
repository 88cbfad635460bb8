import { describe, expect, it } from 'vitest';
import { DEFAULT_AXES } from '../../../../../shared/activities/matrix/defaults.ts';
import {
  acceptPlacements,
  axisStats,
  type MatrixBallot,
  placedCount,
  placementsOf,
  riskBand,
  sameRules,
  tallyMatrix,
} from '../../../../../shared/activities/matrix/rules.ts';
import { matrixConfig, matrixResponse } from '../../../../../shared/activities/matrix/schema.ts';
import type { MatrixConfig } from '../../../../../shared/activities/matrix/types.ts';
import { emptyBySector } from '../../../../../shared/domain/sectors.ts';

const GRID: MatrixConfig = {
  prompt: '',
  variant: 'grid',
  axes: DEFAULT_AXES.grid,
  items: [
    { id: 'item-a', text: 'Pendlarparkering' },
    { id: 'item-b', text: 'Kompetenscentrum' },
  ],
};
const RISK: MatrixConfig = { ...GRID, variant: 'risk', axes: DEFAULT_AXES.risk };

describe('shared/activities/matrix/schema', () => {
  it('fills in the variant’s axes, the grid variant and an empty prompt', () => {
    const grid = matrixConfig.parse({ items: GRID.items });
    expect(grid).toEqual({ prompt: '', variant: 'grid', axes: DEFAULT_AXES.grid, items: GRID.items });
    const risk = matrixConfig.parse({ variant: 'risk', items: GRID.items });
    expect(risk.axes.x).toEqual({ name: 'Sannolikhet', low: 'Mycket låg', high: 'Mycket hög' });
    expect(risk.axes.y.name).toBe('Konsekvens');
    // The facilitator may reword a risk matrix's axes.
    const own = { x: { name: 'Hot', low: 'Sällan', high: 'Ofta' }, y: DEFAULT_AXES.risk.y };
    expect(matrixConfig.parse({ variant: 'risk', axes: own, items: GRID.items }).axes).toEqual(own);
  });

  it('refuses no items, more than 20, duplicate ids, empty texts and empty axis words', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}00`, text: `P${i}` }));
    expect(matrixConfig.safeParse({ items: [] }).success).toBe(false);
    expect(matrixConfig.safeParse({ items: items(20) }).success).toBe(true);
    expect(matrixConfig.safeParse({ items: items(21) }).success).toBe(false);
    expect(matrixConfig.safeParse({ items: [GRID.items[0], GRID.items[0]] }).success).toBe(false);
    expect(matrixConfig.safeParse({ items: [{ id: 'item-a', text: '   ' }] }).success).toBe(false);
    const axes = { x: { ...DEFAULT_AXES.grid.x, low: ' ' }, y: DEFAULT_AXES.grid.y };
    expect(matrixConfig.safeParse({ axes, items: GRID.items }).success).toBe(false);
    expect(matrixConfig.safeParse({ variant: 'heat', items: GRID.items }).success).toBe(false);
    expect(matrixConfig.safeParse({ items: GRID.items, extra: 1 }).success).toBe(false);
  });

  it('takes whole placements of points 1–5 only', () => {
    expect(matrixResponse.safeParse({ placements: { 'item-a': { x: 1, y: 5 } } }).success).toBe(true);
    expect(matrixResponse.safeParse({ placements: {} }).success).toBe(true);
    for (const p of [
      { x: 0, y: 1 },
      { x: 6, y: 1 },
      { x: 2.5, y: 1 },
      { x: 1 },
      { x: 1, y: 1, z: 1 },
      null,
      3,
    ])
      expect(matrixResponse.safeParse({ placements: { 'item-a': p } }).success, JSON.stringify(p)).toBe(
        false,
      );
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`item-${i}00`, { x: 1, y: 1 }]));
    expect(matrixResponse.safeParse({ placements: many }).success).toBe(false);
  });
});

describe('shared/activities/matrix/rules acceptPlacements', () => {
  it('stores placements of the matrix’s items while it is open', () => {
    expect(acceptPlacements('open', GRID, { 'item-a': { x: 2, y: 4 } })).toEqual({
      ok: true,
      value: { 'item-a': { x: 2, y: 4 } },
    });
    expect(acceptPlacements('open', GRID, {})).toEqual({ ok: true, value: {} });
  });

  it('answers VOTING_CLOSED when a draft or closed, VALIDATION for an unknown item', () => {
    expect(acceptPlacements('draft', GRID, {})).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    expect(acceptPlacements('closed', GRID, { 'item-a': { x: 1, y: 1 } })).toEqual({
      ok: false,
      code: 'VOTING_CLOSED',
    });
    expect(acceptPlacements('open', GRID, { 'item-x': { x: 1, y: 1 } })).toEqual({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it('keeps an item id such as __proto__ an ordinary key', () => {
    const config = { ...GRID, items: [{ id: '__proto__', text: 'Konstig' }] };
    const r = acceptPlacements('open', config, JSON.parse('{"__proto__":{"x":3,"y":2}}'));
    expect(r.ok && Object.keys(r.value)).toEqual(['__proto__']);
  });
});

describe('shared/activities/matrix/rules placementsOf and placedCount', () => {
  it('reads stored entries, leaving out what is not a placement', () => {
    expect(placementsOf({ a: { x: 1, y: 2 }, b: 3, c: { x: 9, y: 1 }, d: { x: 5, y: 5, extra: 1 } })).toEqual(
      {
        a: { x: 1, y: 2 },
        d: { x: 5, y: 5 },
      },
    );
  });

  it('counts only the matrix’s own items', () => {
    expect(placedCount(GRID, { 'item-a': { x: 1, y: 1 }, gone: { x: 2, y: 2 } })).toBe(1);
  });
});

describe('shared/activities/matrix/rules sameRules', () => {
  it('allows a new prompt, a new order and new items', () => {
    const next = {
      ...GRID,
      prompt: 'Ny fråga',
      items: [...GRID.items].reverse().concat({ id: 'item-c', text: 'Ny' }),
    };
    expect(sameRules(GRID, next)).toBe(true);
  });

  it('refuses rewording or removing an item, a new variant, new axis words', () => {
    expect(sameRules(GRID, { ...GRID, items: [GRID.items[0] ?? { id: '', text: '' }] })).toBe(false);
    expect(sameRules(GRID, { ...GRID, items: GRID.items.map((i) => ({ ...i, text: `${i.text}!` })) })).toBe(
      false,
    );
    expect(sameRules(GRID, { ...GRID, variant: 'risk' })).toBe(false);
    expect(sameRules(GRID, { ...GRID, axes: { ...GRID.axes, y: { ...GRID.axes.y, high: 'Enorm' } } })).toBe(
      false,
    );
    expect(sameRules(GRID, { ...GRID, axes: { ...GRID.axes, x: { ...GRID.axes.x, name: 'Kostnad' } } })).toBe(
      false,
    );
  });
});

describe('shared/activities/matrix/rules riskBand', () => {
  it('bands every product of two points: low 1–4, medium 5–9, high 10–16, very high 20–25', () => {
    const bands: Record<number, string> = {};
    for (let x = 1; x <= 5; x++) for (let y = 1; y <= 5; y++) bands[x * y] = riskBand(x * y);
    expect(bands).toEqual({
      1: 'low',
      2: 'low',
      3: 'low',
      4: 'low',
      5: 'medium',
      6: 'medium',
      8: 'medium',
      9: 'medium',
      10: 'high',
      12: 'high',
      15: 'high',
      16: 'high',
      20: 'veryHigh',
      25: 'veryHigh',
    });
  });

  it('bands a mean score by the thresholds 5, 10 and 20', () => {
    expect(riskBand(4.99)).toBe('low');
    expect(riskBand(9.5)).toBe('medium');
    expect(riskBand(18)).toBe('high');
    expect(riskBand(19.99)).toBe('high');
    expect(riskBand(20)).toBe('veryHigh');
  });
});

describe('shared/activities/matrix/rules axisStats', () => {
  it('gives the mean and the population standard deviation, two decimals', () => {
    expect(axisStats([])).toEqual({ mean: null, sd: null });
    expect(axisStats([4])).toEqual({ mean: 4, sd: 0 });
    expect(axisStats([1, 5])).toEqual({ mean: 3, sd: 2 });
    expect(axisStats([1, 2, 4])).toEqual({ mean: 2.33, sd: 1.25 });
    expect(axisStats([3, 3, 3, 3])).toEqual({ mean: 3, sd: 0 });
  });
});

describe('shared/activities/matrix/rules tallyMatrix', () => {
  const ballots: MatrixBallot[] = [
    { sector: 'public', placements: { 'item-a': { x: 1, y: 5 }, 'item-b': { x: 2, y: 2 } } },
    { sector: 'public', placements: { 'item-a': { x: 3, y: 5 } } },
    { sector: 'business', placements: { 'item-a': { x: 5, y: 2 } } },
    // Nothing counted: an item no longer in the config, and an empty response.
    { sector: 'civil', placements: { gone: { x: 1, y: 1 } } },
    { sector: 'academia', placements: {} },
  ];

  it('counts nothing without placements: n 0, no means, an empty grid', () => {
    const r = tallyMatrix(GRID, []);
    expect(r.respondents).toBe(0);
    expect(r.respondentsBySector).toEqual(emptyBySector());
    expect(r.byItem['item-a']).toMatchObject({
      n: 0,
      x: { mean: null, sd: null },
      y: { mean: null, sd: null },
      score: null,
      band: null,
    });
    expect(r.byItem['item-a']?.grid.flat()).toEqual(Array(25).fill(0));
    expect(r.byItem['item-a']?.bySector.public.n).toBe(0);
  });

  it('gives each item its means, spread and count grid overall', () => {
    const r = tallyMatrix(GRID, ballots);
    expect(r.respondents).toBe(3);
    expect(r.respondentsBySector).toMatchObject({ public: 2, business: 1, civil: 0, academia: 0 });
    const a = r.byItem['item-a'];
    expect(a).toMatchObject({ n: 3, x: { mean: 3, sd: 1.63 }, y: { mean: 4, sd: 1.41 } });
    // grid[y - 1][x - 1]
    expect(a?.grid[4]).toEqual([1, 0, 1, 0, 0]);
    expect(a?.grid[1]).toEqual([0, 0, 0, 0, 1]);
    expect(a?.grid.flat().reduce((s, c) => s + c, 0)).toBe(3);
    expect(r.byItem['item-b']).toMatchObject({ n: 1, x: { mean: 2, sd: 0 }, y: { mean: 2, sd: 0 } });
    // A 2×2 matrix has no risk score.
    expect(a?.score).toBeNull();
    expect(a?.band).toBeNull();
    expect(Object.keys(r.byItem)).toEqual(['item-a', 'item-b']);
  });

  it('splits each item by sector', () => {
    const a = tallyMatrix(GRID, ballots).byItem['item-a'];
    expect(a?.bySector.public).toMatchObject({ n: 2, x: { mean: 2, sd: 1 }, y: { mean: 5, sd: 0 } });
    expect(a?.bySector.business).toMatchObject({ n: 1, x: { mean: 5, sd: 0 }, y: { mean: 2, sd: 0 } });
    expect(a?.bySector.civil).toMatchObject({ n: 0, x: { mean: null } });
    expect(a?.bySector.public.grid[4]).toEqual([1, 0, 1, 0, 0]);
  });

  it('gives a risk matrix the mean score of x·y and its band, overall and per sector', () => {
    const r = tallyMatrix(RISK, ballots);
    const a = r.byItem['item-a'];
    // Scores 5, 15 and 10: mean 10, high; not mean x · mean y (12).
    expect(a).toMatchObject({ score: 10, band: 'high' });
    expect(a?.bySector.public).toMatchObject({ score: 10, band: 'high' });
    expect(a?.bySector.business).toMatchObject({ score: 10, band: 'high' });
    expect(a?.bySector.civil).toMatchObject({ score: null, band: null });
    expect(r.byItem['item-b']).toMatchObject({ score: 4, band: 'low' });
    const top = tallyMatrix(RISK, [{ sector: 'other', placements: { 'item-a': { x: 5, y: 4 } } }]);
    expect(top.byItem['item-a']).toMatchObject({ score: 20, band: 'veryHigh' });
  });

  it('skips stored values that are not placements', () => {
    const r = tallyMatrix(GRID, [
      { sector: 'public', placements: { 'item-a': { x: 7, y: 1 } } as never },
      { sector: 'public', placements: { 'item-a': { x: 2, y: 3 } } },
    ]);
    expect(r.respondents).toBe(1);
    expect(r.byItem['item-a']?.n).toBe(1);
  });
});
