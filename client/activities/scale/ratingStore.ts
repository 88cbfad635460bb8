import { create } from 'zustand';
import type { Rating, Ratings } from '../../../shared/activities/scale/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { ByActivity } from '../../../shared/protocol/events.ts';
import { command } from '../../realtime/commands.ts';
import { type MineState, useMineStore } from '../../stores/mineStore.ts';
import { useSaveStore } from '../../stores/saveStore.ts';
import { ratingsValue } from './config.ts';
import { acked, initialRatings, proposed, type RatingState, received } from './ratingState.ts';

/**
 * The participant's ratings per scale activity, with changes in flight on top (ratingState.ts).
 * The server's word from elsewhere comes from the core's mine store, which this store follows.
 */
interface RatingStore {
  byActivity: ByActivity<RatingState>;
}

export const useRatingStore = create<RatingStore>(() => ({ byActivity: {} }));

const stateOf = (activityId: string): RatingState =>
  useRatingStore.getState().byActivity[activityId] ?? initialRatings();
const put = (activityId: string, next: RatingState) =>
  useRatingStore.setState((s) => ({ byActivity: { ...s.byActivity, [activityId]: next } }));

function follow(next: MineState, prev: MineState): void {
  const whole = next.replaced !== prev.replaced;
  const known = useRatingStore.getState().byActivity;
  const ids = whole
    ? new Set([...Object.keys(known), ...Object.keys(next.byActivity)])
    : Object.keys(next.byActivity).filter((id) => next.byActivity[id] !== prev.byActivity[id]);
  for (const id of ids) {
    const value = ratingsValue(whole ? (next.byActivity[id] ?? {}) : next.byActivity[id]);
    if (value) put(id, received(stateOf(id), value));
  }
}
// Starts from what the mine store already holds (the phone synced before this chunk loaded).
follow(useMineStore.getState(), { byActivity: {}, replaced: -1 });
useMineStore.subscribe(follow);

const NONE: Ratings = {};

/** What the participant sees of their ratings in one scale activity. */
export const useRatings = (activityId: string): Ratings =>
  useRatingStore((s) => s.byActivity[activityId]?.ratings ?? NONE);

/**
 * Sets (or, with null, clears) one statement's rating: shown at once, then the whole set is
 * sent (idempotent); a refusal rolls back to the server's last answer.
 */
export async function rate(
  activityId: string,
  statementIds: readonly string[],
  statementId: string,
  rating: Rating | null,
): Promise<ErrorCode | null> {
  const current = stateOf(activityId);
  // Only the scale's statements as this phone knows them: the server refuses any other id.
  const next: Ratings = {};
  for (const id of statementIds) {
    const r = id === statementId ? rating : current.ratings[id];
    if (r !== null && r !== undefined) next[id] = r;
  }
  const after = proposed(current, next);
  put(activityId, after);
  useSaveStore.getState().begin();
  const ack = await command('activity:respond', { activityId, value: { ratings: next } });
  const data = ack.ok ? ack.data : null;
  const stored =
    typeof data === 'object' && data !== null && 'ratings' in data ? ratingsValue(data.ratings) : null;
  put(activityId, acked(stateOf(activityId), after.latest, stored));
  const error = ack.ok ? (stored ? null : 'INTERNAL') : ack.error.code;
  useSaveStore.getState().end(error);
  return error;
}
