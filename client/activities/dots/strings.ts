import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/**
 * The ballot's words, in the phone's chunk of the dot voting. The results have theirs apart
 * (resultStrings.ts): a phone fetches them with the results, once revealed.
 */
const sv = {
  intro: 'Tryck på en prioritering för att ge den en prick. Tryck på minus för att ta tillbaka en.',
  budget: '{{left}} av {{total}} prickar kvar',
  capRule: 'Högst {{n}} prickar på samma prioritering.',
  done: 'Klart – du har placerat alla prickar.',
  doneMore: 'Du kan ändra tills röstningen stänger.',
  add: 'Lägg till prick',
  remove: 'Ta bort prick från prioritering {{n}}',
  yours: 'Dina prickar här: {{n}}',
  capReached: 'Högst {{n}} här',
  // Said when someone taps a button that cannot act now: a reason, never an error.
  why: {
    budget: 'Alla dina prickar är placerade. Ta bort en prick för att flytta den.',
    cap: 'Prioritering {{item}} har redan {{n}} prickar, det högsta som går.',
    none: 'Du har ingen prick på prioritering {{item}}.',
  },
  merged: 'Sammanslagen av {{n}}',
  closed: 'Röstningen är stängd – vänta på resultatet.',
  notOpen: 'Röstningen har inte börjat än.',
  recap: {
    heading: 'Dina prickar',
    none: 'Du placerade inga prickar.',
    dots: '{{n}} prickar',
    dotsOne: '1 prick',
  },
};
export type BallotStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
