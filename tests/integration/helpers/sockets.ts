import { io, type Socket } from 'socket.io-client';
import type { ControlAction } from '../../../shared/domain/control.ts';
import type { Presence, WorkshopState } from '../../../shared/domain/workshop.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import type {
  ByActivity,
  ClientEvent,
  ClientToServerEvents,
  Role,
  ServerToClientEvents,
  TimerMessage,
} from '../../../shared/protocol/events.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import { pageHeaders } from './origin.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** `activity:state` as received. */
export interface ViewMessage {
  activityId: string;
  view: unknown;
}

/** `activity:results` as received (null: hidden again). */
export interface ResultsMessage {
  activityId: string;
  results: unknown;
}

/** `activity:mine` as received. */
export interface MineMessage {
  activityId: string;
  value: unknown;
}

/** A connected socket and every broadcast it has received since it connected, oldest first. */
export interface TestSocket {
  socket: AppSocket;
  states: WorkshopState[];
  presence: Presence[];
  views: ViewMessage[];
  results: ResultsMessage[];
  mine: MineMessage[];
  actions: Array<ByActivity<ControlAction[]>>;
  timers: TimerMessage[];
}

function open(baseUrl: string, workshopId: string, role: Role, cookie: string | null): AppSocket {
  return io(baseUrl, {
    auth: { workshopId, role, v: PROTOCOL_VERSION },
    // Node sends neither cookies nor an Origin; a page of this server would send both.
    extraHeaders: pageHeaders(baseUrl, cookie),
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
}

export function connectSocket(
  baseUrl: string,
  workshopId: string,
  role: Role,
  cookie: string | null,
): Promise<TestSocket> {
  const socket = open(baseUrl, workshopId, role, cookie);
  const recorded: TestSocket = {
    socket,
    states: [],
    presence: [],
    views: [],
    results: [],
    mine: [],
    actions: [],
    timers: [],
  };
  socket.on('workshop:state', (s) => recorded.states.push(s));
  socket.on('presence', (p) => recorded.presence.push(p));
  socket.on('activity:state', (m) => recorded.views.push(m));
  socket.on('activity:results', (m) => recorded.results.push(m));
  socket.on('activity:mine', (m) => recorded.mine.push(m));
  socket.on('activity:actions', (a) => recorded.actions.push(a));
  socket.on('timer', (m) => recorded.timers.push(m));
  // Only the first outcome counts: later connect_errors are reconnection attempts, not a refusal.
  return new Promise((resolve, reject) => {
    const onConnect = () => {
      socket.off('connect_error', onError);
      resolve(recorded);
    };
    const onError = (error: Error) => {
      socket.off('connect', onConnect);
      socket.close();
      reject(error);
    };
    socket.once('connect', onConnect);
    socket.once('connect_error', onError);
  });
}

/** The message of the handshake's refusal (an error code). */
export function connectError(
  baseUrl: string,
  workshopId: string,
  role: Role,
  cookie: string | null,
): Promise<string> {
  const socket = open(baseUrl, workshopId, role, cookie);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      reject(new Error('connected, but a refusal was expected'));
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error.message);
    });
  });
}

/** What one activity's broadcasts carried at this socket, oldest first. */
export const viewsOf = (t: TestSocket, activityId: string): unknown[] =>
  t.views.filter((m) => m.activityId === activityId).map((m) => m.view);
export const resultsOf = (t: TestSocket, activityId: string): unknown[] =>
  t.results.filter((m) => m.activityId === activityId).map((m) => m.results);
export const mineOf = (t: TestSocket, activityId: string): unknown[] =>
  t.mine.filter((m) => m.activityId === activityId).map((m) => m.value);
export const timersOf = (t: TestSocket, activityId: string): TimerMessage[] =>
  t.timers.filter((m) => m.activityId === activityId);

type Payload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
type Reply<E extends ClientEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Emits a command and resolves with its acknowledgement. */
export function ack<E extends ClientEvent>(t: TestSocket, event: E, payload: Payload<E>): Promise<Reply<E>> {
  return rawAck(t, event, payload) as Promise<Reply<E>>;
}

/** Like `ack`, but with any payload: for testing what the server does with bad input. */
export function rawAck(t: TestSocket, event: string, payload: unknown): Promise<Ack<unknown>> {
  const untyped = t.socket as unknown as Socket;
  return untyped.timeout(5000).emitWithAck(event, payload) as Promise<Ack<unknown>>;
}

/** Unwraps a successful acknowledgement or fails the test with the error code. */
export function okData<T>(reply: Ack<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}`);
  return reply.data;
}
