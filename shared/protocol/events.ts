import type { Allocation, Presence, Tally, VoteConfig, WorkshopState } from '../domain/workshop.ts';
import type { Ack } from './errors.ts';

export type Role = 'participant' | 'facilitator' | 'projector';

/** Sent once after connecting, and answered to `workshop:sync`. */
export interface Snapshot {
  role: Role;
  state: WorkshopState;
  presence: Presence;
  /** This participant's dots; empty for other roles. */
  allocation: Allocation;
  /** Live for facilitators; for others only once results are revealed. */
  tally: Tally | null;
}

type Reply<T> = (ack: Ack<T>) => void;

/** Events are `noun:verb`. Every client event carries a payload object and an ack callback. */
export interface ClientToServerEvents {
  'workshop:sync': (payload: Record<string, never>, reply: Reply<Snapshot>) => void;
  'priority:add': (payload: { text: string }, reply: Reply<{ priorityId: string }>) => void;
  'priority:hide': (payload: { priorityId: string; hidden: boolean }, reply: Reply<null>) => void;
  'priority:move': (payload: { priorityId: string; toIndex: number }, reply: Reply<null>) => void;
  'priority:merge': (payload: { sourceId: string; targetId: string }, reply: Reply<null>) => void;
  'workshop:lock': (payload: { locked: boolean }, reply: Reply<null>) => void;
  'workshop:collect': (payload: Record<string, never>, reply: Reply<null>) => void;
  'vote:open': (payload: VoteConfig, reply: Reply<null>) => void;
  'vote:close': (payload: Record<string, never>, reply: Reply<null>) => void;
  'vote:reveal': (payload: { revealed: boolean }, reply: Reply<null>) => void;
  'vote:cast': (payload: { allocation: Allocation }, reply: Reply<{ allocation: Allocation }>) => void;
}

export interface ServerToClientEvents {
  'workshop:state': (state: WorkshopState) => void;
  presence: (presence: Presence) => void;
  /** null when results are hidden again. */
  tally: (tally: Tally | null) => void;
  /** Another tab of the same participant changed the allocation. */
  'vote:mine': (allocation: Allocation) => void;
}

export type ClientEvent = keyof ClientToServerEvents;
