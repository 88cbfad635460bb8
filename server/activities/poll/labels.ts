import type { ExportLang } from '../../export/labels.ts';

/** A poll's words in exported files; `typeName` titles its section when the activity has no title. */
export const POLL_LABELS = {
  sv: {
    typeName: 'Omröstning',
    question: 'Fråga',
    kind: 'Typ av fråga',
    single: 'Ett svar',
    multiple: 'Flera svar, högst {{n}}',
    notOpened: 'Omröstningen har inte öppnats ännu.',
    stillOpen: 'Omröstningen pågår fortfarande: siffrorna kan ändras.',
    option: 'Svarsalternativ',
    other: 'Annat',
    total: 'Antal',
    percent: 'Andel av de svarande (%)',
    otherTexts: 'Svar under Annat',
    hidden: 'dold av processledaren',
    respondents: 'Svarande per sektor',
    answered: 'Svarade',
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
    percent: 'Share of respondents (%)',
    otherTexts: 'Answers under Other',
    hidden: 'hidden by the facilitator',
    respondents: 'Respondents by sector',
    answered: 'Answered',
  },
} as const satisfies Record<ExportLang, Record<string, string>>;
