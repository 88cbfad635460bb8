import { describe, expect, it } from 'vitest';
import { guessLang } from '../../../../shared/text/guessLang.ts';

describe('guessing the language of a participant text', () => {
  it('tells Swedish by its letters or its small words', () => {
    expect(guessLang('Kompetensförsörjning')).toBe('sv');
    expect(guessLang('Bättre bussar och tåg')).toBe('sv');
    expect(guessLang('Satsa mer på kollektivtrafik i hela länet')).toBe('sv');
  });

  it('tells English by its small words', () => {
    expect(guessLang('Better trains for the whole region')).toBe('en');
    expect(guessLang('Skills and housing')).toBe('en');
  });

  it('says nothing when it cannot tell', () => {
    expect(guessLang('Bredband')).toBeNull();
    expect(guessLang('Innovation')).toBeNull();
    expect(guessLang('')).toBeNull();
  });
});
