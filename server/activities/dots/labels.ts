import type { ExportLang } from '../../export/labels.ts';

/** Dot voting's words in exported files; `typeName` titles its section when the activity has no title. */
export const DOTS_LABELS = {
  sv: {
    typeName: 'Prickröstning',
    dotsPerParticipant: 'Prickar per deltagare',
    maxPerPriority: 'Högst per prioritering',
    notOpened: 'Röstningen har inte öppnats än.',
    stillOpen: 'Röstningen är fortfarande öppen: siffrorna kan ändras.',
    rank: 'Placering',
    number: 'Nr',
    priority: 'Prioritering',
    total: 'Prickar totalt',
    notCounted: 'dold, räknas inte',
    hiddenNote:
      'Dolda prioriteringar räknas inte: deras prickar står som –, och den som bara har prickar på dolda prioriteringar räknas inte som röstande.',
    voters: 'Har röstat, per sektor',
    voted: 'Har röstat',
  },
  en: {
    typeName: 'Dot voting',
    dotsPerParticipant: 'Dots per participant',
    maxPerPriority: 'Most per priority',
    notOpened: 'Voting has not been opened yet.',
    stillOpen: 'Voting is still open: the figures may change.',
    rank: 'Rank',
    number: 'No.',
    priority: 'Priority',
    total: 'Total dots',
    notCounted: 'hidden, not counted',
    hiddenNote:
      'Hidden priorities are not counted: their dots show as –, and someone whose only dots are on hidden priorities is not counted as a voter.',
    voters: 'Have voted, by sector',
    voted: 'Have voted',
  },
} as const satisfies Record<ExportLang, Record<string, string>>;
