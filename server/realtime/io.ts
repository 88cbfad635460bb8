import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Presence } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Ack, ApiError } from '../../shared/protocol/errors.ts';
import type { ClientEvent, ServerToClientEvents, Snapshot } from '../../shared/protocol/events.ts';
import type { Writer } from '../../shared/protocol/texts.ts';
import { originAllowed } from '../auth/origin.ts';
import type { Repos } from '../db/repos.ts';
import { fieldsOf } from '../http/errors.ts';
import type { Log } from '../log.ts';
import type { ActivityService } from '../services/activityService.ts';
import type { AgendaService } from '../services/agendaService.ts';
import type { TextHistory } from '../services/textHistory.ts';
import type { TimerService } from '../services/timerService.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { coalescer } from './coalesce.ts';
import { COMMANDS } from './commands.ts';
import { eventLimiter } from './eventLimits.ts';
import { handshake, type SocketData } from './handshake.ts';
import { opDigest, opLog, opSenderOf, splitOp } from './ops.ts';
import { PresenceCounter } from './presence.ts';
import { rooms } from './rooms.ts';
import { PARTICIPANT_SOCKETS, personOf, socketCap } from './socketCap.ts';
import { emitSpread } from './spread.ts';
import { stillValid } from './stillValid.ts';
import { WritersTracker } from './writers.ts';

/** Incoming events are typed as unknown on purpose: every payload is parsed by its schema. */
type Incoming = Record<ClientEvent, (payload: unknown, reply: unknown) => void>;
type AppServer = Server<Incoming, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<Incoming, ServerToClientEvents, Record<string, never>, SocketData>;

/** Broadcast batching: presence and tallies change in bursts (a hall joining, a hall voting). */
const PRESENCE_MS = 1000;
const RESULTS_MS = 200;
const STATE_MS = 50;
const WRITERS_MS = 1000;
/**
 * Views that carry another document's texts (a dot voting's labels) follow its typing at most
 * this often: the whole view goes to every phone, and a keystroke needs no broadcast of its own.
 */
const TEXTS_MS = 1000;

export interface Realtime {
  io: AppServer;
  /** Someone joined over HTTP: "Har gått med" changes although no socket did. */
  joined(workshopId: string): void;
  close(): Promise<void>;
}

export function attachRealtime(
  http: HttpServer,
  deps: {
    repos: Repos;
    workshops: WorkshopService;
    agenda: AgendaService;
    activities: ActivityService;
    history: TextHistory;
    timers: TimerService;
    log: Log;
    publicUrl: string | null;
    /** Open sockets per facilitator account (env SAMSYN_SOCKETS_PER_ACCOUNT). */
    socketsPerAccount: number;
  },
): Realtime {
  const { repos, workshops, agenda, activities, timers, log } = deps;
  const io: AppServer = new Server(http, {
    // Refused before the upgrade (polling 403, WebSocket 400) when the Origin is foreign or
    // missing: a page of another origin on the same site gets our SameSite=Lax cookies sent along
    // (see auth/origin.ts).
    allowRequest: (req, done) => done(null, originAllowed(req, deps.publicUrl)),
    // Our Yjs endpoint shares this HTTP server; without this Socket.IO kills its upgrades after 1 s.
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: LIMITS.yjsMessageBytes,
    pingInterval: 20_000,
    pingTimeout: 20_000,
    // An engine.io connection that has not connected our namespace by then is closed (default
    // 45 s): a script holding thousands of unauthenticated connections holds them briefly.
    connectTimeout: CONNECT_TIMEOUT_MS,
  });
  const limits = eventLimiter();
  const ops = opLog(repos);
  const presence = new PresenceCounter();
  const writers = new WritersTracker();
  /** Activities whose results participants were last sent (to send one `null` when hidden again). */
  const revealedSent = new Set<string>();
  const staff = (id: string) => io.to(rooms.facilitators(id));
  const room = (id: string) => io.to([rooms.participants(id), rooms.projectors(id)]);

  // Everyone who joined, beside who is connected now: one indexed count per batch, so the control
  // room never reads "0 deltagare" while people who have left still stand behind the answers.
  const presenceOf = (id: string): Presence => ({
    ...presence.of(id),
    joined: repos.participants.countsBySector(id).reduce((sum, row) => sum + row.n, 0),
  });
  // Sockets closing with the server schedule a last count after the database has closed.
  let closing = false;
  const presenceOut = coalescer(PRESENCE_MS, (id) => {
    if (closing) return;
    const message = presenceOf(id);
    emitSpread(io, rooms.all(id), (to) => to.emit('presence', message));
  });
  const stateOut = coalescer(STATE_MS, (id) => {
    const staffState = workshops.state(id, 'facilitator');
    const roomState = workshops.state(id, 'participant');
    if (!staffState || !roomState) return;
    staff(id).emit('workshop:state', staffState);
    staff(id).emit('activity:actions', agenda.actions(id));
    room(id).emit('workshop:state', roomState);
  });
  const viewOut = coalescer(STATE_MS, (k) => {
    const [id, activityId] = split(k);
    const a = activities.activity(activityId);
    if (!a) return;
    const message = { activityId, view: activities.view(activityId) };
    if (!activities.hasStaffView(activityId)) {
      (a.status === 'draft' ? staff(id) : io.to(rooms.all(id))).emit('activity:state', message);
      return;
    }
    staff(id).emit('activity:state', { activityId, view: activities.staffView(activityId) });
    if (a.status !== 'draft')
      io.to([rooms.participants(id), rooms.projectors(id)]).emit('activity:state', message);
  });
  const textsOut = coalescer(TEXTS_MS, (k) => {
    const [id, activityId] = split(k);
    activities.textsSettled(id, activityId);
  });
  const resultsOut = coalescer(RESULTS_MS, (k) => {
    const [id, activityId] = split(k);
    const a = activities.activity(activityId);
    if (!a) return;
    staff(id).emit('activity:results', {
      activityId,
      results: activities.resultsFor(activityId, 'facilitator'),
    });
    if (a.status === 'draft') return;
    io.to(rooms.projectors(id)).emit('activity:results', {
      activityId,
      results: activities.resultsFor(activityId, 'projector'),
    });
    // Participants get results only once revealed, and one `null` when they are hidden again.
    const results = activities.resultsFor(activityId, 'participant');
    if (results !== null)
      emitSpread(io, rooms.participants(id), (to) => to.emit('activity:results', { activityId, results }));
    else if (revealedSent.has(activityId))
      io.to(rooms.participants(id)).emit('activity:results', { activityId, results: null });
    if (results !== null) revealedSent.add(activityId);
    else revealedSent.delete(activityId);
  });

  const writersOut = coalescer(WRITERS_MS, (id) => {
    const message = writers.of(id);
    emitSpread(io, rooms.all(id), (to) => to.emit('writers', message));
  });
  // Writers drop out a few seconds after their last keystroke; the sweep runs only while anyone writes.
  const writersSweep = setInterval(() => {
    if (writers.active) for (const id of writers.expire()) writersOut.schedule(id);
  }, WRITERS_MS);
  writersSweep.unref();

  workshops.on({
    edited: (id, _activityId, itemId, editor) => {
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
    texts: (id, activityId) => textsOut.schedule(key(id, activityId)),
    state: (id) => stateOut.schedule(id),
    view: (id, activityId) => viewOut.schedule(key(id, activityId)),
    // Its state, and a timer the facilitator may have started while preparing it.
    opened: (id, activityId) => {
      viewOut.schedule(key(id, activityId));
      const timer = timers.current(activityId);
      if (timer) room(id).emit('timer', { activityId, timer, serverNow: Date.now() });
    },
    results: (id, activityId) => resultsOut.schedule(key(id, activityId)),
    mine: (id, activityId, participantId, value, origin) => {
      const tabs = io.to(rooms.participant(id, participantId));
      (origin ? tabs.except(origin) : tabs).emit('activity:mine', { activityId, value });
    },
    responsesReset: (id, activityId, empty) =>
      io.to(rooms.participants(id)).emit('activity:mine', { activityId, value: empty }),
    activityDeleted: (_id, activityId) => revealedSent.delete(activityId),
    deleted: (id, activityIds) => {
      // Said first, so every screen can tell "deleted" from a lost network; then closed for good
      // (`io server disconnect`: clients do not reconnect, and a handshake would get NOT_FOUND).
      io.in(rooms.all(id)).emit('workshop:ended', { reason: 'deleted' });
      io.in(rooms.all(id)).disconnectSockets(true);
      for (const activityId of activityIds) revealedSent.delete(activityId);
      writers.forget(id);
    },
  });

  // Sent at once, not batched: timer changes are rare, and `serverNow` must be the time of sending.
  timers.onChange((activityId, timer) => {
    const a = activities.activity(activityId);
    if (!a) return;
    const message = { activityId, timer, serverNow: Date.now() };
    (a.status === 'draft' ? staff(a.workshopId) : io.to(rooms.all(a.workshopId))).emit('timer', message);
  });

  const snapshotFor = (socket: AppSocket): Snapshot => {
    const { workshopId, role, participant, facilitatorId } = socket.data;
    // First: a timer whose end is due is ended here, which may close the activity read below.
    const timerList: Snapshot['timers'] = {};
    for (const a of activities.agenda(workshopId)) {
      if (role !== 'facilitator' && a.status === 'draft') continue;
      const timer = timers.current(a.id);
      if (timer) timerList[a.id] = timer;
    }
    const state = workshops.state(workshopId, role);
    if (!state) throw new Error('workshop vanished');
    return {
      role,
      state,
      presence: presenceOf(workshopId),
      ...activities.snapshotParts(workshopId, role, participant?.id ?? null),
      actions: role === 'facilitator' ? agenda.actions(workshopId) : {},
      you: participant ? participant.id : facilitatorWriterId(facilitatorId ?? ''),
      writers: writers.of(workshopId),
      timers: timerList,
      serverNow: Date.now(),
    };
  };

  io.use(handshake(repos));
  io.use(socketCap({ participant: PARTICIPANT_SOCKETS, staff: deps.socketsPerAccount }));
  io.on('connection', (socket: AppSocket) => {
    const { workshopId, role, participant } = socket.data;
    const person = personOf(socket.data);
    // Every incoming event, known or not, with an ack or without, before any handler: a refused
    // one is answered (when it asks for an answer), parses nothing and changes nothing.
    socket.use(([event, ...args], next) => {
      if (limits.allow(person, role, event)) return next();
      const reply = args.at(-1);
      if (typeof reply === 'function') reply(failure({ code: 'RATE_LIMITED' }));
      // Cut after the events already let through have run (their handlers wait for the next
      // tick) and their acks are queued: engine.io flushes those before it closes.
      if (limits.refused(socket.id)) setImmediate(() => socket.disconnect(true));
    });
    // An expired, idle or revoked credential ends the sockets it opened (see stillValid.ts).
    const valid = stillValid(repos, socket);
    socket.use(([, ...args], next) => valid(args, next));
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
        const op = splitOp(event, payload ?? {});
        if (!op.ok) return answer(failure({ code: 'VALIDATION', fields: ['opId'] }));
        const parsed = command.schema.safeParse(op.rest);
        if (!parsed.success) return answer(failure({ code: 'VALIDATION', fields: fieldsOf(parsed.error) }));
        if (!command.roles.includes(role)) return answer(failure({ code: 'FORBIDDEN' }));
        try {
          const context = {
            workshopId,
            role,
            participant,
            socketId: socket.id,
            workshops,
            agenda,
            activities,
            history: deps.history,
            timers,
            snapshot: () => snapshotFor(socket),
          };
          const run = () => command.run(parsed.data, context);
          // A retry of an operation already applied gets its first ack again (see ops.ts).
          const sender = op.opId === null ? null : opSenderOf(socket.data);
          const result =
            sender && op.opId !== null ? ops.run(sender, op.opId, opDigest(event, op.rest), run) : run();
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
    joined: (workshopId) => presenceOut.schedule(workshopId),
    close: async () => {
      clearInterval(writersSweep);
      limits.stop();
      ops.stop();
      writersOut.cancelAll();
      closing = true;
      presenceOut.cancelAll();
      stateOut.cancelAll();
      viewOut.cancelAll();
      textsOut.cancelAll();
      resultsOut.cancelAll();
      await io.close();
    },
  };
}

/** Our client connects its namespace right after the transport opens; a few seconds is plenty. */
const CONNECT_TIMEOUT_MS = 5000;

const failure = (error: ApiError): Ack<never> => ({ ok: false, error });

/** Facilitators' writer ids are prefixed so they can never equal a participant's id. */
const facilitatorWriterId = (facilitatorId: string) => `f:${facilitatorId}`;

/** Coalescer keys for per-activity broadcasts: workshop and activity ids never hold a space. */
const key = (workshopId: string, activityId: string) => `${workshopId} ${activityId}`;
const split = (k: string) => k.split(' ') as [string, string];
