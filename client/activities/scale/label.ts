import type { TypeLabel } from '../types.ts';

/** The scales' name on screens: eager in the registry, so nothing else lives here. */
export const scaleLabel: TypeLabel = { sv: 'Skalfrågor', en: 'Scales' };
