import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The scales' words on phones (and the parts staff views share with them). */
const sv = {
  intro: 'Välj det som stämmer bäst för dig. Ditt svar sparas direkt och du kan ändra det.',
  progress: 'Du har svarat på {{n}} av {{total}}',
  done: 'Klart! Alla dina svar är sparade. Du kan ändra dem tills skalfrågorna stänger.',
  statement: 'Påstående {{n}} av {{total}}',
  agree: {
    p1: 'Instämmer inte alls',
    p2: 'Instämmer inte',
    p3: 'Varken eller',
    p4: 'Instämmer',
    p5: 'Instämmer helt',
  },
  skip: 'Vet inte',
  clear: 'Ta bort mitt svar',
  clearFor: 'Ta bort mitt svar på påstående {{n}}',
  closed: 'Skalfrågorna är stängda – vänta på resultatet.',
  notOpen: 'Skalfrågorna har inte börjat än.',
  yourAnswer: 'Ditt svar: {{answer}}',
  noAnswer: 'Du svarade inte.',
  results: {
    heading: 'Resultat',
    respondents: '{{n}} har svarat',
    respondentsOne: '1 har svarat',
    none: 'Inga svar än.',
    answers: '{{n}} svar',
    answersOne: '1 svar',
    median: 'median {{m}}',
    skips: 'Vet inte: {{n}}',
    point: '{{label}}: {{n}}',
  },
};
export type ScaleStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
