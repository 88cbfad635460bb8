import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The control room's own words (the frame around the types); kept beside its views. */
const sv = {
  page: 'Kontrollrum',
  counts: {
    heading: 'Vem är med',
    connected: 'Anslutna nu',
    connectedHint: 'har workshoppen öppen just nu',
    joined: 'Har gått med',
    joinedHint: 'totalt, också de som har gått',
    answered: 'Har svarat',
    answeredHint: 'i {{label}}',
    answeredNone: 'Inget som visas tar emot svar just nu.',
    bySector: 'Per sektor',
    connectedBySector: 'Anslutna nu per sektor',
    answeredBySector: 'Har svarat per sektor',
    tally: '{{label}}: {{n}} av {{of}} har svarat.',
    byActivity: 'Har svarat per aktivitet',
    byActivityNone: 'Ingen aktivitet har tagit emot svar än.',
  },
  live: {
    now: 'Visas nu:',
    nothing: 'Inget visas för deltagarna just nu.',
  },
  said: {
    shown: '{{label}} visas nu för alla.',
    opened: '{{label}} är öppen för svar.',
    closed: '{{label}} är stängd för svar.',
    revealed: 'Resultatet av {{label}} visas.',
    hidden: 'Resultatet av {{label}} visas inte längre.',
    locked: '{{label}} är låst.',
    unlocked: '{{label}} är upplåst.',
  },
  join: {
    large: 'Visa koden stort',
    largeHint: 'På projektorn. Annars är koden stor bara tills någon har gått med.',
  },
  confirmClose: {
    question: 'Stänga {{label}}? Deltagarna kan inte svara mer.',
    confirm: 'Stäng',
  },
  shortcuts: {
    enable: 'Använd kortkommandon',
    hint: 'En tangent utan Ctrl eller Alt gör saken direkt. Av som standard, så att inget händer av misstag.',
    closeAsks: 'Att stänga frågar alltid först.',
  },
  preview: {
    open: 'Förhandsgranska',
    close: 'Stäng förhandsgranskningen',
    heading: 'Så ser deltagarna {{label}}',
    note: 'Bara för att titta: inget här skickas eller räknas.',
  },
  more: 'Fler val för {{label}}',
};

const strings = defineStrings(sv, {
  page: 'Control room',
  counts: {
    heading: 'Who is here',
    connected: 'Connected now',
    connectedHint: 'have the workshop open right now',
    joined: 'Have joined',
    joinedHint: 'in total, also those who have left',
    answered: 'Have answered',
    answeredHint: 'in {{label}}',
    answeredNone: 'Nothing shown takes answers right now.',
    bySector: 'By sector',
    connectedBySector: 'Connected now by sector',
    answeredBySector: 'Have answered by sector',
    tally: '{{label}}: {{n}} of {{of}} have answered.',
    byActivity: 'Have answered per activity',
    byActivityNone: 'No activity has taken answers yet.',
  },
  live: {
    now: 'Showing now:',
    nothing: 'Nothing is shown to participants right now.',
  },
  said: {
    shown: '{{label}} is now shown to everyone.',
    opened: '{{label}} is open for answers.',
    closed: '{{label}} is closed for answers.',
    revealed: 'The results of {{label}} are shown.',
    hidden: 'The results of {{label}} are no longer shown.',
    locked: '{{label}} is locked.',
    unlocked: '{{label}} is unlocked.',
  },
  join: {
    large: 'Show the code large',
    largeHint: 'On the projector. Otherwise the code is large only until someone joins.',
  },
  confirmClose: {
    question: 'Close {{label}}? Participants can no longer answer.',
    confirm: 'Close',
  },
  shortcuts: {
    enable: 'Use keyboard shortcuts',
    hint: 'One key without Ctrl or Alt acts at once. Off by default, so nothing happens by mistake.',
    closeAsks: 'Closing always asks first.',
  },
  preview: {
    open: 'Preview',
    close: 'Close the preview',
    heading: 'What participants see of {{label}}',
    note: 'Only to look at: nothing here is sent or counted.',
  },
  more: 'More options for {{label}}',
});

export const useRoomS = () => useStrings(strings);
