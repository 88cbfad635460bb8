import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../../../../shared/activities/wordcloud/stopWords.ts';
import {
  foldWord,
  normalizeAnswer,
  sameAnswerKey,
  termOf,
} from '../../../../../shared/activities/wordcloud/terms.ts';

describe('shared/activities/wordcloud/terms', () => {
  it('folds case by Swedish rules, so Örebro and örebro are one term', () => {
    expect(termOf('Örebro')).toEqual({ key: 'örebro', form: 'Örebro' });
    expect(termOf('ÖREBRO')?.key).toBe('örebro');
    expect(termOf('örebro')?.key).toBe('örebro');
    expect(foldWord('ÅÄÖ')).toBe('åäö');
  });

  it('treats a decomposed ö as the composed one', () => {
    const decomposed = 'O\u0308rebro';
    expect(termOf(decomposed)).toEqual({ key: 'örebro', form: 'Örebro' });
  });

  it('trims punctuation, quotes and emoji around words, keeping what is written between them', () => {
    expect(termOf('Hållbarhet!')).toEqual({ key: 'hållbarhet', form: 'Hållbarhet' });
    expect(termOf('"Samverkan"')?.form).toBe('Samverkan');
    expect(termOf('#samverkan 🙂')?.key).toBe('samverkan');
    expect(termOf('…trygghet…')?.form).toBe('trygghet');
    expect(termOf('AI & data')).toEqual({ key: 'ai data', form: 'AI & data' });
    expect(termOf('skola, vård')).toEqual({ key: 'skola vård', form: 'skola, vård' });
  });

  it('keeps inner hyphens and apostrophes as part of a word', () => {
    expect(termOf('e-hälsa')).toEqual({ key: 'e-hälsa', form: 'e-hälsa' });
    expect(termOf('AI-stöd')?.key).toBe('ai-stöd');
    expect(termOf('people’s voice')?.key).toBe("people's voice");
    expect(termOf('-trafik-')?.form).toBe('trafik');
  });

  it('collapses white space inside and around an answer', () => {
    expect(termOf('  grön   omställning \n')).toEqual({ key: 'grön omställning', form: 'grön omställning' });
    expect(normalizeAnswer('  a \t b  ')).toBe('a b');
  });

  it('removes Swedish and English stop words at the edges only', () => {
    expect(termOf('en bättre skola')).toEqual({ key: 'bättre skola', form: 'bättre skola' });
    expect(termOf('The future')).toEqual({ key: 'future', form: 'future' });
    expect(termOf('mer samverkan och')).toEqual({ key: 'samverkan', form: 'samverkan' });
    expect(termOf('hälsa och vård')).toEqual({ key: 'hälsa och vård', form: 'hälsa och vård' });
    expect(termOf('Och, att: samverkan!')?.form).toBe('samverkan');
  });

  it('counts an answer of stop words only, or of no words, as nothing', () => {
    for (const text of ['och', 'Det är', 'the and of', 'i', '!!!', '🙂', '', 'inte för att'])
      expect(termOf(text)).toBeNull();
  });

  it('keeps numbers as words', () => {
    expect(termOf('2030')?.key).toBe('2030');
    expect(termOf('5G')?.key).toBe('5g');
  });

  it('has the common Swedish and English stop words, and not content words', () => {
    for (const w of [
      'och',
      'att',
      'det',
      'som',
      'en',
      'på',
      'är',
      'för',
      'med',
      'till',
      'den',
      'av',
      'om',
      'inte',
    ])
      expect(STOP_WORDS.has(w)).toBe(true);
    for (const w of ['the', 'and', 'of', 'to', 'in', 'is', 'for', "don't"])
      expect(STOP_WORDS.has(w)).toBe(true);
    for (const w of ['bra', 'vård', 'skola', 'samverkan', 'tillsammans', 'dag', 'trygghet', 'future'])
      expect(STOP_WORDS.has(w)).toBe(false);
    // Every entry is already folded, so lookups of folded words find it.
    for (const w of STOP_WORDS) expect(foldWord(w)).toBe(w);
  });

  it('calls two answers the same when they differ only in case and spacing', () => {
    expect(sameAnswerKey(' Skola ')).toBe(sameAnswerKey('skola'));
    expect(sameAnswerKey('grön  omställning')).toBe(sameAnswerKey('Grön omställning'));
    expect(sameAnswerKey('skola!')).not.toBe(sameAnswerKey('skola'));
  });
});
