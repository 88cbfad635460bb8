/**
 * The word filter: Swedish and English swearing and slurs that a facilitator would not want on a
 * projector before they have seen it. It holds a post back for review; it never rewrites or
 * deletes what someone wrote. Words are matched whole after case folding; stems also match as
 * the start of a word, which catches Swedish compounds ("skitsnack", "jävlaste") without catching
 * innocent words that merely begin the same way ("fanns" is not "fan").
 */
const WORDS = new Set([
  // Swedish
  'fan',
  'satan',
  'hora',
  'horor',
  'kuk',
  'kukar',
  'röv',
  'arsle',
  'neger',
  'negrer',
  'blatte',
  'blattar',
  'mongo',
  'cp',
  'idiot',
  'idioter',
  'pucko',
  // English
  'ass',
  'bitch',
  'cunt',
  'dick',
  'crap',
  'slut',
  'whore',
  'retard',
  'bastard',
  'wank',
]);
const STEMS = [
  'jävl',
  'javl',
  'jävel',
  'helvet',
  'skit',
  'fitt',
  'knull',
  'horung',
  'rövhål',
  'satans',
  'fuck',
  'shit',
  'asshole',
  'motherf',
  'nigg',
  'bullshit',
];

/** Letters and digits of any script; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` the filter catches, in the order written (empty when none). */
export function caughtWords(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.toLocaleLowerCase('sv').matchAll(WORD))
    if (WORDS.has(word) || STEMS.some((stem) => word.startsWith(stem))) out.push(word);
  return out;
}

export function isCaught(text: string): boolean {
  return caughtWords(text).length > 0;
}
