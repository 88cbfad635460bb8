import type { MatrixAxes, MatrixVariant } from './types.ts';

/**
 * Each variant's axes in the workshop's first language (Swedish): what a new matrix starts from
 * and what the schema fills in when a config names a variant without axes. The setup form offers
 * the same words in the facilitator's language when the variant is chosen.
 */
export const DEFAULT_AXES: Readonly<Record<MatrixVariant, MatrixAxes>> = {
  grid: {
    x: { name: 'Genomförbarhet', low: 'Svår', high: 'Lätt' },
    y: { name: 'Effekt', low: 'Liten', high: 'Stor' },
  },
  risk: {
    x: { name: 'Sannolikhet', low: 'Mycket låg', high: 'Mycket hög' },
    y: { name: 'Konsekvens', low: 'Mycket liten', high: 'Mycket stor' },
  },
};
