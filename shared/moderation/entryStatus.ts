import type { EntryStatus } from '../domain/entries.ts';
import { isCaught } from './wordFilter.ts';

export interface ModerationRules {
  /** The facilitator approves every post before anyone else sees it. */
  preModeration: boolean;
  /** The workshop's word filter is on (shared/domain/settings.ts). */
  wordFilter: boolean;
}

/**
 * Where a new post starts: held for the facilitator when posts are pre-moderated or the word filter
 * catches it (then `filtered` says why, so the facilitator's list can say so too), else shown.
 */
export function entryStatusFor(
  text: string,
  rules: ModerationRules,
): { status: EntryStatus; filtered: boolean } {
  const filtered = rules.wordFilter && isCaught(text);
  return { status: rules.preModeration || filtered ? 'pending' : 'shown', filtered };
}
