import type { Sector } from '../../shared/domain/sectors.ts';

export type ExportLang = 'sv' | 'en';

/**
 * Words every export uses, whatever its activities: the workshop's facts and the sectors.
 * Each activity type keeps its own words beside its module (server/activities/<type>/labels.ts);
 * the UI's catalogs live in client/i18n.
 */
export const LABELS = {
  sv: {
    sectors: {
      public: 'Offentlig sektor',
      business: 'Näringsliv',
      academia: 'Akademi',
      civil: 'Civilsamhälle',
      other: 'Annat',
      undisclosed: 'Vill inte ange',
    } satisfies Record<Sector, string>,
    workshop: 'Workshop',
    date: 'Datum',
    place: 'Plats',
    description: 'Beskrivning',
    code: 'Kod',
    exportedAt: 'Exporterad',
    participants: 'Deltagare per sektor',
    sector: 'Sektor',
    joined: 'Har gått med',
    all: 'Alla',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    sectors: {
      public: 'Public sector',
      business: 'Business',
      academia: 'Academia',
      civil: 'Civil society',
      other: 'Other',
      undisclosed: 'Prefer not to say',
    } satisfies Record<Sector, string>,
    workshop: 'Workshop',
    date: 'Date',
    place: 'Place',
    description: 'Description',
    code: 'Code',
    exportedAt: 'Exported',
    participants: 'Participants by sector',
    sector: 'Sector',
    joined: 'Have joined',
    all: 'All',
    yes: 'yes',
    no: 'no',
  },
} as const;

export type Labels = (typeof LABELS)[ExportLang];
