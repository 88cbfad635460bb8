import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The results' words, on phones once revealed, on the big screen and in the control room. */
const sv = {
  heading: 'Resultat',
  dots: '{{n}} prickar',
  dotsOne: '1 prick',
  voters: '{{n}} personer har röstat',
  votersOne: '1 person har röstat',
  totalDots: 'Totalt {{n}} prickar',
  votersBySector: 'Har röstat, per sektor',
  none: 'Inga röster än.',
};
export type ResultStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./resultStrings.en.ts').then((m) => m.en));
export const useResultS = () => useStrings(strings);
