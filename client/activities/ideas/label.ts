import type { TypeLabel } from '../types.ts';

/** The idea collection's name on screens: eager in the registry, so nothing else lives here. */
export const ideasLabel: TypeLabel = { sv: 'Idéinsamling', en: 'Idea collection' };
