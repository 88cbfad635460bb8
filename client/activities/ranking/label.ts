import type { TypeLabel } from '../types.ts';

/** The ranking's name on screens: eager in the registry, so nothing else lives here. */
export const rankingLabel: TypeLabel = { sv: 'Rangordning', en: 'Ranking' };
