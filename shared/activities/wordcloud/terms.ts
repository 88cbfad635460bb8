import { isStopWord } from './stopWords.ts';

/**
 * From an answer to the term it counts as. A word is a run of letters and digits, with an inner
 * hyphen or apostrophe kept ("e-hälsa", "don't"); everything else around words (punctuation,
 * quotes, emoji) is trimmed. Words are case folded by Swedish rules ("Örebro" = "örebro") and
 * stop words are dropped at the answer's edges only: a phrase stays one term ("hälsa och vård").
 */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** One word, folded: lower case by Swedish rules, one kind of apostrophe. */
export const foldWord = (word: string): string => word.toLocaleLowerCase('sv').replace(/’/gu, "'");

/** An answer as stored: one Unicode form, inner runs of white space as one space, trimmed. */
export const normalizeAnswer = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Two answers of one participant are the same answer when they differ only in case and spacing. */
export const sameAnswerKey = (text: string): string => normalizeAnswer(text).toLocaleLowerCase('sv');

export interface AnswerTerm {
  /** The folded words, joined by single spaces: what counts as the same written word. */
  key: string;
  /** As written, from the first to the last word kept (inner punctuation kept, spacing collapsed). */
  form: string;
}

/** The term an answer counts as; null when it has no words but stop words (it counts as nothing). */
export function termOf(text: string): AnswerTerm | null {
  const normal = normalizeAnswer(text);
  const words = [...normal.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldWord(m[0]),
  }));
  let first = 0;
  let last = words.length - 1;
  while (first <= last && isStopWord(words[first]?.folded ?? '')) first += 1;
  while (last >= first && isStopWord(words[last]?.folded ?? '')) last -= 1;
  const from = words[first];
  const to = words[last];
  if (first > last || !from || !to) return null;
  return {
    key: words
      .slice(first, last + 1)
      .map((w) => w.folded)
      .join(' '),
    form: normal.slice(from.start, to.end),
  };
}
