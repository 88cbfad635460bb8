import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Tally } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Ack, ApiError } from '../../shared/protocol/errors.ts';
import type { ClientEvent, ServerToClientEvents, Snapshot } from '../../shared/protocol/events.ts';
import type { Writer } from '../../shared/protocol/texts.ts';
import { originAllowed } from '../auth/origin.ts';
import type { Repos } from '../db/repos.ts';
import { fieldsOf } from '../http/errors.ts';
import type { Log } from '../log.ts';
import type { TextHistory } from '../services/textHistory.ts';
import type { TimerService } from '../services/timerService.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { coalescer } from './coalesce.ts';
import { COMMANDS } from './commands.ts';
import { handshake, type SocketData } from './handshake.ts';
import { PresenceCounter } from './presence.ts';
import { rooms } from './rooms.ts';
import { WritersTracker } from './writers.ts';

/** Incoming events are typed as unknown on purpose: every payload is parsed by its schema. */
type Incoming = Record<ClientEvent, (payload: unknown, reply: unknown) => void>;
type AppServer = Server<Incoming, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<Incoming, ServerToClientEvents, Record<string, never>, SocketData>;

/** Broadcast batching: presence and tallies change in bursts (a hall joining, a hall voting). */
const PRESENCE_MS = 1000;
const TALLY_MS = 200;
const STATE_MS = 50;
const WRITERS_MS = 1000;

export interface Realtime {
  io: AppServer;
  close(): Promise<void>;
}

export function attachRealtime(
  http: HttpServer,
  deps: {
    repos: Repos;
    workshops: WorkshopService;
    history: TextHistory;
    timers: TimerService;
    log: Log;
    publicUrl: string | null;
  },
): Realtime {
  const { repos, workshops, timers, log } = deps;
  const io: AppServer = new Server(http, {
    // Refused before the upgrade (HTTP 403): a page of another origin on the same site gets our
    // SameSite=Lax cookies sent along (see auth/origin.ts).
    allowRequest: (req, done) => done(null, originAllowed(req, deps.publicUrl)),
    // Our Yjs endpoint shares this HTTP server; without this Socket.IO kills its upgrades after 1 s.
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: LIMITS.yjsMessageBytes,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  const presence = new PresenceCounter();
  const writers = new WritersTracker();
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

  const writersOut = coalescer(WRITERS_MS, (id) => io.to(rooms.all(id)).emit('writers', writers.of(id)));
  // Writers drop out a few seconds after their last keystroke; the sweep runs only while anyone writes.
  const writersSweep = setInterval(() => {
    if (writers.active) for (const id of writers.expire()) writersOut.schedule(id);
  }, WRITERS_MS);
  writersSweep.unref();

  workshops.on({
    edited: (id, itemId, editor) => {
      const writer: Writer =
        editor.kind === 'participant'
          ? {
              id: editor.participant.id,
              name: editor.participant.displayName || null,
              sector: editor.participant.sector,
            }
          : { id: facilitatorWriterId(editor.facilitatorId), name: null, sector: null };
      if (writers.touch(id, itemId, writer)) writersOut.schedule(id);
    },
    state: (state) => stateOut.schedule(state.id),
    votes: (id) => tallyOut.schedule(id),
    allocation: (id, participantId, allocation, origin) => {
      const tabs = io.to(rooms.participant(id, participantId));
      (origin ? tabs.except(origin) : tabs).emit('vote:mine', allocation);
    },
    votesReset: (id) => io.to(rooms.participants(id)).emit('vote:mine', {}),
    deleted: (id) => {
      io.in(rooms.all(id)).disconnectSockets(true);
      revealedSent.delete(id);
      writers.forget(id);
    },
  });

  // Sent at once, not batched: timer changes are rare, and `serverNow` must be the time of sending.
  timers.onChange((id, timer) => io.to(rooms.all(id)).emit('timer', { timer, serverNow: Date.now() }));

  const snapshotFor = (socket: AppSocket): Snapshot => {
    const { workshopId, role, participant, facilitatorId } = socket.data;
    // First: a timer whose end is due is ended here, which may close the vote read below.
    const timer = timers.current(workshopId);
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
      you: participant ? participant.id : facilitatorWriterId(facilitatorId ?? ''),
      writers: writers.of(workshopId),
      timer,
      serverNow: Date.now(),
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
            socketId: socket.id,
            workshops,
            history: deps.history,
            timers,
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
      clearInterval(writersSweep);
      writersOut.cancelAll();
      presenceOut.cancelAll();
      stateOut.cancelAll();
      tallyOut.cancelAll();
      await io.close();
    },
  };
}

const failure = (error: ApiError): Ack<never> => ({ ok: false, error });

/** Facilitators' writer ids are prefixed so they can never equal a participant's id. */
const facilitatorWriterId = (facilitatorId: string) => `f:${facilitatorId}`;

/** Before results are revealed the projector may show how many voted, not what they chose. */
function redact(t: Tally): Tally {
  return { ...t, byPriority: {} };
}
