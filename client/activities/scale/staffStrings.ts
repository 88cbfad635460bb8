import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The scales' words for facilitators and the projector only: phones never download them. */
const sv = {
  setup: {
    prompt: 'Fråga eller instruktion (valfri)',
    statements: 'Påståenden',
    statementN: 'Påstående {{n}}',
    add: 'Lägg till påstående',
    remove: 'Ta bort påstående {{n}}',
    up: 'Flytta upp påstående {{n}}',
    down: 'Flytta ned påstående {{n}}',
    max: 'Högst {{n}} påståenden.',
    empty: 'Skriv påståendet, eller ta bort det.',
    scale: 'Skala',
    agree: 'Instämmer inte alls – Instämmer helt',
    custom: 'Egna ord för skalans ändar',
    low: 'Ord för 1',
    high: 'Ord för 5',
    lowEmpty: 'Skriv ett ord för 1.',
    highEmpty: 'Skriv ett ord för 5.',
    allowSkip: 'Visa svaret ”Vet inte”',
    rulesReset:
      'Det finns redan svar. Att ändra eller ta bort påståenden, eller ändra skalan, nollställer dem. Nya påståenden och ny ordning går bra.',
    resetConfirm: 'Nollställ svaren och spara',
    save: 'Spara skalfrågorna',
    saved: 'Skalfrågorna är sparade.',
    undo: 'Ångra ändringarna',
  },
  admin: {
    open: 'Skalfrågorna är öppna.',
    draft: 'Skalfrågorna har inte börjat.',
    closed: 'Skalfrågorna är stängda.',
    revealed: 'Resultatet visas för deltagarna.',
    hidden: 'Resultatet visas inte för deltagarna.',
    tally: 'Svar just nu',
    bySector: 'Per sektor',
    respondentsBySector: 'Svarande per sektor',
  },
  projector: {
    answering: 'Svara i mobilen',
    count: '{{n}} har svarat',
    closed: 'Skalfrågorna är stängda',
    notOpen: 'Skalfrågorna har inte börjat än.',
    page: 'Sida {{n}} av {{total}}',
    pause: 'Pausa bläddringen',
    resume: 'Fortsätt bläddra',
  },
};

// Staff views load the staff catalogs whole too: English needs no chunk of its own here.
const strings = defineStrings(sv, {
  setup: {
    prompt: 'Question or instruction (optional)',
    statements: 'Statements',
    statementN: 'Statement {{n}}',
    add: 'Add statement',
    remove: 'Remove statement {{n}}',
    up: 'Move statement {{n}} up',
    down: 'Move statement {{n}} down',
    max: 'At most {{n}} statements.',
    empty: 'Write the statement, or remove it.',
    scale: 'Scale',
    agree: 'Strongly disagree – Strongly agree',
    custom: 'Own words for the ends of the scale',
    low: 'Words for 1',
    high: 'Words for 5',
    lowEmpty: 'Write the words for 1.',
    highEmpty: 'Write the words for 5.',
    allowSkip: 'Offer the answer “Don’t know”',
    rulesReset:
      'There are already answers. Changing or removing statements, or changing the scale, clears them. New statements and a new order are fine.',
    resetConfirm: 'Clear the answers and save',
    save: 'Save the scales',
    saved: 'The scales are saved.',
    undo: 'Undo the changes',
  },
  admin: {
    open: 'The questions are open.',
    draft: 'The questions have not started.',
    closed: 'The questions are closed.',
    revealed: 'The results are shown to participants.',
    hidden: 'The results are not shown to participants.',
    tally: 'Answers right now',
    bySector: 'By sector',
    respondentsBySector: 'Respondents by sector',
  },
  projector: {
    answering: 'Answer on your phone',
    count: '{{n}} have answered',
    closed: 'The questions are closed',
    notOpen: 'The questions have not started yet.',
    page: 'Page {{n}} of {{total}}',
    pause: 'Pause the paging',
    resume: 'Resume paging',
  },
});

export const useStaffS = () => useStrings(strings);
