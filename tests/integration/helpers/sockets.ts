import { io, type Socket } from 'socket.io-client';
import type { Presence, Tally, WorkshopState } from '../../../shared/domain/workshop.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import type {
  ClientEvent,
  ClientToServerEvents,
  Role,
  ServerToClientEvents,
} from '../../../shared/protocol/events.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A connected socket and every broadcast it has received, oldest first. */
export interface TestSocket {
  socket: AppSocket;
  states: WorkshopState[];
  presence: Presence[];
  tallies: Array<Tally | null>;
}

function open(baseUrl: string, workshopId: string, role: Role, cookie: string | null): AppSocket {
  return io(baseUrl, {
    auth: { workshopId, role, v: PROTOCOL_VERSION },
    extraHeaders: cookie ? { cookie } : {},
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
  const recorded: TestSocket = { socket, states: [], presence: [], tallies: [] };
  socket.on('workshop:state', (s) => recorded.states.push(s));
  socket.on('presence', (p) => recorded.presence.push(p));
  socket.on('tally', (t) => recorded.tallies.push(t));
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
