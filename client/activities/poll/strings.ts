import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The poll's words on phones (the ballot and, once revealed, the results). */
const sv = {
  chooseOne: 'Välj ett svar.',
  chooseMany: 'Välj högst {{n}} svar.',
  chosen: 'Du har valt {{n}} av {{max}}.',
  full: 'Du har valt så många som går. Ta bort ett val för att välja ett annat.',
  other: 'Annat',
  otherLabel: 'Ditt eget svar',
  otherSave: 'Spara svaret',
  otherUnsaved: 'Skriv ditt svar och tryck på Spara svaret.',
  saving: 'Sparar…',
  saved: 'Sparat ✓ Du kan ändra ditt svar tills omröstningen stänger.',
  notAnswered: 'Du har inte svarat än.',
  clear: 'Ta bort mitt svar',
  notOpen: 'Omröstningen har inte börjat än.',
  closed: 'Omröstningen är stängd – vänta på resultatet.',
  yourAnswer: 'Ditt svar: {{answer}}',
  noAnswer: 'Du svarade inte.',
  results: 'Resultat',
  respondents: '{{n}} har svarat',
  respondentsOne: '1 har svarat',
  count: '{{n}} ({{pct}} %)',
  otherTexts: 'Svar under Annat',
  none: 'Inga svar än.',
};
export type PollStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
