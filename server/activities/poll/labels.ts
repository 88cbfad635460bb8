import type { ExportLang } from '../../export/labels.ts';

/** A poll's words in exported files; `typeName` titles its section when the activity has no title. */
export const POLL_LABELS = {
  sv: {
    typeName: 'Omröstning',
    question: 'Fråga',
    kind: 'Typ av fråga',
    single: 'Ett svar',
    multiple: 'Flera svar, högst {{n}}',
    notOpened: 'Omröstningen har inte öppnats än.',
    stillOpen: 'Omröstningen är fortfarande öppen: siffrorna kan ändras.',
    option: 'Svarsalternativ',
    other: 'Annat',
    total: 'Antal',
    percent: 'Andel av dem som har svarat (%)',
    otherTexts: 'Svar under Annat',
    hidden: 'dold av processledaren',
    respondents: 'Har svarat, per sektor',
    answered: 'Har svarat',
  },
  en: {
    typeName: 'Poll',
    question: 'Question',
    kind: 'Kind of question',
    single: 'One answer',
    multiple: 'Several answers, at most {{n}}',
    notOpened: 'The poll has not been opened yet.',
    stillOpen: 'The poll is still open: the figures may change.',
    option: 'Option',
    other: 'Other',
    total: 'Count',
    percent: 'Share of those who have answered (%)',
    otherTexts: 'Answers under Other',
    hidden: 'hidden by the facilitator',
    respondents: 'Have answered, by sector',
    answered: 'Have answered',
  },
} as const satisfies Record<ExportLang, Record<string, string>>;
