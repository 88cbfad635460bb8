import type { Sector } from './sectors.ts';

/**
 * A short text a participant posts (an idea, a question, an answer, a word).
 * pending: held for the facilitator (pre-moderation, or caught by the word filter); only its
 *          author and the staff see it.
 * shown:   everyone sees it.
 * hidden:  taken down by the facilitator; kept in the data and the export, marked.
 */
export const ENTRY_STATUSES = ['pending', 'shown', 'hidden'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export interface EntryRecord {
  id: string;
  activityId: string;
  /** Null once the participant is deleted, or when staff wrote it. */
  participantId: string | null;
  /** Kept after the participant is deleted: provenance outlives the person. */
  sector: Sector | null;
  /** The author's name when they gave one (shown only when the workshop shows names). */
  authorName: string;
  text: string;
  status: EntryStatus;
  /** The type's own state for the entry (theme, highlight, answered, filtered …). */
  meta: Record<string, unknown>;
  createdAt: string;
}
