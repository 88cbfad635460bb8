import { z } from 'zod';
import type { EntryStatus } from '../domain/entries.ts';
import type { ActivityStatus } from '../domain/workshop.ts';
import { id } from './schemas.ts';

/*
 * "Mina bidrag": what a participant can see of their own contributions, and remove, while the
 * workshop is open (`contributions:list`, `contributions:remove`; see docs/protocol.md).
 */

/**
 * item:     a list item they added (its text is co-edited, so it may hold others' words).
 * post:     a short text they posted: an idea, a question, an answer, a word, a theme's name.
 * response: their stored answer in the activity as a whole (dots, ratings, a ranking, a poll
 *           choice, matrix placements, upvotes): removed whole, never key by key.
 */
export type ContributionKind = 'item' | 'post' | 'response';

export interface OwnContribution {
  /** The item's or post's id; `response` for the activity's response. */
  id: string;
  kind: ContributionKind;
  /** The words as stored now; null for a response (its value is the type's own shape). */
  text: string | null;
  /**
   * Others have worked on it (a list item someone else wrote in, a merged item, a theme): removing
   * it then only takes the participant's name off it, and the text stays for the room.
   */
  shared: boolean;
  /** For posts: held for review, shown, or hidden by the facilitator. */
  status?: EntryStatus;
  /** For a response: how many parts it has (dots on how many items, statements rated …). */
  parts?: number;
}

export interface OwnActivity {
  activityId: string;
  type: string;
  title: string;
  status: ActivityStatus;
  contributions: OwnContribution[];
}

export interface OwnContributions {
  /** Whether removing is possible now (the workshop is open); false after it has ended. */
  removable: boolean;
  /** In agenda order; activities where the participant has nothing are left out. */
  activities: OwnActivity[];
}

export interface RemovedContributions {
  /** Deleted for real: the words are gone from the database and from every screen. */
  removed: number;
  /** Shared work the participant's name was taken off; the words stay for the room. */
  detached: number;
  /** The participant's contributions after the removal. */
  contributions: OwnContributions;
}

/** `response` (an activity's whole response) or an item's or post's id: `id` takes both. */
const contributionId = id;

export const contributionsListPayload = z.strictObject({});
/** One contribution (`activityId` + `id`), or everything the participant contributed (`all`). */
export const contributionsRemovePayload = z.union([
  z.strictObject({ activityId: id, id: contributionId }),
  z.strictObject({ all: z.literal(true) }),
]);
export type ContributionsRemovePayload = z.infer<typeof contributionsRemovePayload>;
