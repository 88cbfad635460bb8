import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The projector frame's words (the types say their own); phones never load them. */
const sv = {
  page: 'Projektor',
  phase: {
    waiting: 'Startar snart',
    draft: 'Startar snart',
    open: 'Öppen för svar',
    closed: 'Stängd för svar',
    revealed: 'Resultat',
    label: 'Läge',
  },
  pages: {
    region: 'Det som visas',
    page: 'Sida {{n}} av {{total}}',
    pause: 'Pausa bläddringen',
  },
  answered: '{{n}} av {{of}} har svarat',
  answeredNone: 'Ingen har svarat än',
  join: {
    heading: 'Gå med',
    at: 'Gå med:',
    scan: 'Skanna koden med mobilen eller gå till',
    code: 'och skriv koden',
    connected: '{{n}} anslutna nu',
    connectedOne: '1 ansluten nu',
  },
  refused: {
    heading: 'Projektorvyn kan inte visas här',
    hint: 'Länken till projektorvyn gäller inte längre eller har tagits bort. Be processledaren om en ny länk, eller logga in som processledare.',
    opening: 'Öppnar projektorvyn…',
  },
};

const strings = defineStrings(sv, {
  page: 'Projector',
  phase: {
    waiting: 'Starting soon',
    draft: 'Starting soon',
    open: 'Open for answers',
    closed: 'Closed for answers',
    revealed: 'Results',
    label: 'Phase',
  },
  pages: {
    region: 'On the stage',
    page: 'Page {{n}} of {{total}}',
    pause: 'Pause the paging',
  },
  answered: '{{n}} of {{of}} have answered',
  answeredNone: 'No one has answered yet',
  join: {
    heading: 'Join',
    at: 'Join:',
    scan: 'Scan the code with your phone or go to',
    code: 'and enter the code',
    connected: '{{n}} connected now',
    connectedOne: '1 connected now',
  },
  refused: {
    heading: 'The projector view cannot be shown here',
    hint: 'The link to the projector view is no longer valid or was removed. Ask the facilitator for a new link, or log in as a facilitator.',
    opening: 'Opening the projector view…',
  },
});

export const useStageS = () => useStrings(strings);
