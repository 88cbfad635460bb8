import type { TypeLabel } from '../types.ts';

/** The word cloud's name on screens: eager in the registry, so nothing else lives here. */
export const wordcloudLabel: TypeLabel = { sv: 'Ordmoln', en: 'Word cloud' };
