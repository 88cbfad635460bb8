import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The word cloud's words on phones (answering and, once revealed, the cloud); staff views share them. */
const sv = {
  notOpen: 'Ordmolnet har inte börjat än.',
  closed: 'Ordmolnet är stängt – vänta på resultatet.',
  fieldLabel: 'Ditt ord eller korta svar',
  fieldHint: 'Högst {{n}} tecken.',
  send: 'Skicka',
  sending: 'Skickar…',
  sent: 'Sparat ✓',
  already: 'Det svaret har du redan skickat.',
  remaining: 'Du kan skicka {{n}} till.',
  remainingOne: 'Du kan skicka 1 till.',
  full: 'Du har skickat alla dina svar. Ta bort ett om du vill skicka ett annat.',
  yours: 'Dina svar',
  none: 'Du har inte skickat något än.',
  noneClosed: 'Du skickade inget svar.',
  status: {
    shown: 'Med i ordmolnet',
    pending: 'Väntar på granskning',
    hidden: 'Dold av processledaren',
    notCounted: 'Räknas inte: bara vanliga småord',
  },
  remove: 'Ta bort',
  removeLabel: 'Ta bort {{text}}',
  removed: '{{text}} är borttaget.',
  cloud: {
    heading: 'Ordmolnet',
    answers: '{{n}} svar',
    answersOne: '1 svar',
    empty: 'Inga ord än.',
    count: '{{n}} personer',
    countOne: '1 person',
    asList: 'Visa som lista',
    listHeading: 'Orden, vanligast först',
  },
};
export type WordcloudStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
