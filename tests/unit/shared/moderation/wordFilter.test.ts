import { describe, expect, it } from 'vitest';
import { entryStatusFor } from '../../../../shared/moderation/entryStatus.ts';
import { caughtWords, isCaught } from '../../../../shared/moderation/wordFilter.ts';

describe('the word filter', () => {
  it('catches whole words in either language, whatever the case', () => {
    expect(caughtWords('Det här är FAN inte klokt')).toEqual(['fan']);
    expect(isCaught('What the fuck')).toBe(true);
    expect(isCaught('Bitch, please')).toBe(true);
  });

  it('catches Swedish compounds by their stem', () => {
    expect(caughtWords('Skitsnack om jävlaste vägen')).toEqual(['skitsnack', 'jävlaste']);
    expect(isCaught('helvetes trafik')).toBe(true);
  });

  it('leaves innocent words that begin the same way alone', () => {
    for (const text of [
      'Det fanns inga bussar',
      'Kukkonen från Hallsberg', // a name, not the word
      'Assistans och bassänger',
      'Dickens läses i skolan',
      'Fysisk aktivitet för äldre',
      'Satsa på kollektivtrafiken',
      'Skiva och skidor i Kilsbergen',
    ])
      expect(caughtWords(text), text).toEqual([]);
  });

  it('holds a caught post for review, and every post when pre-moderated', () => {
    expect(entryStatusFor('Bättre bussar', { preModeration: false, wordFilter: true })).toEqual({
      status: 'shown',
      filtered: false,
    });
    expect(entryStatusFor('Jävla bussar', { preModeration: false, wordFilter: true })).toEqual({
      status: 'pending',
      filtered: true,
    });
    expect(entryStatusFor('Jävla bussar', { preModeration: false, wordFilter: false })).toEqual({
      status: 'shown',
      filtered: false,
    });
    expect(entryStatusFor('Bättre bussar', { preModeration: true, wordFilter: true }).status).toBe('pending');
  });
});
