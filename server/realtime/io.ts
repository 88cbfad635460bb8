import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Tally } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Ack, ApiError } from '../../shared/protocol/errors.ts';
import type { ClientEvent, ServerToClientEvents, Snapshot } from '../../shared/protocol/events.ts';
import type { Repos } from '../db/repos.ts';
import { fieldsOf } from '../http/errors.ts';
import type { Log } from '../log.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { coalescer } from './coalesce.ts';
import { COMMANDS } from './commands.ts';
import { handshake, type SocketData } from './handshake.ts';
import { PresenceCounter } from './presence.ts';
import { rooms } from './rooms.ts';

/** Incoming events are typed as unknown on purpose: every payload is parsed by its schema. */
type Incoming = Record<ClientEvent, (payload: unknown, reply: unknown) => void>;
type AppServer = Server<Incoming, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<Incoming, ServerToClientEvents, Record<string, never>, SocketData>;

/** Broadcast batching: presence and tallies change in bursts (a hall joining, a hall voting). */
const PRESENCE_MS = 1000;
const TALLY_MS = 200;
const STATE_MS = 50;

export interface Realtime {
  io: AppServer;
  close(): Promise<void>;
}

export function attachRealtime(
  http: HttpServer,
  deps: { repos: Repos; workshops: WorkshopService; log: Log },
): Realtime {
  const { repos, workshops, log } = deps;
  const io: AppServer = new Server(http, {
    // Our Yjs endpoint shares this HTTP server; without this Socket.IO kills its upgrades after 1 s.
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: LIMITS.yjsMessageBytes,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  const presence = new PresenceCounter();
  const revealedSent = new Map<string, boolean>();

  const presenceOut = coalescer(PRESENCE_MS, (id) => io.to(rooms.all(id)).emit('presence', presence.of(id)));
  const stateOut = coalescer(STATE_MS, (id) => {
    const state = workshops.state(id);
    if (state) io.to(rooms.all(id)).emit('workshop:state', state);
  });
  const tallyOut = coalescer(TALLY_MS, (id) => {
    const control = workshops.control(id);
    if (!control) return;
    const full = workshops.tally(id);
    io.to(rooms.facilitators(id)).emit('tally', full);
    io.to(rooms.projectors(id)).emit('tally', control.revealed ? full : redact(full));
    // Participants get results only once revealed, and one `null` when they are hidden again.
    if (control.revealed) io.to(rooms.participants(id)).emit('tally', full);
    else if (revealedSent.get(id)) io.to(rooms.participants(id)).emit('tally', null);
    revealedSent.set(id, control.revealed);
  });

  workshops.on({
    state: (state) => stateOut.schedule(state.id),
    votes: (id) => tallyOut.schedule(id),
    allocation: (id, participantId, allocation) =>
      io.to(rooms.participant(id, participantId)).emit('vote:mine', allocation),
    deleted: (id) => {
      io.in(rooms.all(id)).disconnectSockets(true);
      revealedSent.delete(id);
    },
  });

  const snapshotFor = (socket: AppSocket): Snapshot => {
    const { workshopId, role, participant } = socket.data;
    const state = workshops.state(workshopId);
    if (!state) throw new Error('workshop vanished');
    // Computed only for those who may see it: a hall joining at once would otherwise tally N times.
    let tally: Tally | null = null;
    if (role === 'facilitator' || state.revealed) tally = workshops.tally(workshopId);
    else if (role === 'projector') tally = redact(workshops.tally(workshopId));
    return {
      role,
      state,
      presence: presence.of(workshopId),
      allocation: participant ? workshops.allocationOf(workshopId, participant.id) : {},
      tally,
    };
  };

  io.use(handshake(repos));
  io.on('connection', (socket: AppSocket) => {
    const { workshopId, role, participant } = socket.data;
    socket.join(rooms.all(workshopId));
    if (role === 'facilitator') socket.join(rooms.facilitators(workshopId));
    if (role === 'projector') socket.join(rooms.projectors(workshopId));
    if (participant) {
      socket.join([rooms.participants(workshopId), rooms.participant(workshopId, participant.id)]);
      if (presence.add(workshopId, participant.id, participant.sector)) presenceOut.schedule(workshopId);
      socket.on('disconnect', () => {
        if (presence.remove(workshopId, participant.id)) presenceOut.schedule(workshopId);
      });
    }
    for (const event of Object.keys(COMMANDS) as ClientEvent[]) {
      socket.on(event, (payload: unknown, reply: unknown) => {
        if (typeof reply !== 'function') return; // every command is acknowledged; no ack, no work
        const answer = (ack: Ack<unknown>) => (reply as (a: Ack<unknown>) => void)(ack);
        const command = COMMANDS[event];
        const parsed = command.schema.safeParse(payload ?? {});
        if (!parsed.success) return answer(failure({ code: 'VALIDATION', fields: fieldsOf(parsed.error) }));
        if (!command.roles.includes(role)) return answer(failure({ code: 'FORBIDDEN' }));
        try {
          const result = command.run(parsed.data, {
            workshopId,
            role,
            participant,
            workshops,
            snapshot: () => snapshotFor(socket),
          });
          answer(result.ok ? { ok: true, data: result.value } : failure({ code: result.code }));
        } catch (error) {
          log.warn('socket command failed', {
            event,
            error: error instanceof Error ? error.stack : String(error),
          });
          answer(failure({ code: 'INTERNAL' }));
        }
      });
    }
  });

  return {
    io,
    close: async () => {
      presenceOut.cancelAll();
      stateOut.cancelAll();
      tallyOut.cancelAll();
      await io.close();
    },
  };
}

const failure = (error: ApiError): Ack<never> => ({ ok: false, error });

/** Before results are revealed the projector may show how many voted, not what they chose. */
function redact(t: Tally): Tally {
  return { ...t, byPriority: {} };
}
