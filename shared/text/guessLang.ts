/**
 * The language of a participant's text, when a simple count can tell: Swedish or English, or null
 * when it cannot (then the text inherits the page's language). Screen readers use it to choose a
 * voice (WCAG 3.1.2): a Swedish priority read with an English voice is hard to follow.
 */
const SV = new Set(
  'och att det som för med på är inte en ett av till vi ska kan har om man eller från mer alla också där när hur'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and to of for with is are not we should can have about or from more all also there when how this that'.split(
    ' ',
  ),
);
const WORD = /[\p{L}]+/gu;

export function guessLang(text: string): 'sv' | 'en' | null {
  let sv = /[åäö]/i.test(text) ? 2 : 0;
  let en = 0;
  for (const [word] of text.toLocaleLowerCase('sv').matchAll(WORD)) {
    if (SV.has(word)) sv++;
    if (EN.has(word)) en++;
  }
  if (sv === en) return null;
  return sv > en ? 'sv' : 'en';
}
