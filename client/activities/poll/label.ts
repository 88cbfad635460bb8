import type { TypeLabel } from '../types.ts';

/** The poll's name on screens: eager in the registry, so nothing else lives here. */
export const pollLabel: TypeLabel = { sv: 'Omröstning', en: 'Poll' };
