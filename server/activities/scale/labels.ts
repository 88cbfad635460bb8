import type { ExportLang } from '../../export/labels.ts';

/** Scales' words in exported files; `typeName` titles its section when the activity has no title. */
export const SCALE_LABELS = {
  sv: {
    typeName: 'Skalfrågor',
    firstStatement: 'Påstående 1',
    prompt: 'Fråga',
    scale: 'Skala',
    points: ['Instämmer inte alls', 'Instämmer inte', 'Varken eller', 'Instämmer', 'Instämmer helt'],
    skipOffered: '”Vet inte” som svar',
    notOpened: 'Skalfrågorna har inte öppnats än.',
    stillOpen: 'Skalfrågorna är fortfarande öppna: siffrorna kan ändras.',
    group: 'Grupp',
    skip: 'Vet inte',
    n: 'Svar (utom vet inte)',
    median: 'Median',
    mean: 'Medelvärde',
    respondents: 'Har svarat, per sektor',
    answered: 'Har svarat',
  },
  en: {
    typeName: 'Scales',
    firstStatement: 'Statement 1',
    prompt: 'Question',
    scale: 'Scale',
    points: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    skipOffered: '“Don’t know” as an answer',
    notOpened: 'The scales have not been opened yet.',
    stillOpen: 'The scales are still open: the figures may change.',
    group: 'Group',
    skip: 'Don’t know',
    n: 'Answers (excl. don’t know)',
    median: 'Median',
    mean: 'Mean',
    respondents: 'Have answered, by sector',
    answered: 'Have answered',
  },
} as const satisfies Record<ExportLang, Record<string, string | readonly string[]>>;
