import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/**
 * The ballot's words, in the phone's chunk of the dot voting. The results have theirs apart
 * (resultStrings.ts): a phone fetches them with the results, once revealed.
 */
const sv = {
  intro: 'Tryck på en prioritering för att ge den en prick. Tryck på minus för att ta tillbaka.',
  left: '{{n}} prickar kvar',
  leftOne: '1 prick kvar',
  leftNone: 'Inga prickar kvar',
  add: 'Lägg till prick',
  remove: 'Ta bort prick från prioritering {{n}}',
  yours: 'Dina prickar: {{n}}',
  maxReached: 'Max {{n}} per prioritering',
  closed: 'Röstningen är stängd – vänta på resultatet.',
  notOpen: 'Röstningen har inte börjat än.',
};
export type BallotStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
