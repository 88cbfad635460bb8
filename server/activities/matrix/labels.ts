import type { ExportLang } from '../../export/labels.ts';

/** The matrix's words in exported files; `typeName` titles its section when the activity has no title. */
export const MATRIX_LABELS = {
  sv: {
    typeName: 'Matris',
    firstItem: 'Punkt 1',
    prompt: 'Fråga',
    variant: 'Sort',
    grid: '2×2-matris',
    risk: 'Riskmatris',
    xAxis: 'Vågrät axel (x)',
    yAxis: 'Lodrät axel (y)',
    axis: '{{name}}: 1 = {{low}}, 5 = {{high}}',
    notOpened: 'Matrisen har inte öppnats än.',
    stillOpen: 'Matrisen är fortfarande öppen: siffrorna kan ändras.',
    group: 'Grupp',
    n: 'Placerade',
    mean: '{{axis}}, medel',
    sd: '{{axis}}, spridning (sd)',
    score: 'Riskvärde (medel av x·y)',
    band: 'Risknivå',
    bands: { low: 'Låg', medium: 'Medel', high: 'Hög', veryHigh: 'Mycket hög' },
    bandsNote:
      'Risknivåer: låg 1–4, medel 5–9, hög 10–16, mycket hög 20–25 (riskvärdet är sannolikhet × konsekvens). Spridningen är standardavvikelsen.',
    spreadNote:
      'Spridningen är standardavvikelsen: hur långt placeringarna i genomsnitt ligger från medelvärdet.',
    respondents: 'Har svarat, per sektor',
    answered: 'Har svarat',
  },
  en: {
    typeName: 'Matrix',
    firstItem: 'Item 1',
    prompt: 'Question',
    variant: 'Kind',
    grid: '2×2 matrix',
    risk: 'Risk matrix',
    xAxis: 'Horizontal axis (x)',
    yAxis: 'Vertical axis (y)',
    axis: '{{name}}: 1 = {{low}}, 5 = {{high}}',
    notOpened: 'The matrix has not been opened yet.',
    stillOpen: 'The matrix is still open: the figures may change.',
    group: 'Group',
    n: 'Placed',
    mean: '{{axis}}, mean',
    sd: '{{axis}}, spread (sd)',
    score: 'Risk score (mean of x·y)',
    band: 'Risk level',
    bands: { low: 'Low', medium: 'Medium', high: 'High', veryHigh: 'Very high' },
    bandsNote:
      'Risk levels: low 1–4, medium 5–9, high 10–16, very high 20–25 (the score is likelihood × consequence). The spread is the standard deviation.',
    spreadNote: 'The spread is the standard deviation: how far placements lie from the mean, on average.',
    respondents: 'Have answered, by sector',
    answered: 'Have answered',
  },
} as const;

export type MatrixLabels = (typeof MATRIX_LABELS)[ExportLang];

/** Fills `{{name}}`s in one of the labels. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
