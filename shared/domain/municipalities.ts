/** The county's twelve municipalities, then the other origins DOMAIN.md names. */
export const MUNICIPALITIES = [
  'Askersund',
  'Degerfors',
  'Hallsberg',
  'Hällefors',
  'Karlskoga',
  'Kumla',
  'Laxå',
  'Lekeberg',
  'Lindesberg',
  'Ljusnarsberg',
  'Nora',
  'Örebro',
] as const;

/** Non-municipal origins; stored as these keys and translated in the UI. */
export const OTHER_ORIGINS = ['region', 'agency', 'outside'] as const;
