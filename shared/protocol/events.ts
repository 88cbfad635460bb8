import type { ControlAction } from '../domain/control.ts';
import type { DialogueWindow, WorkshopSettings } from '../domain/settings.ts';
import type { TimerState } from '../domain/timer.ts';
import type { Presence, WorkshopState } from '../domain/workshop.ts';
import type { ContributionsRemovePayload, OwnContributions, RemovedContributions } from './contributions.ts';
import type { Ack } from './errors.ts';
import type { TextVersion, Writers } from './texts.ts';

export type Role = 'participant' | 'facilitator' | 'projector';

/**
 * Per activity id. Each value's shape belongs to the activity's type (see docs/protocol.md):
 * for `list` a view is `ListView`; for `dots` a view is `DotsView`, results a `Tally`, mine an
 * `Allocation`.
 */
export type ByActivity<T> = Record<string, T>;

/** Sent once after connecting, and answered to `workshop:sync`. */
export interface Snapshot {
  role: Role;
  state: WorkshopState;
  presence: Presence;
  /** Each activity's state, as `activity:state` sends it. */
  views: ByActivity<unknown>;
  /** Results: live for facilitators; for others only once revealed (the projector gets totals). */
  results: ByActivity<unknown>;
  /** This participant's own response per activity; empty for other roles. */
  mine: ByActivity<unknown>;
  /** The allowed `activity:control` actions per activity; facilitators only, empty for others. */
  actions: ByActivity<ControlAction[]>;
  /** This connection's writer id in `writers`, so a client can leave its own typing out. */
  you: string;
  writers: Writers;
  /** Running, paused or ended timers; an activity without one is left out. */
  timers: ByActivity<TimerState>;
  /** The server's clock when this was sent, so a client can correct for its own clock's skew. */
  serverNow: number;
}

/** A timer changed (never cached: `serverNow` must be fresh). */
export interface TimerMessage {
  activityId: string;
  timer: TimerState | null;
  serverNow: number;
}

type Reply<T> = (ack: Ack<T>) => void;
type Target = { activityId: string };

/** Events are `noun:verb`. Every client event carries a payload object and an ack callback. */
export interface ClientToServerEvents {
  'workshop:sync': (payload: Record<string, never>, reply: Reply<Snapshot>) => void;
  /** A heartbeat: answered at once with `null`, so a client can tell a dead line within seconds. */
  'connection:ping': (payload: Record<string, never>, reply: Reply<null>) => void;
  /** Facilitators: workshop-wide settings (names or anonymity, the word filter, open dialogue). */
  'workshop:settings': (
    payload: Partial<Omit<WorkshopSettings, 'dialogue'>> & { dialogue?: DialogueWindow | null },
    reply: Reply<null>,
  ) => void;
  'agenda:add': (
    payload: { type: string; title?: string; config?: unknown; index?: number },
    reply: Reply<{ activityId: string }>,
  ) => void;
  'agenda:update': (
    payload: Target & { title?: string; config?: unknown; resetResponses?: boolean },
    reply: Reply<null>,
  ) => void;
  'agenda:move': (payload: Target & { toIndex: number }, reply: Reply<null>) => void;
  'agenda:duplicate': (payload: Target, reply: Reply<{ activityId: string }>) => void;
  'agenda:delete': (payload: Target, reply: Reply<null>) => void;
  'activity:control': (payload: Target & { action: ControlAction }, reply: Reply<null>) => void;
  'activity:command': (payload: Target & { name: string; payload: unknown }, reply: Reply<unknown>) => void;
  'activity:respond': (payload: Target & { value: unknown }, reply: Reply<unknown>) => void;
  'text:versions': (payload: Target & { itemId: string }, reply: Reply<{ versions: TextVersion[] }>) => void;
  'text:restore': (payload: Target & { itemId: string; versionId: number }, reply: Reply<null>) => void;
  'timer:start': (payload: Target & { durationMs: number; closeOnEnd: boolean }, reply: Reply<null>) => void;
  'timer:pause': (payload: Target, reply: Reply<null>) => void;
  'timer:resume': (payload: Target, reply: Reply<null>) => void;
  'timer:extend': (payload: Target & { byMs: number }, reply: Reply<null>) => void;
  'timer:stop': (payload: Target, reply: Reply<null>) => void;
  /** Participants: their own contributions across the workshop ("Mina bidrag"). */
  'contributions:list': (payload: Record<string, never>, reply: Reply<OwnContributions>) => void;
  /** Participants: remove one of their own contributions, or all, while the workshop is open. */
  'contributions:remove': (payload: ContributionsRemovePayload, reply: Reply<RemovedContributions>) => void;
}

export interface ServerToClientEvents {
  /** The agenda changed (an activity added, moved, opened, made live…). */
  'workshop:state': (state: WorkshopState) => void;
  /** Facilitators only: the allowed control actions per activity, after every agenda change. */
  'activity:actions': (actions: ByActivity<ControlAction[]>) => void;
  /** One activity's state changed (its items, order, moderation). */
  'activity:state': (message: { activityId: string; view: unknown }) => void;
  /** Results, batched; null when they are hidden again. */
  'activity:results': (message: { activityId: string; results: unknown }) => void;
  /**
   * The participant's stored response changed elsewhere (another tab, a merge, a reset). Never
   * sent to the socket that responded: it has the ack, and an echo would overwrite taps in flight.
   */
  'activity:mine': (message: { activityId: string; value: unknown }) => void;
  presence: (presence: Presence) => void;
  /** Who is writing in which text now; batched, at most about once a second. */
  writers: (writers: Writers) => void;
  timer: (message: TimerMessage) => void;
  /** The workshop was deleted: sent to every socket of it just before they are disconnected. */
  'workshop:ended': (message: { reason: 'deleted' }) => void;
  /** Facilitators only: joins look scripted (server/http/joinWatch.ts). At most once a minute per reason. */
  'joins:warning': (warning: JoinWarning) => void;
}

/**
 * Why joins look scripted: a join ceiling was hit, `count` joins came from one address within
 * seconds, or `count` participants joined and never opened the live page. `at`: epoch ms.
 */
export interface JoinWarning {
  reason: 'ceiling' | 'burst' | 'silent';
  count: number | null;
  at: number;
}

export type ClientEvent = keyof ClientToServerEvents;
