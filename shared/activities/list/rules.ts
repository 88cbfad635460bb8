import { fail, ok, type Result } from '../../domain/result.ts';
import type { ActivitySummary } from '../../domain/workshop.ts';
import { LIMITS } from '../../limits.ts';
import type { PriorityMeta, PriorityView, Provenance } from './types.ts';

/** Active priorities: those not merged into another. */
export function activePriorities(all: readonly PriorityMeta[]): PriorityMeta[] {
  return all.filter((p) => p.mergedInto === null);
}

/**
 * Whether one more item may be added. The list's cap counts shown items only, so a flood the
 * facilitator hid or merged away does not leave the list full for everyone; `own` (the adding
 * participant's items, hidden and merged ones too, so hiding never hands a spammer new places;
 * null for a facilitator) is held to a per-person quota.
 */
export function canAddPriority(all: readonly PriorityMeta[], own: number | null): Result<null> {
  const shown = all.filter((p) => p.mergedInto === null && !p.hidden).length;
  if (shown >= LIMITS.prioritiesPerWorkshop || all.length >= LIMITS.prioritiesStoredPerList)
    return fail('TOO_MANY_PRIORITIES');
  if (own !== null && own >= LIMITS.prioritiesPerParticipant) return fail('TOO_MANY_POSTS');
  return ok(null);
}

/** New order of active priority ids after moving one to `toIndex` (clamped to the list). */
export function movePriority(active: readonly PriorityMeta[], id: string, toIndex: number): Result<string[]> {
  const ids = active.map((p) => p.id);
  const from = ids.indexOf(id);
  if (from === -1) return fail('NOT_FOUND');
  ids.splice(from, 1);
  ids.splice(Math.min(toIndex, ids.length), 0, id);
  return ok(ids);
}

export interface MergePlan {
  /** Text to append to the target, separated so both authors' words stay readable. */
  appendText: string;
  /** The target's provenance after the merge: its own earlier merges, the source, and the source's. */
  targetMergedFrom: Provenance[];
}

/**
 * Merging joins the source's text onto the target and hides the source from the list,
 * while recording where every part came from so results trace back to the room.
 */
export function planMerge(
  active: readonly PriorityMeta[],
  sourceId: string,
  targetId: string,
  sourceText: string,
  targetText: string,
  now: string,
): Result<MergePlan> {
  if (sourceId === targetId) return fail('SAME_PRIORITY');
  const source = active.find((p) => p.id === sourceId);
  const target = active.find((p) => p.id === targetId);
  if (!source || !target) return fail('NOT_FOUND');
  const joined = `${targetText.trimEnd()}${targetText.trim() && sourceText.trim() ? '\n' : ''}${sourceText.trim()}`;
  if (joined.length > LIMITS.priorityTextLength * 2) return fail('TEXT_TOO_LONG');
  const provenance: Provenance = {
    priorityId: source.id,
    text: sourceText,
    createdBySector: source.createdBySector,
    mergedAt: now,
  };
  return ok({
    appendText: joined.slice(targetText.trimEnd().length),
    targetMergedFrom: [...target.mergedFrom, provenance, ...source.mergedFrom],
  });
}

/** Who may write priority texts right now; the server enforces this for every Yjs write. */
export function participantsMayEdit(list: Pick<ActivitySummary, 'status' | 'locked'>): boolean {
  return list.status === 'open' && !list.locked;
}

/** What clients see of a priority row; `n` is its number (shared/domain/itemNumbers.ts). */
export function viewOf({ id, hidden, mergedFrom, createdBySector }: PriorityMeta, n: number): PriorityView {
  return { id, hidden, mergedFrom, createdBySector, n };
}
