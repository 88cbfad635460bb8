import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The ranking's words on phones (the order and, once revealed, the results). */
const sv = {
  intro: 'Sätt punkterna i den ordning du tycker. Den viktigaste överst.',
  up: 'Flytta upp: {{item}}',
  down: 'Flytta ner: {{item}}',
  place: 'Plats {{n}}',
  moved: '{{item}} är nu på plats {{n}} av {{total}}',
  save: 'Spara min rangordning',
  saving: 'Sparar…',
  notSaved: 'Inte sparat än',
  notSavedHint: 'Tryck på Spara min rangordning när du är klar.',
  changed: 'Du har ändrat ordningen. Tryck på Spara min rangordning.',
  saved: 'Sparat ✓',
  savedHint: 'Du kan ändra och spara igen tills rangordningen stänger.',
  notOpen: 'Rangordningen har inte börjat än.',
  closed: 'Rangordningen är stängd – vänta på resultatet.',
  yours: 'Din rangordning',
  yourPlace: 'din plats {{n}}',
  noAnswer: 'Du sparade ingen rangordning.',
  results: {
    heading: 'Resultat',
    respondents: '{{n}} har svarat',
    respondentsOne: '1 har svarat',
    none: 'Inga svar än.',
    place: 'Plats',
    item: 'Punkt',
    points: 'Poäng',
    mean: 'Medelplats',
    spread: 'Spridning',
    pointsN: '{{n}} poäng',
    meanN: 'medelplats {{m}}',
    range: 'plats {{best}}–{{worst}}',
    rangeOne: 'alltid plats {{best}}',
    notRanked: 'ingen har rangordnat den',
    spreadText: 'Plats {{list}}',
    spreadItem: '{{place}}: {{n}}',
    rule: 'Poäng: den som rangordnat n punkter ger n − 1 poäng för plats 1, n − 2 för plats 2 och så vidare.',
  },
};
export type RankingStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
