import type { BySector, Sector } from './sectors.ts';

/**
 * collect: participants add and edit priorities.
 * voting:  dot voting is open; texts are read-only for participants.
 * closed:  voting has ended; results can be revealed.
 */
export const PHASES = ['collect', 'voting', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export interface VoteConfig {
  dotsPerParticipant: number;
  maxPerPriority: number;
}

/** Where a merged priority came from, kept so results trace back to the room. */
export interface Provenance {
  priorityId: string;
  text: string;
  createdBySector: Sector | null;
  mergedAt: string;
}

export interface PriorityMeta {
  id: string;
  hidden: boolean;
  /** Set when this priority was merged into another; it then leaves the list. */
  mergedInto: string | null;
  mergedFrom: Provenance[];
  /** null when the facilitator seeded it. */
  createdBySector: Sector | null;
  createdAt: string;
}

/** A priority as clients see it: active ones only, so no merge target and no row timestamps. */
export type PriorityView = Pick<PriorityMeta, 'id' | 'hidden' | 'mergedFrom' | 'createdBySector'>;

export interface WorkshopInfo {
  id: string;
  code: string;
  title: string;
  date: string;
  place: string;
  description: string;
}

export interface WorkshopState extends WorkshopInfo {
  phase: Phase;
  locked: boolean;
  revealed: boolean;
  vote: VoteConfig | null;
  /** Active priorities in display order; merged ones are left out. Sent to every phone, so lean. */
  priorities: PriorityView[];
}

export interface Presence {
  total: number;
  bySector: BySector;
}

export interface PriorityTally {
  total: number;
  bySector: BySector;
}

export interface Tally {
  totalDots: number;
  voters: number;
  votersBySector: BySector;
  byPriority: Record<string, PriorityTally>;
}

/** Dots a participant has placed, by priority id. */
export type Allocation = Record<string, number>;

/** Who may write priority texts right now; the server enforces this for every Yjs write. */
export function participantsMayEdit(state: Pick<WorkshopState, 'phase' | 'locked'>): boolean {
  return state.phase === 'collect' && !state.locked;
}
