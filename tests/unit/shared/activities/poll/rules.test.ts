import { describe, expect, it } from 'vitest';
import {
  acceptAnswer,
  answerOf,
  choiceCount,
  maxChoicesOf,
  type PollBallot,
  percentOf,
  sameBallot,
  tallyPoll,
} from '../../../../../shared/activities/poll/rules.ts';
import { pollConfig, pollResponse } from '../../../../../shared/activities/poll/schema.ts';
import type { PollConfig } from '../../../../../shared/activities/poll/types.ts';
import type { Sector } from '../../../../../shared/domain/sectors.ts';

const SINGLE: PollConfig = {
  question: 'Vad är viktigast?',
  options: [
    { id: 'a', text: 'Kollektivtrafik' },
    { id: 'b', text: 'Bostäder' },
    { id: 'c', text: 'Kompetensförsörjning' },
  ],
  multiple: false,
  maxChoices: 3,
  allowOther: false,
};
const MULTI: PollConfig = { ...SINGLE, multiple: true, maxChoices: 2, allowOther: true };

const ballot = (id: string, sector: Sector, choices: string[], other = ''): PollBallot => ({
  id,
  sector,
  answer: { choices, other },
  otherHidden: false,
});

describe('shared/activities/poll maxChoicesOf', () => {
  it('is one for a single-choice poll whatever maxChoices says', () => {
    expect(maxChoicesOf(SINGLE)).toBe(1);
  });
  it('is maxChoices for a multiple-choice poll, but never more than there is to choose', () => {
    expect(maxChoicesOf(MULTI)).toBe(2);
    expect(maxChoicesOf({ ...MULTI, maxChoices: 13 })).toBe(4);
    expect(maxChoicesOf({ ...MULTI, maxChoices: 13, allowOther: false })).toBe(3);
  });
});

describe('shared/activities/poll acceptAnswer', () => {
  it('refuses with VOTING_CLOSED when the poll is not open', () => {
    for (const status of ['draft', 'closed'] as const)
      expect(acceptAnswer(status, SINGLE, { choices: ['a'], other: '' })).toEqual({
        ok: false,
        code: 'VOTING_CLOSED',
      });
  });
  it('accepts one option in a single-choice poll', () => {
    expect(acceptAnswer('open', SINGLE, { choices: ['b'], other: '' })).toEqual({
      ok: true,
      value: { choices: ['b'], other: '' },
    });
  });
  it('refuses a second option in a single-choice poll with TOO_MANY_CHOICES', () => {
    expect(acceptAnswer('open', SINGLE, { choices: ['a', 'b'], other: '' })).toEqual({
      ok: false,
      code: 'TOO_MANY_CHOICES',
    });
  });
  it('refuses an unknown option id', () => {
    expect(acceptAnswer('open', SINGLE, { choices: ['zz'], other: '' })).toEqual({
      ok: false,
      code: 'VALIDATION',
    });
  });
  it('refuses an "other" answer when the poll takes none', () => {
    expect(acceptAnswer('open', SINGLE, { choices: [], other: 'Något' })).toEqual({
      ok: false,
      code: 'VALIDATION',
    });
  });
  it('counts "other" as a choice against maxChoices', () => {
    expect(acceptAnswer('open', MULTI, { choices: ['a'], other: 'Vård' }).ok).toBe(true);
    expect(acceptAnswer('open', MULTI, { choices: ['a', 'b'], other: 'Vård' })).toEqual({
      ok: false,
      code: 'TOO_MANY_CHOICES',
    });
  });
  it('stores choices once each, in the poll order', () => {
    expect(acceptAnswer('open', MULTI, { choices: ['c', 'a', 'c'], other: '' })).toEqual({
      ok: true,
      value: { choices: ['a', 'c'], other: '' },
    });
  });
  it('accepts an empty answer (a withdrawal)', () => {
    expect(acceptAnswer('open', SINGLE, { choices: [], other: '' })).toEqual({
      ok: true,
      value: { choices: [], other: '' },
    });
  });
});

describe('shared/activities/poll sameBallot', () => {
  it('holds when only the order of the options changes', () => {
    const reordered = { ...SINGLE, options: [...SINGLE.options].reverse() };
    expect(sameBallot(SINGLE, reordered)).toBe(true);
  });
  it('breaks when an option text, the set of options, the question or a rule changes', () => {
    const [a, b, c] = SINGLE.options as [
      PollConfig['options'][0],
      PollConfig['options'][0],
      PollConfig['options'][0],
    ];
    expect(sameBallot(SINGLE, { ...SINGLE, options: [a, b, { ...c, text: 'Vård' }] })).toBe(false);
    expect(sameBallot(SINGLE, { ...SINGLE, options: [a, b] })).toBe(false);
    expect(sameBallot(SINGLE, { ...SINGLE, options: [a, b, { id: 'd', text: c.text }] })).toBe(false);
    expect(sameBallot(SINGLE, { ...SINGLE, question: 'Annan fråga?' })).toBe(false);
    expect(sameBallot(SINGLE, { ...SINGLE, multiple: true })).toBe(false);
    expect(sameBallot(SINGLE, { ...SINGLE, allowOther: true })).toBe(false);
    expect(sameBallot(MULTI, { ...MULTI, maxChoices: 3 })).toBe(false);
  });
  it('ignores maxChoices of a single-choice poll, which means nothing there', () => {
    expect(sameBallot(SINGLE, { ...SINGLE, maxChoices: 1 })).toBe(true);
  });
});

describe('shared/activities/poll tallyPoll', () => {
  it('counts each option overall and per sector, and respondents per sector', () => {
    const r = tallyPoll(MULTI, [
      ballot('p1', 'public', ['a', 'b']),
      ballot('p2', 'business', ['a'], 'Vård'),
      ballot('p3', 'public', []),
    ]);
    expect(r.respondents).toBe(2);
    expect(r.respondentsBySector.public).toBe(1);
    expect(r.respondentsBySector.business).toBe(1);
    expect(r.byOption.a?.total).toBe(2);
    expect(r.byOption.a?.bySector).toMatchObject({ public: 1, business: 1, academia: 0 });
    expect(r.byOption.b?.total).toBe(1);
    expect(r.byOption.c?.total).toBe(0);
    expect(r.other).toMatchObject({ total: 1, bySector: { business: 1 } });
    expect(r.otherTexts).toEqual([{ id: 'p2', text: 'Vård', sector: 'business' }]);
    expect(r.otherHidden).toBe(0);
  });
  it('counts no option that is gone, nor "other" once the poll takes none', () => {
    const r = tallyPoll(SINGLE, [
      ballot('p1', 'civil', ['gone'], 'Kultur'),
      ballot('p2', 'academia', ['c', 'c']),
    ]);
    expect(r.respondents).toBe(1);
    expect(r.respondentsBySector.civil).toBe(0);
    expect(r.byOption.c?.total).toBe(1);
    expect(r.byOption.gone).toBeUndefined();
    expect(r.other).toBeNull();
    expect(r.otherTexts).toEqual([]);
  });
  it('keeps counting a hidden "other" answer but leaves its words out', () => {
    const r = tallyPoll(MULTI, [
      { ...ballot('p1', 'civil', [], 'Olämpligt'), otherHidden: true },
      ballot('p2', 'civil', [], 'Kultur'),
    ]);
    expect(r.respondents).toBe(2);
    expect(r.other?.total).toBe(2);
    expect(r.otherHidden).toBe(1);
    expect(r.otherTexts).toEqual([{ id: 'p2', text: 'Kultur', sector: 'civil' }]);
  });
  it('gives every option a zero row when nobody answered', () => {
    const r = tallyPoll(SINGLE, []);
    expect(r.respondents).toBe(0);
    expect(Object.keys(r.byOption)).toEqual(['a', 'b', 'c']);
  });
});

describe('shared/activities/poll helpers', () => {
  it('reads only well-formed stored answers', () => {
    expect(answerOf({ choices: ['a'], other: 'x' })).toEqual({ choices: ['a'], other: 'x' });
    expect(answerOf({ choices: ['a'] })).toEqual({ choices: ['a'], other: '' });
    expect(answerOf({ choices: [1] })).toBeNull();
    expect(answerOf({ choices: 'a' })).toBeNull();
    expect(answerOf(null)).toBeNull();
    expect(answerOf(3)).toBeNull();
  });
  it('counts choices with "other" as one', () => {
    expect(choiceCount({ choices: ['a', 'b'], other: 'x' })).toBe(3);
    expect(choiceCount({ choices: [], other: '' })).toBe(0);
  });
  it('rounds shares of respondents to whole percent', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('shared/activities/poll schema', () => {
  it('fills in a valid yes/no poll from nothing', () => {
    const c = pollConfig.parse({});
    expect(c.options.map((o) => o.text)).toEqual(['Ja', 'Nej']);
    expect(c).toMatchObject({ question: '', multiple: false, allowOther: false });
  });
  it('refuses duplicate option ids, too few or too many options, and empty option texts', () => {
    const o = (id: string, text = id) => ({ id, text });
    expect(pollConfig.safeParse({ options: [o('a'), o('a')] }).success).toBe(false);
    expect(pollConfig.safeParse({ options: [o('a')] }).success).toBe(false);
    expect(pollConfig.safeParse({ options: Array.from({ length: 13 }, (_, i) => o(`o${i}`)) }).success).toBe(
      false,
    );
    expect(pollConfig.safeParse({ options: [o('a'), o('b', '   ')] }).success).toBe(false);
    expect(pollConfig.safeParse({ options: [o('a'), o('b', 'x'.repeat(121))] }).success).toBe(false);
    expect(pollConfig.safeParse({ options: [o('a'), o('b')], extra: 1 }).success).toBe(false);
  });
  it('trims and NFC-normalises texts', () => {
    const decomposed = 'Va\u0308rd'; // "Värd" with a combining diaeresis
    const c = pollConfig.parse({
      question: '  Fråga?  ',
      options: [
        { id: 'a', text: ` ${decomposed} ` },
        { id: 'b', text: 'B' },
      ],
    });
    expect(c.question).toBe('Fråga?');
    expect(c.options[0]?.text).toBe('V\u00e4rd');
    expect(pollResponse.parse({ choices: [], other: ` ${decomposed}  ` }).other).toBe('V\u00e4rd');
  });
  it('bounds the response: known shape, at most 12 ids, "other" at most 200 characters', () => {
    expect(pollResponse.safeParse({}).success).toBe(false);
    expect(pollResponse.safeParse({ choices: ['a'], extra: true }).success).toBe(false);
    expect(pollResponse.safeParse({ choices: Array.from({ length: 13 }, (_, i) => `o${i}`) }).success).toBe(
      false,
    );
    expect(pollResponse.safeParse({ choices: [], other: 'x'.repeat(201) }).success).toBe(false);
    expect(pollResponse.safeParse({ choices: [], other: `${'x'.repeat(200)}   ` }).success).toBe(true);
    expect(pollResponse.safeParse({ choices: ['not an id!'] }).success).toBe(false);
  });
});
