import type { Placements } from '../../../shared/activities/matrix/types.ts';

/**
 * The phone's placements while changes are in flight. Each tap sends the whole set built on the
 * previous tap's, without waiting for its ack; nothing that arrives in between (an older ack,
 * another tab's `activity:mine`, a snapshot) may replace what is shown until none is in flight.
 */
export interface PlacementState {
  /** What the participant sees: the server's last word with the taps in flight on top. */
  placements: Placements;
  /** The server's last word; shown again when every change has been answered. */
  confirmed: Placements;
  latest: number;
  confirmedSeq: number;
  inFlight: readonly number[];
}

export const initialPlacements = (placements: Placements = {}): PlacementState => ({
  placements,
  confirmed: placements,
  latest: 0,
  confirmedSeq: 0,
  inFlight: [],
});

export function proposed(s: PlacementState, placements: Placements): PlacementState {
  const seq = s.latest + 1;
  return { ...s, placements, latest: seq, inFlight: [...s.inFlight, seq] };
}

/** Change `seq` was answered: `stored` on success, null when refused or timed out. */
export function acked(s: PlacementState, seq: number, stored: Placements | null): PlacementState {
  const inFlight = s.inFlight.filter((n) => n !== seq);
  const fresh = stored !== null && seq > s.confirmedSeq;
  const confirmed = fresh ? stored : s.confirmed;
  const confirmedSeq = fresh ? seq : s.confirmedSeq;
  // Changes still in flight carry this tap too; their answers decide. A last refusal rolls back.
  const placements = inFlight.length === 0 ? confirmed : s.placements;
  return { ...s, placements, confirmed, confirmedSeq, inFlight };
}

/** The server's word from elsewhere: `activity:mine` (another tab, a reset) or a snapshot. */
export function received(s: PlacementState, placements: Placements): PlacementState {
  return { ...s, confirmed: placements, placements: s.inFlight.length === 0 ? placements : s.placements };
}
