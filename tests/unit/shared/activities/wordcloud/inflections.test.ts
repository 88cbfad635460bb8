import { describe, expect, it } from 'vitest';
import { groupKeys, stemsOf } from '../../../../../shared/activities/wordcloud/inflections.ts';

/** The groups as sorted lists of keys, sorted by their first key. */
const groups = (keys: string[]): string[][] => {
  const byId = new Map<string, string[]>();
  for (const [key, id] of groupKeys(keys)) byId.set(id, [...(byId.get(id) ?? []), key].sort());
  return [...byId.values()].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
};

describe('shared/activities/wordcloud/inflections', () => {
  it('lists the term itself and each stem of at least four letters', () => {
    expect(stemsOf('skolorna')).toEqual(expect.arrayContaining(['skolorna', 'skol', 'skolor']));
    expect(stemsOf('vården')).toEqual(expect.arrayContaining(['vården', 'vård']));
    // "maten" less "en" is "mat": too short to stand for anything.
    expect(stemsOf('maten')).toEqual(['maten', 'mate']);
    expect(stemsOf('bil')).toEqual(['bil']);
  });

  it('joins Swedish definite and plural forms that share a stem', () => {
    expect(groups(['skola', 'skolan', 'skolor', 'skolorna'])).toEqual([
      ['skola', 'skolan', 'skolor', 'skolorna'],
    ]);
    expect(groups(['vård', 'vården'])).toEqual([['vård', 'vården']]);
    expect(groups(['region', 'regionen', 'regioner', 'regionerna'])).toEqual([
      ['region', 'regionen', 'regioner', 'regionerna'],
    ]);
    expect(groups(['företag', 'företagens', 'företagen'])).toEqual([['företag', 'företagen', 'företagens']]);
    expect(groups(['hållbar', 'hållbart', 'hållbara'])).toEqual([['hållbar', 'hållbara', 'hållbart']]);
    expect(groups(['ungdom', 'ungdomar', 'ungdomarna'])).toEqual([['ungdom', 'ungdomar', 'ungdomarna']]);
  });

  it('joins English plurals and -ing forms', () => {
    expect(groups(['house', 'houses', 'housing'])).toEqual([['house', 'houses', 'housing']]);
    expect(groups(['innovation', 'innovations'])).toEqual([['innovation', 'innovations']]);
  });

  it('joins two forms that share a stem nobody wrote on its own', () => {
    expect(groups(['skolan', 'skolor'])).toEqual([['skolan', 'skolor']]);
  });

  it('never joins on a stem shorter than four letters', () => {
    expect(groups(['mat', 'maten'])).toEqual([['mat'], ['maten']]);
    expect(groups(['lag', 'lagen', 'lager'])).toEqual([['lag'], ['lagen'], ['lager']]);
  });

  it('leaves a word alone when no other answer shares its stem', () => {
    expect(groups(['kultur', 'trygghet', 'natur'])).toEqual([['kultur'], ['natur'], ['trygghet']]);
  });

  it('does not see vowel changes (a known limit)', () => {
    expect(groups(['stad', 'städer'])).toEqual([['stad'], ['städer']]);
  });

  it('can join two different words that meet on a stem (a known limit, visible in the forms)', () => {
    expect(groups(['fakta', 'faktor'])).toEqual([['fakta', 'faktor']]);
  });

  it('inflects only the last word of a phrase, and only when the rest is the same', () => {
    expect(groups(['bättre skola', 'bättre skolor'])).toEqual([['bättre skola', 'bättre skolor']]);
    expect(groups(['bättre skola', 'sämre skolor'])).toEqual([['bättre skola'], ['sämre skolor']]);
    expect(groups(['skolor bättre', 'skola bättre'])).toEqual([['skola bättre'], ['skolor bättre']]);
  });

  it('never stems a word with digits', () => {
    expect(stemsOf('covid-19')).toEqual(['covid-19']);
    expect(groups(['2030', '2030s'])).toEqual([['2030'], ['2030s']]);
  });

  it('names each group by its shortest key, then the first alphabetically', () => {
    const ids = groupKeys(['skolorna', 'skolan', 'skola']);
    expect(new Set(ids.values())).toEqual(new Set(['skola']));
    const tie = groupKeys(['vårds', 'vårda']);
    expect(tie.get('vårds')).toBe('vårda');
    expect(tie.get('vårda')).toBe('vårda');
  });

  it('maps every key, duplicates included, and is empty for no keys', () => {
    expect(groupKeys([]).size).toBe(0);
    const ids = groupKeys(['vård', 'vård', 'natur']);
    expect([...ids.keys()].sort()).toEqual(['natur', 'vård']);
  });
});
