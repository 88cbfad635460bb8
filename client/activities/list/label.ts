import type { TypeLabel } from '../types.ts';

/** The list's name on screens: eager in the registry, so nothing else lives here. */
export const listLabel: TypeLabel = { sv: 'Prioriteringar', en: 'Priorities' };
