import type { BySector } from './sectors.ts';
import type { WorkshopSettings } from './settings.ts';

export interface WorkshopInfo {
  id: string;
  code: string;
  title: string;
  date: string;
  place: string;
  description: string;
}

/**
 * draft:  prepared, not yet opened; participants see it in the agenda but cannot answer.
 * open:   participants contribute (add, edit, answer, vote).
 * closed: contributions have ended; results can still be revealed and exported.
 */
export const ACTIVITY_STATUSES = ['draft', 'open', 'closed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** One activity of the agenda as every role sees it; its type's own state travels separately. */
export interface ActivitySummary {
  id: string;
  /** The module's type name, e.g. `list` or `dots`. */
  type: string;
  /** Empty when the facilitator left it: screens then show the type's name. */
  title: string;
  status: ActivityStatus;
  locked: boolean;
  revealed: boolean;
  /** The type's prepared settings (validated by its schema); nothing in it is secret. */
  config: unknown;
}

export interface WorkshopState extends WorkshopInfo {
  /** The activity every phone follows; null before the facilitator chooses one. */
  liveActivityId: string | null;
  settings: WorkshopSettings;
  /** In agenda order. */
  agenda: ActivitySummary[];
}

/** Who is in the room: connected now (`total`, by sector) and everyone who ever joined. */
export interface Presence {
  /** Participants with a connection open now (one with two tabs counts once). */
  total: number;
  bySector: BySector;
  /** Participants who have joined the workshop, connected or not. */
  joined: number;
}
