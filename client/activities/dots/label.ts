import type { TypeLabel } from '../types.ts';

/** The dot voting's name on screens: eager in the registry, so nothing else lives here. */
export const dotsLabel: TypeLabel = { sv: 'Prickröstning', en: 'Dot voting' };
