import type { ActivitySummary } from '../../../shared/domain/workshop.ts';

export type StagePhase = 'waiting' | 'draft' | 'open' | 'closed' | 'revealed';

/** What the room is doing now, for the stage's phase line: results shown outrank the status. */
export function stagePhase(live: Pick<ActivitySummary, 'status' | 'revealed'> | null): StagePhase {
  if (!live) return 'waiting';
  if (live.revealed) return 'revealed';
  return live.status;
}
