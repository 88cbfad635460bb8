import type { ExportLang } from '../../export/labels.ts';

/** A list's words in exported files; `typeName` titles its section when the activity has no title. */
export const LIST_LABELS = {
  sv: {
    typeName: 'Prioriteringar',
    prompt: 'Fråga',
    order: 'Nr',
    priority: 'Prioritering',
    addedBy: 'Tillagd av',
    seeded: 'Förberedd av processledaren',
    hidden: 'Dold',
    mergedFrom: 'Sammanslagen från',
  },
  en: {
    typeName: 'Priorities',
    prompt: 'Question',
    order: 'No.',
    priority: 'Priority',
    addedBy: 'Added by',
    seeded: 'Prepared by the facilitator',
    hidden: 'Hidden',
    mergedFrom: 'Merged from',
  },
} as const satisfies Record<ExportLang, Record<string, string>>;
