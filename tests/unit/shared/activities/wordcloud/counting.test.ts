import { describe, expect, it } from 'vitest';
import {
  type CountedAnswer,
  countWords,
  mostUsed,
} from '../../../../../shared/activities/wordcloud/counting.ts';
import type { Sector } from '../../../../../shared/domain/sectors.ts';

const a = (voter: string, text: string, sector: Sector = 'public'): CountedAnswer => ({
  voter,
  sector,
  text,
});
const words = (answers: CountedAnswer[]) => countWords(answers, true).terms.map((t) => [t.word, t.count]);

describe('shared/activities/wordcloud/counting', () => {
  it('counts nothing when nobody answered', () => {
    expect(countWords([], true)).toEqual({
      answers: 0,
      respondents: 0,
      respondentsBySector: { public: 0, business: 0, academia: 0, civil: 0, other: 0, undisclosed: 0 },
      terms: [],
      termCount: 0,
      live: true,
    });
    expect(countWords([], false).live).toBe(false);
  });

  it('counts answers that fold to one term together, case and punctuation aside', () => {
    expect(
      words([a('p1', 'Örebro'), a('p2', 'örebro!'), a('p3', 'ÖREBRO'), a('p4', 'Kumla'), a('p5', 'Örebro.')]),
    ).toEqual([
      ['Örebro', 4],
      ['Kumla', 1],
    ]);
  });

  it('counts inflections of one word together and lists the forms, most used first', () => {
    const r = countWords(
      [a('p1', 'skola'), a('p2', 'skolan'), a('p3', 'Skolor'), a('p4', 'skolan'), a('p5', 'vård')],
      true,
    );
    expect(r.terms[0]).toMatchObject({ word: 'skolan', count: 4 });
    expect(r.terms[0]?.forms).toEqual([
      { form: 'skolan', count: 2 },
      { form: 'skola', count: 1 },
      { form: 'Skolor', count: 1 },
    ]);
    expect(r.terms[0]?.key).toBe('skola');
  });

  it('counts a participant once per term, however many of their answers fold to it', () => {
    const r = countWords([a('p1', 'skola'), a('p1', 'Skolan'), a('p1', 'skolor'), a('p2', 'vård')], true);
    expect(r.terms.map((t) => [t.word, t.count])).toEqual([
      ['skola', 1],
      ['vård', 1],
    ]);
    expect(r.answers).toBe(4);
    expect(r.respondents).toBe(2);
  });

  it('shows a term in its most used written form, ties going to the shortest, then alphabetically', () => {
    expect(words([a('p1', 'Örebro'), a('p2', 'Örebro'), a('p3', 'örebro')])[0]?.[0]).toBe('Örebro');
    // A tie between case variants goes alphabetically: lower case first in Swedish order.
    expect(words([a('p1', 'Örebro'), a('p2', 'örebro')])[0]?.[0]).toBe('örebro');
    expect(words([a('p1', 'vården'), a('p2', 'vård')])[0]?.[0]).toBe('vård');
    expect(
      mostUsed(
        new Map([
          ['vårda', 1],
          ['vårds', 1],
        ]),
      ),
    ).toBe('vårda');
    expect(
      mostUsed(
        new Map([
          ['bb', 1],
          ['a', 1],
          ['c', 1],
        ]),
      ),
    ).toBe('a');
    expect(
      mostUsed(
        new Map([
          ['skolan', 2],
          ['skola', 1],
        ]),
      ),
    ).toBe('skolan');
  });

  it('ranks by count, then alphabetically by the Swedish alphabet', () => {
    expect(
      words([a('p1', 'öga'), a('p2', 'ål'), a('p3', 'zebra'), a('p4', 'ål'), a('p5', 'arbete')]),
    ).toEqual([
      ['ål', 2],
      ['arbete', 1],
      ['zebra', 1],
      ['öga', 1],
    ]);
  });

  it('counts terms and respondents per sector', () => {
    const r = countWords(
      [
        a('p1', 'Vård', 'public'),
        a('p2', 'vården', 'business'),
        a('p3', 'vård', 'business'),
        a('p3', 'skola', 'business'),
        a('p4', 'skola', 'academia'),
      ],
      true,
    );
    const vard = r.terms.find((t) => t.key === 'vård');
    expect(vard?.count).toBe(3);
    expect(vard?.bySector).toMatchObject({ public: 1, business: 2, academia: 0 });
    expect(r.terms.find((t) => t.key === 'skola')?.bySector).toMatchObject({ business: 1, academia: 1 });
    expect(r.respondentsBySector).toMatchObject({ public: 1, business: 2, academia: 1, civil: 0 });
  });

  it('counts a phrase as one term, stop words stripped at its edges', () => {
    expect(words([a('p1', 'en grön omställning'), a('p2', 'Grön omställning.'), a('p3', 'grön')])).toEqual([
      ['grön omställning', 2],
      ['grön', 1],
    ]);
  });

  it('counts an answer of stop words only as an answer but as no term', () => {
    const r = countWords([a('p1', 'och'), a('p2', 'the'), a('p3', 'vård')], true);
    expect(r.answers).toBe(3);
    expect(r.respondents).toBe(3);
    expect(r.terms.map((t) => t.word)).toEqual(['vård']);
    expect(r.termCount).toBe(1);
  });

  it('counts every term, however many', () => {
    const many = Array.from({ length: 400 }, (_, i) => a(`p${i}`, `ord${i}x`));
    expect(countWords(many, true).termCount).toBe(400);
  });
});
