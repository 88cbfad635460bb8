import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/**
 * The words of "Mina bidrag" (the participant's own contributions). Kept out of the core
 * catalogs: a phone downloads them only when someone opens the page, English only when chosen.
 */
const sv = {
  intro: 'Här ser du det du har bidragit med. Du kan ta bort det så länge workshoppen pågår.',
  loading: 'Hämtar dina bidrag…',
  none: 'Du har inte bidragit med något än.',
  ended: 'Workshoppen är slut. Det du bidrog med finns kvar och kan inte tas bort längre.',
  response: 'Ditt svar',
  responseParts: 'Ditt svar ({{n}} delar)',
  item: 'Text du lade till',
  post: 'Text du skickade',
  status: {
    pending: 'Väntar på granskning',
    shown: 'Visas för alla',
    hidden: 'Dold av processledaren',
  },
  shared: 'Andra har också skrivit i den här texten. Texten finns kvar, men den räknas inte längre som din.',
  remove: 'Ta bort',
  removeLabel: 'Ta bort: {{what}}',
  removeAll: 'Ta bort allt jag har bidragit med',
  confirm: 'Vill du ta bort det här? Det går inte att ångra.',
  confirmShared: 'Vill du ta bort ditt namn från texten? Texten finns kvar för de andra.',
  confirmAll: 'Vill du ta bort allt du har bidragit med? Det går inte att ångra.',
  yes: 'Ja, ta bort',
  cancel: 'Avbryt',
  removed: 'Borttaget. Resultaten har räknats om.',
  detached: 'Ditt namn är borttaget från texten.',
  removedAll: '{{n}} bidrag borttagna. Resultaten har räknats om.',
  detachedAll: 'Ditt namn är borttaget från {{n}} texter som andra också har skrivit i.',
};
export type ContributionWords = typeof sv;

export const contributionWords = defineStrings(sv, () =>
  import('./contributionWords.en.ts').then((m) => m.en),
);

export const useContributionWords = () => useStrings(contributionWords);
