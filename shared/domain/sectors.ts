/** The four sectors named by the strategy directive, plus the two opt-outs (DOMAIN.md). */
export const SECTORS = ['public', 'business', 'academia', 'civil', 'other', 'undisclosed'] as const;
export type Sector = (typeof SECTORS)[number];

export type BySector = Record<Sector, number>;

export function emptyBySector(): BySector {
  return { public: 0, business: 0, academia: 0, civil: 0, other: 0, undisclosed: 0 };
}
