import type { Lang } from '../../stores/langStore.ts';

/** A mean or a spread on screens: one decimal, with the language's decimal comma. */
export const formatNumber = (n: number, lang: Lang): string =>
  n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
