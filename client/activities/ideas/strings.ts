import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The idea collection's words on phones (and the parts staff views share with them). */
const sv = {
  field: 'Skriv en idé',
  counter: '{{n}} av {{max}} tecken',
  send: 'Skicka',
  sending: 'Skickar…',
  sent: 'Sparat ✓ Din idé visas för alla.',
  sentHeld: 'Sparat ✓ Processledaren granskar idén innan andra ser den.',
  left: 'Du kan skicka {{n}} idéer till.',
  leftOne: 'Du kan skicka 1 idé till.',
  noneLeft: 'Du har skickat så många idéer som går.',
  notOpen: 'Idéinsamlingen har inte börjat än.',
  closed: 'Idéinsamlingen är stängd.',
  mine: 'Dina idéer',
  status: {
    shown: 'Visas',
    pending: 'Väntar på granskning',
    hidden: 'Dold av processledaren',
  },
  room: 'Allas idéer',
  roomEmpty: 'Inga idéer än.',
  ungrouped: 'Utan tema',
  count: '{{n}} idéer',
  countOne: '1 idé',
  byName: 'från {{name}}',
  from: 'Från: {{sectors}}',
  moveTo: 'Flytta till tema',
  moveFor: 'Flytta idén ”{{text}}” till',
  move: 'Flytta',
  moved: 'Idén flyttades till {{theme}}.',
  takeOut: 'Ta ur temat',
  newTheme: 'Nytt tema',
  createTheme: 'Skapa tema',
  created: 'Temat ”{{name}}” är skapat.',
  themesMax: 'Det finns redan så många teman som det får finnas.',
  rename: 'Byt namn',
  renameLabel: 'Nytt namn på temat ”{{name}}”',
  saveName: 'Spara namnet',
  renamed: 'Temat heter nu ”{{name}}”.',
  themeName: 'Temats namn',
};
export type IdeasStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
