import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The open question's words on phones (and the parts staff views share with them). */
const sv = {
  answers: {
    field: 'Ditt svar',
    intro: 'Skriv ett svar i taget. Du kan skicka högst {{n}} svar.',
    mine: 'Dina svar',
    all: 'Allas svar',
    withheld: 'Svaren visas när processledaren visar resultatet.',
    none: 'Inga svar än.',
    closed: 'Frågan är stängd.',
    notOpen: 'Frågan har inte börjat än.',
  },
  qa: {
    field: 'Din fråga',
    intro: 'Ställ en fråga i taget. Rösta upp andras frågor som du också vill ha svar på.',
    mine: 'Dina frågor',
    all: 'Frågor',
    none: 'Inga frågor än.',
    answered: 'Besvarade',
    now: 'Besvaras nu',
    yours: 'Din fråga',
    closed: 'Den här delen är stängd.',
    notOpen: 'Den här delen har inte börjat än.',
  },
  send: 'Skicka',
  sending: 'Skickar…',
  sent: 'Sparat ✓',
  sentPending: 'Sparat ✓ Processledaren granskar det innan andra ser det.',
  counter: '{{n}} av {{max}} tecken',
  tooLong: 'Texten är för lång: högst {{max}} tecken.',
  empty: 'Skriv något först.',
  left: 'Du kan skicka {{n}} till.',
  leftOne: 'Du kan skicka 1 till.',
  full: 'Du har skickat så många som går.',
  status: {
    pending: 'Väntar på granskning',
    shown: 'Visas',
    hidden: 'Dold av processledaren',
  },
  withdraw: 'Ta bort',
  withdrawFor: 'Ta bort: {{text}}',
  upvote: 'Rösta upp: {{text}}',
  upvoteShort: 'Rösta upp',
  votes: '{{n}} röster',
  votesOne: '1 röst',
  sort: {
    label: 'Sortera',
    votes: 'Flest röster',
    time: 'Senaste',
  },
  posts: '{{n}} inlägg',
  postsOne: '1 inlägg',
  number: 'Nr {{n}}',
};
export type QuestionStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
