import type { TypeLabel } from '../types.ts';

/** The matrix's name on screens: eager in the registry, so nothing else lives here. */
export const matrixLabel: TypeLabel = { sv: 'Matris', en: 'Matrix' };
