import type { TimerState } from '../domain/timer.ts';
import type { Allocation, Presence, Tally, VoteConfig, WorkshopState } from '../domain/workshop.ts';
import type { Ack } from './errors.ts';
import type { TextVersion, Writers } from './texts.ts';

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
  /** This connection's writer id in `writers`, so a client can leave its own typing out. */
  you: string;
  writers: Writers;
  timer: TimerState | null;
  /** The server's clock when this was sent, so a client can correct for its own clock's skew. */
  serverNow: number;
}

/** The facilitation timer, sent on every change (never cached: `serverNow` must be fresh). */
export interface TimerMessage {
  timer: TimerState | null;
  serverNow: number;
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
  'vote:open': (payload: VoteConfig & { resetVotes?: boolean }, reply: Reply<null>) => void;
  'vote:close': (payload: Record<string, never>, reply: Reply<null>) => void;
  'vote:reveal': (payload: { revealed: boolean }, reply: Reply<null>) => void;
  'vote:cast': (payload: { allocation: Allocation }, reply: Reply<{ allocation: Allocation }>) => void;
  'text:versions': (payload: { itemId: string }, reply: Reply<{ versions: TextVersion[] }>) => void;
  'text:restore': (payload: { itemId: string; versionId: number }, reply: Reply<null>) => void;
  'timer:start': (payload: { durationMs: number; closeOnEnd: boolean }, reply: Reply<null>) => void;
  'timer:pause': (payload: Record<string, never>, reply: Reply<null>) => void;
  'timer:resume': (payload: Record<string, never>, reply: Reply<null>) => void;
  'timer:extend': (payload: { byMs: number }, reply: Reply<null>) => void;
  'timer:stop': (payload: Record<string, never>, reply: Reply<null>) => void;
}

export interface ServerToClientEvents {
  'workshop:state': (state: WorkshopState) => void;
  presence: (presence: Presence) => void;
  /** null when results are hidden again. */
  tally: (tally: Tally | null) => void;
  /**
   * The participant's stored dots changed elsewhere (another tab, a merge, a reset). Never sent to
   * the socket that cast: it has the ack, and an echo would overwrite its taps still in flight.
   */
  'vote:mine': (allocation: Allocation) => void;
  /** Who is writing in which text now; batched, at most about once a second. */
  writers: (writers: Writers) => void;
  timer: (message: TimerMessage) => void;
}

export type ClientEvent = keyof ClientToServerEvents;
