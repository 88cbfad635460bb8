import { create } from 'zustand';
import type { Placement, Placements } from '../../../shared/activities/matrix/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { ByActivity } from '../../../shared/protocol/events.ts';
import { command } from '../../realtime/commands.ts';
import { type MineState, useMineStore } from '../../stores/mineStore.ts';
import { useSaveStore } from '../../stores/saveStore.ts';
import { placementsValue } from './config.ts';
import { acked, initialPlacements, type PlacementState, proposed, received } from './placementState.ts';

/**
 * The participant's placements per matrix activity, with changes in flight on top
 * (placementState.ts). The server's word from elsewhere comes from the core's mine store, which
 * this store follows.
 */
interface PlacementStore {
  byActivity: ByActivity<PlacementState>;
}

export const usePlacementStore = create<PlacementStore>(() => ({ byActivity: {} }));

const stateOf = (activityId: string): PlacementState =>
  usePlacementStore.getState().byActivity[activityId] ?? initialPlacements();
const put = (activityId: string, next: PlacementState) =>
  usePlacementStore.setState((s) => ({ byActivity: { ...s.byActivity, [activityId]: next } }));

function follow(next: MineState, prev: MineState): void {
  const whole = next.replaced !== prev.replaced;
  const known = usePlacementStore.getState().byActivity;
  const ids = whole
    ? new Set([...Object.keys(known), ...Object.keys(next.byActivity)])
    : Object.keys(next.byActivity).filter((id) => next.byActivity[id] !== prev.byActivity[id]);
  for (const id of ids) {
    const value = placementsValue(whole ? (next.byActivity[id] ?? {}) : next.byActivity[id]);
    if (value) put(id, received(stateOf(id), value));
  }
}
// Starts from what the mine store already holds (the phone synced before this chunk loaded).
follow(useMineStore.getState(), { byActivity: {}, replaced: -1 });
useMineStore.subscribe(follow);

const NONE: Placements = {};

/** What the participant sees of their placements in one matrix. */
export const usePlacements = (activityId: string): Placements =>
  usePlacementStore((s) => s.byActivity[activityId]?.placements ?? NONE);

/**
 * Places (or, with null, takes back) one item: shown at once, then the whole set is sent
 * (idempotent); a refusal rolls back to the server's last answer.
 */
export async function placeItem(
  activityId: string,
  itemIds: readonly string[],
  itemId: string,
  placement: Placement | null,
): Promise<ErrorCode | null> {
  const current = stateOf(activityId);
  // Only the matrix's items as this phone knows them: the server refuses any other id.
  const next: Placements = Object.fromEntries(
    itemIds.flatMap((id) => {
      const p = id === itemId ? placement : current.placements[id];
      return p ? [[id, p]] : [];
    }),
  );
  const after = proposed(current, next);
  put(activityId, after);
  useSaveStore.getState().begin();
  const ack = await command('activity:respond', { activityId, value: { placements: next } });
  const data = ack.ok ? ack.data : null;
  const stored =
    typeof data === 'object' && data !== null && 'placements' in data
      ? placementsValue(data.placements)
      : null;
  put(activityId, acked(stateOf(activityId), after.latest, stored));
  const error = ack.ok ? (stored ? null : 'INTERNAL') : ack.error.code;
  useSaveStore.getState().end(error);
  return error;
}
