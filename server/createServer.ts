import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { About } from '../shared/protocol/api.ts';
import { DocRegistry } from './collab/docRegistry.ts';
import { attachYjs } from './collab/yjsServer.ts';
import { startCheckpointer } from './db/checkpointer.ts';
import { createHealthProbe } from './db/healthProbe.ts';
import { openDb } from './db/openDb.ts';
import { createRepos } from './db/repos.ts';
import type { Config } from './env.ts';
import { adminRouter } from './http/adminRouter.ts';
import { apiHeaders } from './http/apiHeaders.ts';
import { authRouter } from './http/authRouter.ts';
import { trackConnections } from './http/connections.ts';
import { deletionRouter } from './http/deletionRouter.ts';
import { AppError, errorHandler } from './http/errors.ts';
import { exportRouter } from './http/exportRouter.ts';
import { healthRouter } from './http/healthRouter.ts';
import { joinRouter } from './http/joinRouter.ts';
import { JOIN_WATCH, JoinWatch } from './http/joinWatch.ts';
import { rejectMalformedPaths } from './http/malformedPath.ts';
import { membershipRouter } from './http/membershipRouter.ts';
import { projectorRouter } from './http/projectorRouter.ts';
import { requireSameOrigin } from './http/sameOrigin.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { staticClient } from './http/staticClient.ts';
import { templateRouter } from './http/templateRouter.ts';
import { workshopRouter } from './http/workshopRouter.ts';
import type { Log } from './log.ts';
import { disconnectFacilitator, disconnectProjectorLinks } from './realtime/handshake.ts';
import { attachRealtime } from './realtime/io.ts';
import { rooms } from './realtime/rooms.ts';
import { AccountService } from './services/accountService.ts';
import { ActivityService } from './services/activityService.ts';
import { AgendaService } from './services/agendaService.ts';
import { DeletionService, type SweepOutcome } from './services/deletionService.ts';
import { Engine } from './services/engine.ts';
import { MembershipService } from './services/membershipService.ts';
import { TemplateService } from './services/templateService.ts';
import { FACILITATOR_AUTHOR, TextHistory } from './services/textHistory.ts';
import { activityTimerTarget, TimerService } from './services/timerService.ts';
import { WorkshopService } from './services/workshopService.ts';

/** How often deleted workshops past their grace period, and idle ones past retention, are purged. */
const DELETION_SWEEP_MS = 60 * 60 * 1000;

/** How long shutdown waits for clients to answer the close frame before cutting them. */
const SHUTDOWN_GRACE_MS = 3000;

export interface App {
  url: string;
  port: number;
  accounts: AccountService;
  /** Runs the deletion sweep now (it also runs at start and every hour). */
  sweepDeletions(): SweepOutcome;
  close(): Promise<void>;
}

/**
 * Builds the whole app from its parts and listens. Tests call this with port 0 and a
 * temporary database file; main.ts calls it with the environment's configuration.
 */
export async function createServer(
  config: Config,
  log: Log,
  clock: () => Date = () => new Date(),
): Promise<App> {
  const db = openDb(config.dbFile);
  const checkpointer = startCheckpointer(config.dbFile);
  const repos = createRepos(db, { sessionIdleMs: config.sessionIdleMs });
  const accounts = new AccountService(repos);
  if (config.admin && accounts.setupNeeded()) {
    await accounts.createAccount(config.admin);
    log.info('created the first facilitator from SAMSYN_ADMIN_EMAIL');
  }
  const docs = new DocRegistry(repos.yjs, repos.yjsClients, log);
  const engine = new Engine(repos, docs);
  const workshops = new WorkshopService(engine);
  const deletions = new DeletionService(engine, config.deletion, log, clock);
  const agenda = new AgendaService(engine);
  const activities = new ActivityService(engine);
  const upgraded = activities.upgradeStored();
  if (upgraded > 0) log.info('brought stored activities up to date', { activities: upgraded });
  const memberships = new MembershipService(repos);
  const history = new TextHistory(repos.textVersions, {
    read: (id, itemId) => activities.textOf(id, itemId),
    write: (id, itemId, text) => activities.replaceText(id, itemId, text),
  });
  const timers = new TimerService(repos.timers, activityTimerTarget(activities, agenda), log);
  const forget = (activityId: string) => {
    history.forget(activityId);
    timers.forget(activityId);
  };
  workshops.on({
    edited: (_id, activityId, itemId, editor) =>
      history.edited(
        activityId,
        itemId,
        editor.kind === 'participant' ? editor.participant.id : FACILITATOR_AUTHOR,
      ),
    written: (activityId, itemId) => {
      const text = activities.textOf(activityId, itemId);
      if (text !== null) history.record(activityId, itemId, text, null);
    },
    activityDeleted: (_id, activityId) => forget(activityId),
    deleted: (_id, activityIds) => {
      for (const activityId of activityIds) forget(activityId);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag'); // API answers are live state: never revalidated, so the header is dead weight
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use('/api', apiHeaders);
  app.use(rejectMalformedPaths(log));
  app.use('/api', requireSameOrigin(config.publicUrl));
  app.use(express.json({ limit: '256kb' }));
  app.use('/api', healthRouter(createHealthProbe(db)));
  app.get('/api/about', (_req, res) => {
    const about: About = config.about;
    res.json(about);
  });
  app.use('/api', authRouter(repos, accounts, config.secureCookies));
  const joinWatch = new JoinWatch({ ...JOIN_WATCH, ...config.joinWarn });
  app.use(
    '/api',
    joinRouter(
      repos,
      config.secureCookies,
      {
        organisation: config.about.organisation,
        contact: config.privacyContact,
        ...config.deletion,
      },
      joinWatch,
    ),
  );
  app.use('/api', exportRouter(repos, workshops, activities));
  app.use('/api', adminRouter(repos, accounts));
  app.use('/api', membershipRouter(repos, memberships));
  app.use('/api', deletionRouter(repos, deletions));
  app.use('/api', workshopRouter(repos, workshops, config.publicUrl));
  app.use('/api', templateRouter(repos, new TemplateService(engine, workshops, agenda), config.publicUrl));
  // Set below, once the socket servers exist: a revoked projector link closes what it opened.
  let projectorRevoked = (_workshopId: string) => {};
  app.use(
    '/api',
    projectorRouter(repos, workshops, {
      publicUrl: config.publicUrl,
      secure: config.secureCookies,
      revoked: (id) => projectorRevoked(id),
    }),
  );
  app.use('/api', (_req, _res, next) => next(new AppError('NOT_FOUND')));
  app.use(securityHeaders, staticClient(config.clientDir, config.serveSourceMaps));
  app.use(errorHandler(log));

  const server = http.createServer(app);
  const connections = trackConnections(server);
  const realtime = attachRealtime(server, {
    repos,
    workshops,
    agenda,
    activities,
    history,
    timers,
    log,
    publicUrl: config.publicUrl,
    socketsPerAccount: config.socketsPerAccount,
  });
  // After the listeners are attached, before anyone connects: ends missed while down apply now.
  timers.restore();
  deletions.onRestored((_id, activityIds) => {
    for (const activityId of activityIds) timers.resume(activityId);
  });
  const sweeper = deletions.schedule(DELETION_SWEEP_MS);
  const yjs = attachYjs(server, { repos, workshops, activities, docs, log, publicUrl: config.publicUrl });
  // Access that ends also ends the sockets already open (Yjs: see docs/protocol.md).
  memberships.onRemoved((workshopId, facilitatorId) => {
    void disconnectFacilitator(realtime.io, facilitatorId, rooms.all(workshopId));
    yjs.closeFacilitator(facilitatorId, workshopId);
  });
  // Joined vs present for the control room, and its warning when joins look scripted.
  joinWatch.onWarning((workshopId, warning) => {
    realtime.io.to(rooms.facilitators(workshopId)).emit('joins:warning', warning);
  });
  joinWatch.onJoined((workshopId) => realtime.joined(workshopId));
  realtime.io.on('connection', (socket) => {
    const { workshopId, participant } = socket.data;
    if (participant) joinWatch.connected(workshopId, participant.id);
  });
  workshops.on({ deleted: (id) => joinWatch.forget(id) });
  projectorRevoked = (workshopId) => {
    void disconnectProjectorLinks(realtime.io, rooms.projectors(workshopId));
    yjs.closeProjectorLinks(workshopId);
  };
  accounts.onDeleted((facilitatorId) => {
    void disconnectFacilitator(realtime.io, facilitatorId, null);
    yjs.closeFacilitator(facilitatorId, null);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A hall joining in the same second opens thousands of connections at once; Node's default
    // backlog of 511 overflows and the kernel then drops SYNs that are retried only after 1–7 s.
    server.listen({ port: config.port, host: config.host, backlog: 4096 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${port}`,
    port,
    accounts,
    sweepDeletions: () => deletions.sweep(),
    async close() {
      timers.close();
      joinWatch.stop();
      sweeper.stop();
      // Stop accepting first; resolves once every connection, upgraded ones too, has ended.
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      yjs.close(); // close frames: clients reconnect to the next process
      // Tells Socket.IO clients; resolves, like `drained`, only when the last connection has ended.
      const realtimeClosed = realtime.close();
      server.closeAllConnections(); // plain HTTP: requests are answered synchronously, none is mid-write
      // Clients that answer the close frame are gone within milliseconds; the rest are cut.
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, SHUTDOWN_GRACE_MS);
      });
      await Promise.race([drained, grace]);
      clearTimeout(graceTimer);
      connections.destroyAll();
      await Promise.all([drained, realtimeClosed]);
      history.flush(); // versions still waiting for a pause in typing, while the documents are loaded
      docs.closeAll();
      await checkpointer.stop();
      db.close();
    },
  };
}
