import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The matrix's words on phones (and the parts staff views share with them). */
const sv = {
  intro: 'Placera varje punkt i rutnätet. Din placering sparas direkt och du kan ändra den.',
  progress: '{{n}} av {{total}} placerade',
  done: 'Klart! Alla punkter är placerade och sparade. Du kan ändra dem tills matrisen stänger.',
  item: 'Punkt {{n}} av {{total}}',
  placed: 'Placerad ✓',
  notPlaced: 'Inte placerad',
  place: 'Placera',
  change: 'Ändra',
  placeItem: 'Placera punkt {{n}}',
  changeItem: 'Ändra placeringen av punkt {{n}}',
  next: 'Nästa punkt',
  finish: 'Klart',
  clear: 'Ta bort min placering',
  clearFor: 'Ta bort min placering av punkt {{n}}',
  gridHint: 'Välj en ruta: {{x}} åt höger, {{y}} uppåt.',
  cell: '{{x}}, {{y}}',
  cellRisk: '{{x}}, {{y}}: risknivå {{level}}',
  point: '{{name}} {{n}}',
  pointWord: '{{name}} {{n}} ({{word}})',
  closed: 'Matrisen är stängd – vänta på resultatet.',
  notOpen: 'Matrisen har inte börjat än.',
  yours: 'Din placering: {{place}}',
  notYours: 'Du placerade inte den här punkten.',
  risk: {
    x2: 'låg',
    x3: 'medel',
    x4: 'hög',
    y2: 'liten',
    y3: 'måttlig',
    y4: 'stor',
  },
  bands: {
    low: 'låg',
    medium: 'medel',
    high: 'hög',
    veryHigh: 'mycket hög',
  },
  /** Short level words inside a grid cell, where a phone has about 50 px. */
  bandsShort: {
    low: 'Låg',
    medium: 'Medel',
    high: 'Hög',
    veryHigh: 'Mkt hög',
  },
  results: {
    heading: 'Resultat',
    respondents: '{{n}} har svarat',
    respondentsOne: '1 har svarat',
    none: 'Inga svar än.',
    item: 'Punkt',
    n: 'Antal',
    mean: 'medel',
    spread: 'spridning',
    score: 'Riskvärde',
    band: 'Risknivå',
    noPlacements: 'Ingen har placerat den här punkten.',
    meanOf: '{{axis}} {{mean}} ± {{sd}}',
    scoreOf: 'riskvärde {{score}} ({{band}})',
    placedBy: '{{n}} har placerat',
    placedByOne: '1 har placerat',
    plot: 'Medelplaceringar: {{axisX}} vågrätt, {{axisY}} lodrätt',
    spreadNote: '± är spridningen (standardavvikelsen).',
    bandsNote: 'Risknivåer: låg 1–4, medel 5–9, hög 10–16, mycket hög 20–25 (sannolikhet × konsekvens).',
  },
};
export type MatrixStrings = typeof sv;

// English is its own chunk, fetched only when someone picks English (as the core's en.ts).
const strings = defineStrings(sv, () => import('./strings.en.ts').then((m) => m.en));
export const useS = () => useStrings(strings);
