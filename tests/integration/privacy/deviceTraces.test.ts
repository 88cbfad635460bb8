import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import { TEXTS_KEY, YJS_MESSAGE, YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { addItem, listAndDots, sync } from '../helpers/agenda.ts';
import { originOf } from '../helpers/origin.ts';
import { ADMIN, dbFileOf, tempDir } from '../helpers/server.ts';
import type { AppSocket, TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { type SourceServer, startSourceServer } from './sourceServer.ts';

/** Values no part of Samsyn has any reason to keep: if one turns up on disk or in a log, it leaked. */
const IPV4 = '203.0.113.77';
const IPV6 = '2001:db8:7a7a:5e5e::42';
const UA = 'IntegritetsSond/7.3 (Samsyn privacy probe; ua-marker-4f1c)';

/** Every request goes out as a phone behind a proxy would send it, from a page of `url`. */
const device = (url: string, ip: string) => ({
  'x-forwarded-for': ip,
  'user-agent': UA,
  origin: originOf(url),
});

interface Sent {
  status: number;
  body: unknown;
  /** `name=value` of Set-Cookie, and the value alone (the token). */
  cookie: string | null;
  token: string | null;
}

async function send(
  url: string,
  method: 'GET' | 'POST',
  route: string,
  options: { body?: unknown; raw?: string; cookie?: string | null; ip?: string } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { ...device(url, options.ip ?? IPV4) };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.body !== undefined || options.raw !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.raw ?? JSON.stringify(options.body);
  }
  const res = await fetch(`${url}${route}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? null;
  return {
    status: res.status,
    body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    cookie,
    token: cookie ? cookie.slice(cookie.indexOf('=') + 1) : null,
  };
}

/** A Socket.IO client that sends the device's headers on the handshake (polling, then upgrade). */
async function socketOf(
  url: string,
  workshopId: string,
  role: 'facilitator' | 'participant',
  cookie: string,
) {
  const socket: AppSocket = io(url, {
    auth: { workshopId, role, v: PROTOCOL_VERSION },
    extraHeaders: { cookie, ...device(url, IPV6) },
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const t: TestSocket = {
    socket,
    states: [],
    presence: [],
    views: [],
    results: [],
    mine: [],
    actions: [],
    timers: [],
  };
  return t;
}

function yjsFrame(subtype: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.sync);
  encoding.writeVarUint(e, subtype);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A Yjs peer with the device's headers: syncs, appends `text` to item `itemId`, waits until saved. */
async function yjsEdit(url: string, activityId: string, cookie: string, itemId: string, text: string) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${activityId}`, {
    headers: { cookie, ...device(url, IPV4) },
  });
  const doc = new Y.Doc();
  const replies: number[] = [];
  let synced = false;
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(d);
    if (type === YJS_MESSAGE.saved || type === YJS_MESSAGE.refused) replies.push(type);
    if (type !== YJS_MESSAGE.sync) return;
    const sub = decoding.readVarUint(d);
    if (sub === syncProtocol.messageYjsSyncStep1) return;
    Y.applyUpdate(doc, decoding.readVarUint8Array(d), 'server');
    if (sub === syncProtocol.messageYjsSyncStep2) synced = true;
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(yjsFrame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())));
  await waitFor(() => synced, 10_000, 'the Yjs peer synced');
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'server') updates.push(u);
  });
  const target = doc.getMap<Y.Text>(TEXTS_KEY).get(itemId);
  if (!target) throw new Error(`no text for ${itemId}`);
  target.insert(target.length, text);
  ws.send(yjsFrame(syncProtocol.messageYjsUpdate, Y.mergeUpdates(updates)));
  await waitFor(() => replies.length > 0, 10_000, 'the reply to the Yjs edit');
  expect(replies[0]).toBe(YJS_MESSAGE.saved);
  // A well-framed update Yjs cannot read, so the failure path (and its log line) runs too.
  const closed = new Promise((resolve) => ws.once('close', resolve));
  ws.send(new Uint8Array([0, 2, 4, 200, 1, 255, 255]));
  await closed;
}

/** Every file of the data directory, as bytes: the database, its WAL and anything else written. */
function rawFiles(dataDir: string): Array<{ name: string; bytes: Buffer }> {
  return fs
    .readdirSync(dataDir)
    .filter((name) => fs.statSync(path.join(dataDir, name)).isFile())
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(dataDir, name)) }));
}

/** Every value of every column of every table, as text. */
function allCells(dbFile: string): Array<{ where: string; text: string }> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      .pluck()
      .all() as string[];
    return tables.flatMap((table) =>
      (db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>).flatMap((row) =>
        Object.entries(row).map(([column, value]) => ({
          where: `${table}.${column}`,
          text: Buffer.isBuffer(value) ? value.toString('latin1') : String(value),
        })),
      ),
    );
  } finally {
    db.close();
  }
}

describe('privacy: nothing identifies a device', () => {
  let server: SourceServer | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it('keeps no address, user agent or token in the log, the tables or the database files', async () => {
    const dataDir = tempDir();
    // Behind a proxy the forwarded address is the client's: the case where it could leak at all.
    server = await startSourceServer(dataDir, { SAMSYN_TRUST_PROXY: 'loopback' });
    const { url } = server;
    const tokens: string[] = [];

    // Staff: wrong passwords, a login, a workshop.
    for (let i = 0; i < 3; i++) {
      await send(url, 'POST', '/api/auth/login', { body: { ...ADMIN, password: 'fel lösenord igen' } });
    }
    const login = await send(url, 'POST', '/api/auth/login', { body: ADMIN });
    expect(login.status).toBe(200);
    tokens.push(login.token as string);
    const created = await send(url, 'POST', '/api/workshops', {
      cookie: login.cookie,
      body: {
        title: 'Spår',
        date: '2026-12-01',
        place: 'Örebro',
        description: '',
        priorities: ['Ett'],
        names: 'shown',
      },
    });
    expect(created.status).toBe(201);
    const { workshop } = created.body as CreatedWorkshop;
    const { listId } = listAndDots(workshop);

    // Participants: wrong codes, joins from two kinds of address, a rejoin, errors of every kind.
    await send(url, 'GET', '/api/join/ZZZZZZZZ');
    await send(url, 'POST', '/api/join', { body: { code: 'ZZZZZZZZ', sector: 'public' } });
    const joined: Sent[] = [];
    for (const ip of [IPV4, IPV6, IPV4]) {
      const j = await send(url, 'POST', '/api/join', {
        ip,
        body: {
          code: workshop.code,
          sector: 'civil',
          municipality: 'Nora',
          organisation: 'Förening',
          displayName: 'Anna',
        },
      });
      expect(j.status).toBe(201);
      tokens.push(j.token as string);
      joined.push(j);
    }
    const first = joined[0] as Sent;
    expect((await send(url, 'GET', `/api/join/${workshop.code}`, { cookie: first.cookie })).status).toBe(200);
    expect(
      (await send(url, 'GET', `/api/workshops/${workshop.id}/me`, { cookie: first.cookie })).status,
    ).toBe(200);
    await send(url, 'GET', '/%E0%A4%A'); // malformed path: logged
    await send(url, 'GET', '/api/nothing-here');
    await send(url, 'POST', '/api/join', { raw: '{"code": ' }); // broken JSON
    await send(url, 'GET', `/api/workshops/${workshop.id}/export.json`, { cookie: login.cookie });

    // Realtime: sockets of both roles, a command each, a refused handshake; Yjs edits and a bad frame.
    const f = await socketOf(url, workshop.id, 'facilitator', login.cookie as string);
    const p = await socketOf(url, workshop.id, 'participant', first.cookie as string);
    const itemId = await addItem(p, listId, 'Min prioritering');
    await sync(f);
    await expect(socketOf(url, workshop.id, 'participant', 'samsyn_p_x=not-a-token')).rejects.toThrow();
    await yjsEdit(url, listId, first.cookie as string, itemId, 'Ändrad text');
    await yjsEdit(url, listId, login.cookie as string, itemId, 'Processledarens text');
    f.socket.close();
    p.socket.close();
    await send(url, 'POST', '/api/auth/logout', { cookie: login.cookie });

    // The files as they are while running (the WAL holds the latest writes), then after shutdown.
    const whileRunning = rawFiles(dataDir);
    await server.stop();
    const output = server.output();
    // The log was on and recorded the events that log something.
    expect(output).toContain('malformed path refused');
    expect(output).toContain('yjs message failed');
    const markers = [IPV4, IPV6, '2001:db8:7a7a', UA, 'ua-marker-4f1c', ...tokens];
    expect(tokens.every((t) => t.length >= 20)).toBe(true);
    for (const marker of markers) {
      expect(output, `the log holds ${marker}`).not.toContain(marker);
      for (const file of [...whileRunning, ...rawFiles(dataDir)]) {
        expect(file.bytes.includes(marker), `${file.name} holds ${marker}`).toBe(false);
      }
      for (const cell of allCells(dbFileOf(dataDir))) {
        expect(cell.text.includes(marker), `${cell.where} holds ${marker}`).toBe(false);
      }
    }
  }, 60_000);
});
