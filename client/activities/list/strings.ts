import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The list's words on phones (and in the control room's shared parts). Swedish first. */
const sv = {
  collectIntro: 'Skriv och förbättra prioriteringarna tillsammans. Allt sparas direkt.',
  priority: 'Prioritering {{n}}',
  empty: 'Inga prioriteringar än. Skriv den första!',
  addLabel: 'Ny prioritering',
  add: 'Lägg till',
  added: 'Prioriteringen är tillagd.',
  locked: 'Redigeringen är låst just nu. Du kan läsa men inte ändra.',
  refused: 'Din senaste ändring sparades inte, eftersom redigeringen är låst.',
  fatal: 'Texterna kan inte visas just nu. Ladda om sidan.',
  loadingText: 'Texten laddas…',
  merged: 'Sammanslagen av {{n}}',
  mergedShow: 'Visa texterna som slogs ihop hit',
  mergedBy: 'från {{sector}}',
};
export type ListStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
