import * as encoding from 'lib0/encoding';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { type App, createServer } from '../../../server/createServer.ts';
import { readConfig } from '../../../server/env.ts';
import { createLog } from '../../../server/log.ts';
import type { WorkshopSummary } from '../../../shared/protocol/api.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import { YJS_MESSAGE, YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { listAndDots } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api, createWorkshop, type ErrorBody, login } from '../helpers/http.ts';
import { ADMIN, tempDir } from '../helpers/server.ts';

const EVIL = 'http://evil.localhost:8080';

/** The outcome of a Socket.IO handshake sent with the given Origin header (none when null). */
function socketOutcome(url: string, workshopId: string, cookie: string, origin: string | null) {
  const headers: Record<string, string> = { cookie };
  if (origin) headers.origin = origin;
  const socket = io(url, {
    auth: { workshopId, role: 'facilitator', v: PROTOCOL_VERSION },
    extraHeaders: headers,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise<string>((resolve) => {
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(`refused: ${error.message}`);
    });
  });
}

/**
 * The outcome of a raw WebSocket upgrade to /yjs for a document (a list activity's id): `open`
 * once the server has answered our sync step 1, the HTTP status it was refused with, or the
 * close code when it closed the connection after the upgrade.
 */
function yjsOutcome(url: string, docId: string, cookie: string, origin: string | null) {
  const headers: Record<string, string> = { cookie };
  if (origin) headers.origin = origin;
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${docId}`, { headers });
  ws.once('open', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, YJS_MESSAGE.sync);
    syncProtocol.writeSyncStep1(e, new Y.Doc());
    ws.send(encoding.toUint8Array(e));
  });
  return new Promise<string>((resolve) => {
    ws.once('message', () => {
      ws.close();
      resolve('open');
    });
    ws.once('close', (code) => resolve(`closed ${code}`));
    ws.once('unexpected-response', (_req, res) => {
      resolve(`HTTP ${res.statusCode}`);
      ws.terminate();
    });
    ws.once('error', (error) => resolve(`error: ${error.message}`));
  });
}

function postWorkshop(url: string, cookie: string, origin: string | null) {
  return fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ title: 'Från en annan sida', date: '2025-03-14' }),
  });
}

describe('auth/origin on every channel', () => {
  const h = new Harness();
  const apps: App[] = [];
  afterEach(async () => {
    await h.cleanup();
    for (const app of apps.splice(0)) await app.close();
  });

  it('refuses Socket.IO and /yjs handshakes before the upgrade when the Origin is another host', async () => {
    const room = await openRoom(h, ['Ett']);
    const id = room.workshop.id;
    const doc = room.listId;

    expect(await socketOutcome(room.url, id, room.facilitator, EVIL)).toMatch(/^refused/);
    expect(await yjsOutcome(room.url, doc, room.facilitator, EVIL)).toBe('HTTP 403');
    expect(await socketOutcome(room.url, id, room.facilitator, 'null')).toMatch(/^refused/);
    expect(await yjsOutcome(room.url, doc, room.facilitator, 'null')).toBe('HTTP 403');
    // Another port of the same host is another origin: a page there must not reach us either.
    const otherPort = room.url.replace(/:\d+$/, ':1');
    expect(await yjsOutcome(room.url, doc, room.facilitator, otherPort)).toBe('HTTP 403');
  });

  it('accepts handshakes when the Origin is the server itself', async () => {
    const room = await openRoom(h, ['Ett']);
    const id = room.workshop.id;
    const doc = room.listId;

    expect(await socketOutcome(room.url, id, room.facilitator, room.url)).toBe('connected');
    expect(await yjsOutcome(room.url, doc, room.facilitator, room.url)).toBe('open');
  });

  it('refuses Socket.IO and /yjs handshakes before the upgrade when there is no Origin at all', async () => {
    const room = await openRoom(h, ['Ett']);

    expect(await socketOutcome(room.url, room.workshop.id, room.facilitator, null)).toMatch(/^refused/);
    expect(await yjsOutcome(room.url, room.listId, room.facilitator, null)).toBe('HTTP 403');
  });

  it('answers 403 FORBIDDEN and changes nothing when a state-changing request comes from another origin', async () => {
    const room = await openRoom(h, ['Ett']);
    const id = room.workshop.id;

    const create = await postWorkshop(room.url, room.facilitator, EVIL);
    const remove = await fetch(`${room.url}/api/workshops/${id}`, {
      method: 'DELETE',
      headers: { cookie: room.facilitator, origin: EVIL },
    });
    const join = await fetch(`${room.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: EVIL },
      body: JSON.stringify({ code: room.workshop.code, sector: 'public' }),
    });
    const read = await fetch(`${room.url}/api/workshops/${id}`, {
      headers: { cookie: room.facilitator, origin: EVIL },
    });

    // No Origin at all is refused too: every browser sends one on POST and DELETE.
    const unmarked = await postWorkshop(room.url, room.facilitator, null);
    const unmarkedJoin = await api(room.url, 'POST', '/api/join', {
      body: { code: room.workshop.code, sector: 'public' },
      origin: null,
    });
    const unmarkedRead = await api(room.url, 'GET', `/api/workshops/${id}`, {
      cookie: room.facilitator,
      origin: null,
    });

    for (const res of [create, remove, join, unmarked]) {
      expect([res.status, await res.json()]).toEqual([403, { error: { code: 'FORBIDDEN' } }]);
    }
    expect([unmarkedJoin.status, unmarkedJoin.body]).toEqual([403, { error: { code: 'FORBIDDEN' } }]);
    expect(read.status).toBe(200);
    expect(unmarkedRead.status).toBe(200);
    expect((await postWorkshop(room.url, room.facilitator, room.url)).status).toBe(201);
    const list = await api<WorkshopSummary[]>(room.url, 'GET', '/api/workshops', {
      cookie: room.facilitator,
    });
    expect(list.body.map((w) => w.title).sort()).toEqual([
      'Från en annan sida',
      'Regional utvecklingsstrategi',
    ]);
  });

  it('checks against SAMSYN_PUBLIC_URL instead of the Host header when it is configured', async () => {
    const publicUrl = 'https://samsyn.example.se';
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SAMSYN_DATA_DIR: tempDir(),
      SAMSYN_LOG: 'silent',
      SAMSYN_PUBLIC_URL: publicUrl,
      SAMSYN_SECURE_COOKIES: 'false',
      SAMSYN_ADMIN_EMAIL: ADMIN.email,
      SAMSYN_ADMIN_PASSWORD: ADMIN.password,
    });
    const app = await createServer(config, createLog('silent'));
    apps.push(app);
    // Our pages are served from the public URL, so that is the Origin a browser sends from them.
    const cookie = await login(app.url, publicUrl);
    const { workshop } = await createWorkshop(app.url, cookie, ['Ett'], undefined, undefined, publicUrl);
    const { listId } = listAndDots(workshop);

    expect(await socketOutcome(app.url, workshop.id, cookie, publicUrl)).toBe('connected');
    expect(await yjsOutcome(app.url, listId, cookie, publicUrl)).toBe('open');
    expect((await postWorkshop(app.url, cookie, publicUrl)).status).toBe(201);
    // The request's own host no longer counts: the public URL is where the pages come from.
    expect(await socketOutcome(app.url, workshop.id, cookie, app.url)).toMatch(/^refused/);
    expect(await yjsOutcome(app.url, listId, cookie, app.url)).toBe('HTTP 403');
    const refused = await postWorkshop(app.url, cookie, app.url);
    expect([refused.status, ((await refused.json()) as ErrorBody).error.code]).toEqual([403, 'FORBIDDEN']);
  });
});
