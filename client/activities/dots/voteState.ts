import type { Allocation } from '../../../shared/activities/dots/types.ts';

/**
 * The phone's dots while casts are in flight. Each tap sends the whole allocation built on the
 * previous tap's, without waiting for its ack; so nothing that arrives in between (an older ack,
 * another tab's `activity:mine`, a snapshot) may replace what is shown until no cast is in flight.
 */
export interface VoteState {
  /** What the participant sees: the server's last word with the taps in flight on top. */
  allocation: Allocation;
  /** The server's last word; shown again when every cast has been answered. */
  confirmed: Allocation;
  /** Sequence number of the newest cast sent. */
  latest: number;
  /** The cast whose ack `confirmed` came from: an ack of an older cast is stale. */
  confirmedSeq: number;
  /** Casts sent and not yet answered. */
  inFlight: readonly number[];
}

export const initialVotes = (allocation: Allocation = {}): VoteState => ({
  allocation,
  confirmed: allocation,
  latest: 0,
  confirmedSeq: 0,
  inFlight: [],
});

/** A tap's allocation is shown at once and sent as cast number `latest`. */
export function proposed(s: VoteState, allocation: Allocation): VoteState {
  const seq = s.latest + 1;
  return { ...s, allocation, latest: seq, inFlight: [...s.inFlight, seq] };
}

/** Cast `seq` was answered: `stored` on success, null when refused or timed out. */
export function acked(s: VoteState, seq: number, stored: Allocation | null): VoteState {
  const inFlight = s.inFlight.filter((n) => n !== seq);
  const fresh = stored !== null && seq > s.confirmedSeq;
  const confirmed = fresh ? stored : s.confirmed;
  const confirmedSeq = fresh ? seq : s.confirmedSeq;
  // Casts still in flight carry this tap too; their answers decide. A last refusal rolls back.
  const allocation = inFlight.length === 0 ? confirmed : s.allocation;
  return { ...s, allocation, confirmed, confirmedSeq, inFlight };
}

/** The server's word from elsewhere: `activity:mine` (another tab, a merge, a reset) or a snapshot. */
export function received(s: VoteState, allocation: Allocation): VoteState {
  return { ...s, confirmed: allocation, allocation: s.inFlight.length === 0 ? allocation : s.allocation };
}
