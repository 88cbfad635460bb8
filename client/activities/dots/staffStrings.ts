import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The dot voting's words for facilitators and the projector only: phones never download them. */
const sv = {
  setup: {
    source: 'Lista att rösta på',
    noSource: 'Lägg först till en lista att rösta på.',
    dotsPer: 'Prickar per deltagare',
    maxPer: 'Prickar på samma prioritering, högst',
    dotsOut: 'Skriv ett heltal från 1 till {{n}}.',
    maxOut: 'Skriv ett heltal från 1 till {{n}}.',
    maxTooHigh: 'Det kan inte vara fler än prickarna per deltagare.',
    currentRules: 'Nuvarande regler: {{dots}} prickar per deltagare, högst {{max}} per prioritering.',
    rulesReset: 'Det finns redan prickar. Nya regler nollställer dem.',
    resetConfirm: 'Nollställ prickarna och spara',
    keepRules: 'Behåll nuvarande regler',
    save: 'Spara reglerna',
    saved: 'Reglerna är sparade.',
  },
  admin: {
    source: 'Röstning på: {{label}}',
    noSource: 'Listan att rösta på finns inte längre. Välj en ny i inställningarna.',
    open: 'Röstningen är öppen.',
    draft: 'Röstningen har inte börjat.',
    closed: 'Röstningen är stängd.',
    revealed: 'Resultatet visas för deltagarna.',
    hidden: 'Resultatet visas inte för deltagarna.',
    tally: 'Röster just nu',
  },
  projector: {
    voting: 'Röstningen är öppen',
    votingCount: 'Röstningen är öppen – {{n}} har röstat',
    closed: 'Röstningen är stängd',
    notOpen: 'Röstningen har inte börjat än.',
  },
};

// Staff views load the staff catalogs whole too: English needs no chunk of its own here.
const strings = defineStrings(sv, {
  setup: {
    source: 'List to vote on',
    noSource: 'Add a list to vote on first.',
    dotsPer: 'Dots per participant',
    maxPer: 'Dots on the same priority, at most',
    dotsOut: 'Enter a whole number from 1 to {{n}}.',
    maxOut: 'Enter a whole number from 1 to {{n}}.',
    maxTooHigh: 'It cannot be more than the dots per participant.',
    currentRules: 'Current rules: {{dots}} dots per participant, at most {{max}} per priority.',
    rulesReset: 'There are already dots. New rules clear them.',
    resetConfirm: 'Clear the dots and save',
    keepRules: 'Keep the current rules',
    save: 'Save the rules',
    saved: 'The rules are saved.',
  },
  admin: {
    source: 'Voting on: {{label}}',
    noSource: 'The list to vote on no longer exists. Pick a new one in the settings.',
    open: 'Voting is open.',
    draft: 'Voting has not started.',
    closed: 'Voting is closed.',
    revealed: 'The results are shown to participants.',
    hidden: 'The results are not shown to participants.',
    tally: 'Votes right now',
  },
  projector: {
    voting: 'Voting is open',
    votingCount: 'Voting is open – {{n}} have voted',
    closed: 'Voting is closed',
    notOpen: 'Voting has not started yet.',
  },
});

export const useStaffS = () => useStrings(strings);
