import type { Sector } from './sectors.ts';

/*
 * Items are the core's storage for what an activity holds (a list's priorities): order,
 * moderation and provenance on the server; their texts in the activity's Yjs document.
 */

/** Where a merged priority came from, kept so results trace back to the room. */
export interface Provenance {
  priorityId: string;
  text: string;
  createdBySector: Sector | null;
  mergedAt: string;
}

export interface PriorityMeta {
  id: string;
  hidden: boolean;
  /** Set when this priority was merged into another; it then leaves the list. */
  mergedInto: string | null;
  mergedFrom: Provenance[];
  /** null when the facilitator seeded it. */
  createdBySector: Sector | null;
  createdAt: string;
}
