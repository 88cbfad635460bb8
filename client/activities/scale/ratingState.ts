import type { Ratings } from '../../../shared/activities/scale/types.ts';

/**
 * The phone's ratings while changes are in flight. Each tap sends the whole set built on the
 * previous tap's, without waiting for its ack; nothing that arrives in between (an older ack,
 * another tab's `activity:mine`, a snapshot) may replace what is shown until none is in flight.
 */
export interface RatingState {
  /** What the participant sees: the server's last word with the taps in flight on top. */
  ratings: Ratings;
  /** The server's last word; shown again when every change has been answered. */
  confirmed: Ratings;
  latest: number;
  confirmedSeq: number;
  inFlight: readonly number[];
}

export const initialRatings = (ratings: Ratings = {}): RatingState => ({
  ratings,
  confirmed: ratings,
  latest: 0,
  confirmedSeq: 0,
  inFlight: [],
});

export function proposed(s: RatingState, ratings: Ratings): RatingState {
  const seq = s.latest + 1;
  return { ...s, ratings, latest: seq, inFlight: [...s.inFlight, seq] };
}

/** Change `seq` was answered: `stored` on success, null when refused or timed out. */
export function acked(s: RatingState, seq: number, stored: Ratings | null): RatingState {
  const inFlight = s.inFlight.filter((n) => n !== seq);
  const fresh = stored !== null && seq > s.confirmedSeq;
  const confirmed = fresh ? stored : s.confirmed;
  const confirmedSeq = fresh ? seq : s.confirmedSeq;
  // Changes still in flight carry this tap too; their answers decide. A last refusal rolls back.
  const ratings = inFlight.length === 0 ? confirmed : s.ratings;
  return { ...s, ratings, confirmed, confirmedSeq, inFlight };
}

/** The server's word from elsewhere: `activity:mine` (another tab, a reset) or a snapshot. */
export function received(s: RatingState, ratings: Ratings): RatingState {
  return { ...s, confirmed: ratings, ratings: s.inFlight.length === 0 ? ratings : s.ratings };
}
