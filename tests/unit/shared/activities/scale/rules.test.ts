import { describe, expect, it } from 'vitest';
import {
  acceptRatings,
  answeredCount,
  medianOf,
  ratingsOf,
  sameRules,
  tallyScale,
} from '../../../../../shared/activities/scale/rules.ts';
import { scaleConfig, scaleResponse } from '../../../../../shared/activities/scale/schema.ts';
import type { ScaleConfig } from '../../../../../shared/activities/scale/types.ts';
import { emptyBySector } from '../../../../../shared/domain/sectors.ts';

const CONFIG: ScaleConfig = {
  prompt: '',
  statements: [
    { id: 'stmt-a', text: 'Regionen lyssnar' },
    { id: 'stmt-b', text: 'Kollektivtrafiken räcker' },
  ],
  labels: { kind: 'agree' },
  allowSkip: true,
};

describe('shared/activities/scale/rules acceptRatings', () => {
  it('stores the ratings when the scale is open and they name its statements', () => {
    expect(acceptRatings('open', CONFIG, { 'stmt-a': 4, 'stmt-b': 'skip' })).toEqual({
      ok: true,
      value: { 'stmt-a': 4, 'stmt-b': 'skip' },
    });
  });

  it('accepts a partial or an empty set when the participant has not answered everything', () => {
    expect(acceptRatings('open', CONFIG, { 'stmt-b': 1 }).ok).toBe(true);
    expect(acceptRatings('open', CONFIG, {})).toEqual({ ok: true, value: {} });
  });

  it('answers VOTING_CLOSED when the scale is a draft or closed', () => {
    expect(acceptRatings('draft', CONFIG, { 'stmt-a': 1 })).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    expect(acceptRatings('closed', CONFIG, { 'stmt-a': 1 })).toEqual({ ok: false, code: 'VOTING_CLOSED' });
  });

  it('answers VALIDATION when a rating names an unknown statement or is out of range', () => {
    expect(acceptRatings('open', CONFIG, { 'stmt-x': 3 })).toEqual({ ok: false, code: 'VALIDATION' });
    expect(acceptRatings('open', CONFIG, { 'stmt-a': 6 as never })).toEqual({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it('answers VALIDATION for "Vet inte" when the scale does not offer it', () => {
    const noSkip = { ...CONFIG, allowSkip: false };
    expect(acceptRatings('open', noSkip, { 'stmt-a': 'skip' })).toEqual({ ok: false, code: 'VALIDATION' });
    expect(acceptRatings('open', noSkip, { 'stmt-a': 5 }).ok).toBe(true);
  });
});

describe('shared/activities/scale/rules medianOf', () => {
  it('returns null when nobody chose a point', () => {
    expect(medianOf([0, 0, 0, 0, 0])).toBeNull();
  });

  it('returns the middle point when the count is odd', () => {
    expect(medianOf([1, 0, 1, 0, 1])).toBe(3);
    expect(medianOf([0, 0, 0, 0, 1])).toBe(5);
    expect(medianOf([2, 0, 0, 0, 1])).toBe(1);
  });

  it('returns halfway between the two middle points when the count is even', () => {
    expect(medianOf([1, 0, 0, 0, 1])).toBe(3);
    expect(medianOf([0, 1, 1, 0, 0])).toBe(2.5);
    expect(medianOf([0, 0, 0, 2, 2])).toBe(4.5);
  });
});

describe('shared/activities/scale/rules tallyScale', () => {
  it('returns an empty distribution per statement when nobody has answered', () => {
    const r = tallyScale(CONFIG, []);
    expect(r.respondents).toBe(0);
    expect(r.respondentsBySector).toEqual(emptyBySector());
    expect(r.byStatement['stmt-a']).toMatchObject({
      counts: [0, 0, 0, 0, 0],
      skips: 0,
      n: 0,
      median: null,
      mean: null,
    });
  });

  it('counts the distribution overall and per sector, skips apart, when several sectors answer', () => {
    const r = tallyScale(CONFIG, [
      { sector: 'public', ratings: { 'stmt-a': 5, 'stmt-b': 2 } },
      { sector: 'public', ratings: { 'stmt-a': 4 } },
      { sector: 'business', ratings: { 'stmt-a': 1, 'stmt-b': 'skip' } },
      { sector: 'civil', ratings: { 'stmt-b': 'skip' } },
    ]);
    expect(r.respondents).toBe(4);
    expect(r.respondentsBySector).toEqual({ ...emptyBySector(), public: 2, business: 1, civil: 1 });
    const a = r.byStatement['stmt-a']!;
    expect(a.counts).toEqual([1, 0, 0, 1, 1]);
    expect(a.n).toBe(3);
    expect(a.skips).toBe(0);
    expect(a.median).toBe(4);
    expect(a.mean).toBe(3.33);
    expect(a.bySector.public).toMatchObject({ counts: [0, 0, 0, 1, 1], n: 2, median: 4.5, mean: 4.5 });
    expect(a.bySector.business).toMatchObject({ counts: [1, 0, 0, 0, 0], n: 1, median: 1 });
    expect(a.bySector.civil).toMatchObject({ n: 0, skips: 0, median: null });
    const b = r.byStatement['stmt-b']!;
    expect(b.counts).toEqual([0, 1, 0, 0, 0]);
    expect(b.skips).toBe(2);
    expect(b.n).toBe(1);
    expect(b.bySector.business).toMatchObject({ n: 0, skips: 1, median: null });
  });

  it('counts a participant whose only answer is "Vet inte" as a respondent', () => {
    const r = tallyScale(CONFIG, [{ sector: 'other', ratings: { 'stmt-a': 'skip' } }]);
    expect(r.respondents).toBe(1);
    expect(r.byStatement['stmt-a']?.n).toBe(0);
  });

  it('ignores ratings of statements no longer in the config and values that are not ratings', () => {
    const r = tallyScale(CONFIG, [
      { sector: 'public', ratings: { gone: 3 } },
      { sector: 'public', ratings: { 'stmt-a': 9 as never } },
    ]);
    expect(r.respondents).toBe(0);
    expect(Object.keys(r.byStatement).sort()).toEqual(['stmt-a', 'stmt-b']);
  });

  it('never touches the prototype when a statement id is __proto__', () => {
    const config = { ...CONFIG, statements: [{ id: '__proto__', text: 'x' }] };
    const r = tallyScale(config, [{ sector: 'public', ratings: JSON.parse('{"__proto__": 2}') }]);
    expect(Object.getPrototypeOf(r.byStatement)).toBe(Object.prototype);
    expect(Object.keys(r.byStatement)).toEqual(['__proto__']);
  });
});

describe('shared/activities/scale/rules sameRules', () => {
  it('keeps the rules when only the prompt, the order or a new statement changes', () => {
    const next: ScaleConfig = {
      ...CONFIG,
      prompt: 'Ny fråga',
      statements: [...CONFIG.statements].reverse().concat({ id: 'stmt-c', text: 'Ny' }),
    };
    expect(sameRules(CONFIG, next)).toBe(true);
  });

  it('changes the rules when a statement is reworded or removed', () => {
    expect(
      sameRules(CONFIG, {
        ...CONFIG,
        statements: [{ id: 'stmt-a', text: 'Regionen lyssnar inte' }, CONFIG.statements[1]!],
      }),
    ).toBe(false);
    expect(sameRules(CONFIG, { ...CONFIG, statements: [CONFIG.statements[0]!] })).toBe(false);
  });

  it('changes the rules when the scale words or "Vet inte" change', () => {
    expect(sameRules(CONFIG, { ...CONFIG, allowSkip: false })).toBe(false);
    expect(sameRules(CONFIG, { ...CONFIG, labels: { kind: 'custom', low: 'Låg', high: 'Hög' } })).toBe(false);
    const custom: ScaleConfig = { ...CONFIG, labels: { kind: 'custom', low: 'Låg', high: 'Hög' } };
    expect(sameRules(custom, { ...custom, labels: { kind: 'custom', low: 'Låg', high: 'Mycket hög' } })).toBe(
      false,
    );
    expect(sameRules(custom, { ...custom })).toBe(true);
  });
});

describe('shared/activities/scale/rules helpers', () => {
  it('reads stored entries as ratings, leaving out anything else', () => {
    expect(ratingsOf({ a: 1, b: 'skip', c: 0, d: '3', e: 2.5, f: 5 })).toEqual({ a: 1, b: 'skip', f: 5 });
  });

  it('counts answered statements of the config, a skip included', () => {
    expect(answeredCount(CONFIG, { 'stmt-a': 'skip', gone: 3 })).toBe(1);
  });
});

describe('shared/activities/scale/schema', () => {
  it('fills in the defaults when only statements are given', () => {
    expect(scaleConfig.parse({ statements: [{ id: 'stmt-a', text: ' Hej ' }] })).toEqual({
      prompt: '',
      statements: [{ id: 'stmt-a', text: 'Hej' }],
      labels: { kind: 'agree' },
      allowSkip: true,
    });
  });

  it('refuses no statements, more than 15, duplicate ids, empty or long texts and empty custom ends', () => {
    const st = (i: number) => ({ id: `stmt-${String(i).padStart(2, '0')}`, text: `P ${i}` });
    const bad = [
      { statements: [] },
      { statements: Array.from({ length: 16 }, (_, i) => st(i)) },
      { statements: [st(1), st(1)] },
      { statements: [{ id: 'stmt-a', text: '  ' }] },
      { statements: [{ id: 'stmt-a', text: 'x'.repeat(201) }] },
      { statements: [st(1)], labels: { kind: 'custom', low: '', high: 'Hög' } },
      { statements: [st(1)], labels: { kind: 'other' } },
      { statements: [st(1)], extra: 1 },
    ];
    for (const c of bad) expect(scaleConfig.safeParse(c).success, JSON.stringify(c).slice(0, 80)).toBe(false);
    expect(scaleConfig.safeParse({ statements: Array.from({ length: 15 }, (_, i) => st(i)) }).success).toBe(
      true,
    );
  });

  it('refuses responses that are not a record of ratings', () => {
    for (const r of [
      {},
      { ratings: [] },
      { ratings: { 'stmt-a': 0 } },
      { ratings: { 'stmt-a': '5' } },
      { ratings: { 'bad id': 3 } },
      { ratings: {}, x: 1 },
    ])
      expect(scaleResponse.safeParse(r).success, JSON.stringify(r)).toBe(false);
    expect(scaleResponse.safeParse({ ratings: { 'stmt-a': 3, 'stmt-b': 'skip' } }).success).toBe(true);
  });
});
