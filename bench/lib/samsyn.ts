import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { textsOf } from '../load/yjsClient.ts';
import { INSPECT_ARG, inspectorAddress } from './inspector.ts';
import { originOf } from './origin.ts';
import { pin } from './pin.ts';
import { freePort, hr, sleep } from './proc.ts';

const ADMIN = { email: 'bench@example.org', password: 'bench-password-123' };
const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface Samsyn {
  base: string;
  pid: number;
  /** The server's inspector, for memory readings after a forced GC (lib/inspector.ts). */
  inspector: string;
  dbFile: string;
  cookie: string;
  stop(): Promise<void>;
}

/**
 * The production build, as `npm start` runs it, on a fresh SQLite file and 127.0.0.1 only, with an
 * inspector on a random loopback port so its memory can be read after a forced GC.
 */
export async function startSamsyn(o: { cores?: string | null } = {}): Promise<Samsyn> {
  const dir = await mkdtemp(path.join(tmpdir(), 'samsyn-bench-'));
  const port = await freePort();
  // BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server under load.
  const nodeArgs = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
  const proc: ChildProcess = spawn(
    process.execPath,
    [INSPECT_ARG, ...nodeArgs, path.join(ROOT, 'dist/server/main.js')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SAMSYN_DATA_DIR: dir,
        SAMSYN_ADMIN_EMAIL: ADMIN.email,
        SAMSYN_ADMIN_PASSWORD: ADMIN.password,
        SAMSYN_LOG: 'warn',
        // The generators send X-Forwarded-For, one address per phone (load/samsynParticipant.ts).
        SAMSYN_TRUST_PROXY: 'loopback',
        SAMSYN_CLIENT_DIR: path.join(ROOT, 'dist/client'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const address = proc.stderr ? inspectorAddress(proc.stderr) : Promise.resolve(null);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const end = hr() + 15_000;
  for (;;) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (hr() > end || proc.exitCode !== null) {
      await stop();
      throw new Error('Samsyn did not start; is `npm run build` done?');
    }
    await sleep(50);
  }
  // Pinned once up, so every thread it has started (libuv's pool, V8's workers) is included.
  if (o.cores) pin(proc.pid ?? 0, o.cores);
  // Node announces the inspector before it runs the server, so it is known once the server answers.
  const inspector = await address.catch(() => null);
  if (!inspector) {
    await stop();
    throw new Error('Samsyn started without an inspector');
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: originOf(base) },
    body: JSON.stringify(ADMIN),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, pid: proc.pid ?? 0, inspector, dbFile: path.join(dir, 'samsyn.sqlite'), cookie, stop };
}

export async function createWorkshop(s: Samsyn, priorities: number) {
  const res = await fetch(`${s.base}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie, origin: originOf(s.base) },
    body: JSON.stringify({
      title: 'Remisskonferens (benchmark)',
      date: '2026-12-01',
      priorities: Array.from(
        { length: priorities },
        (_, i) => `Prioritering ${i + 1}: bättre kollektivtrafik i länet`,
      ),
    }),
  });
  if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${await res.text()}`);
  const { workshop } = (await res.json()) as {
    workshop: { id: string; code: string; agenda: Array<{ id: string; type: string }> };
  };
  // A new workshop's agenda is a list (its priorities) and dot voting over it.
  const listId = workshop.agenda.find((a) => a.type === 'list')?.id ?? '';
  const dotsId = workshop.agenda.find((a) => a.type === 'dots')?.id ?? '';
  const fac = await facilitatorSocket(s, workshop.id);
  const sync = (await fac.timeout(10_000).emitWithAck('workshop:sync', {})) as {
    ok: boolean;
    data: { views: Record<string, { items: Array<{ id: string }> }> };
  };
  fac.close();
  if (!sync.ok) throw new Error('workshop:sync refused');
  const priorityIds = sync.data.views[listId]?.items.map((p) => p.id) ?? [];
  return { id: workshop.id, code: workshop.code, listId, dotsId, priorityIds };
}

export function facilitatorSocket(s: Samsyn, workshopId: string): Promise<Socket> {
  const socket = io(s.base, {
    auth: { workshopId, role: 'facilitator', v: PROTOCOL_VERSION },
    extraHeaders: { cookie: s.cookie, origin: originOf(s.base) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('facilitator socket timed out')), 10_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/**
 * The server's document as the stock y-websocket client sees it. Samsyn's extra message types
 * (saved, refused, heartbeat) get handlers, as docs/protocol.md asks of every client.
 */
export async function fetchDoc(wsBase: string, room: string, cookie: string): Promise<Y.Doc> {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie }, origin: originOf(url) });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  for (const type of [100, 101, 102]) provider.messageHandlers[type] = () => {};
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('provider sync timed out')), 15_000);
      provider.once('sync', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  } finally {
    provider.destroy();
  }
  return doc;
}

export const docTexts = textsOf;

/**
 * Compares what each participant's last ack said with what SQLite holds (read-only, beside the
 * running server): lost = acked but missing, doubled = more stored than acked.
 */
export function checkVotes(dbFile: string, dotsId: string, acked: Array<[string, Record<string, number>]>) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const rows = db
    .prepare<[string], { participant_id: string; priority_id: string; dots: number }>(
      'SELECT participant_id, key AS priority_id, CAST(value AS INTEGER) AS dots FROM responses WHERE activity_id = ?',
    )
    .all(dotsId);
  db.close();
  const stored = new Map<string, number>();
  for (const r of rows)
    stored.set(
      `${r.participant_id}/${r.priority_id}`,
      (stored.get(`${r.participant_id}/${r.priority_id}`) ?? 0) + r.dots,
    );
  let lost = 0;
  let doubled = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const [participant, allocation] of acked) {
    for (const [priority, dots] of Object.entries(allocation)) {
      const key = `${participant}/${priority}`;
      seen.add(key);
      total += dots;
      const have = stored.get(key) ?? 0;
      lost += Math.max(0, dots - have);
      doubled += Math.max(0, have - dots);
    }
  }
  for (const [key, dots] of stored) if (!seen.has(key)) doubled += dots;
  return { lost, doubled, ackedDots: total };
}
