import type { TypeLabel } from '../types.ts';

/** The open question's name on screens: eager in the registry, so nothing else lives here. */
export const questionLabel: TypeLabel = { sv: 'Öppen fråga', en: 'Open question' };
