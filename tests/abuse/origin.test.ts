import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Role } from '../../shared/protocol/events.ts';
import { YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom, type Room } from '../integration/helpers/harness.ts';
import { connectPacket, openEngine } from './fuzz/engineFrames.ts';
import { openPeer } from './yjsPeer.ts';

/**
 * Origins a page that is not ours would send (tests/integration/http/origin.test.ts covers
 * another host, another port and `null` for a facilitator; this covers every role, both
 * transports of Socket.IO, and the tricks: a look-alike host, a suffix, an unparsable origin).
 */
function foreignOrigins(url: string): string[] {
  const { host, port } = new URL(url);
  return [
    'http://evil.example',
    `http://${host}.evil.example`,
    `http://evil.${host}`,
    `http://127.0.0.2:${port}`,
    `http://localhost:${Number(port) + 1}`,
    'null',
    'http://',
    'not a url',
    `http://${host}, http://evil.example`,
  ];
}

/** The request's headers: the cookie, and the Origin unless it is null (no Origin header at all). */
const headersOf = (cookie: string, origin: string | null): Record<string, string> =>
  origin === null ? { cookie } : { cookie, origin };

/** The engine.io polling handshake's status for this Origin (200 opens a session). */
async function pollingStatus(
  url: string,
  cookie: string,
  origin: string | null,
  fetchSite?: string,
): Promise<number> {
  const headers = headersOf(cookie, origin);
  const res = await fetch(`${url}/socket.io/?EIO=4&transport=polling`, {
    headers: fetchSite === undefined ? headers : { ...headers, 'sec-fetch-site': fetchSite },
  });
  await res.arrayBuffer();
  return res.status;
}

/** A WebSocket handshake for Socket.IO's namespace: `connected` or how it was refused. */
async function socketOutcome(room: Room, cookie: string, role: Role, origin: string | null): Promise<string> {
  const ws = new WebSocket(`${room.url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    headers: headersOf(cookie, origin),
  });
  ws.on('error', () => {});
  return new Promise((resolve) => {
    ws.once('unexpected-response', (_req, res) => {
      resolve(`HTTP ${res.statusCode}`);
      ws.terminate();
    });
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send(connectPacket(room.workshop.id, role));
      if (text.startsWith('40')) resolve('connected');
      if (text.startsWith('44')) resolve(`refused ${text}`);
      if (text.startsWith('4')) ws.close();
    });
    ws.once('close', () => resolve('closed'));
  });
}

/** The Yjs upgrade's outcome for this Origin. */
async function yjsOutcome(room: Room, cookie: string, origin: string | null): Promise<string> {
  const ws = new WebSocket(`${room.url.replace(/^http/, 'ws')}${YJS_PATH}/${room.listId}`, {
    headers: headersOf(cookie, origin),
  });
  ws.on('error', () => {});
  return new Promise((resolve) => {
    ws.once('unexpected-response', (_req, res) => {
      resolve(`HTTP ${res.statusCode}`);
      ws.terminate();
    });
    ws.once('open', () => {
      resolve('upgraded');
      ws.close();
    });
    ws.once('close', () => resolve('closed'));
  });
}

describe('abuse: foreign and missing origins on both handshakes, every role', () => {
  const h = new Harness();
  let room: Room;
  let people: Array<{ role: Role; cookie: string }>;
  beforeAll(async () => {
    room = await openRoom(h, ['Ett'], ['public']);
    const participant = room.participants[0]?.cookie as string;
    people = [
      { role: 'participant', cookie: participant },
      { role: 'facilitator', cookie: room.facilitator },
      { role: 'projector', cookie: room.facilitator },
    ];
  });
  afterAll(() => h.cleanup());

  it('refuses the Socket.IO WebSocket upgrade and polling handshake for every foreign origin and role', async () => {
    const got: string[] = [];
    for (const origin of foreignOrigins(room.url))
      for (const { role, cookie } of people) {
        got.push(
          `${role} ${origin}: ws ${await socketOutcome(room, cookie, role, origin)}, polling ${await pollingStatus(room.url, cookie, origin)}`,
        );
      }
    // Refused before any upgrade: engine.io answers a refused WebSocket upgrade 400 and a refused
    // polling handshake 403 (its `allowRequest`, realtime/io.ts); neither opens a session.
    expect(got.filter((line) => !/ws HTTP 400, polling 403$/.test(line))).toEqual([]);
  });

  it('refuses the Yjs upgrade with 403 for every foreign origin, for participants and facilitators', async () => {
    const got: string[] = [];
    for (const origin of foreignOrigins(room.url))
      for (const { role, cookie } of people.slice(0, 2))
        got.push(`${role} ${origin}: ${await yjsOutcome(room, cookie, origin)}`);
    expect(got.filter((line) => !line.endsWith(': HTTP 403'))).toEqual([]);
  });

  it('refuses every handshake without an Origin header, except the GET a browser says its own page sent', async () => {
    const got: string[] = [];
    for (const { role, cookie } of people)
      got.push(
        `${role}: ws ${await socketOutcome(room, cookie, role, null)}, polling from another site ${await pollingStatus(room.url, cookie, null, 'cross-site')}, from a sibling ${await pollingStatus(room.url, cookie, null, 'same-site')}`,
      );
    for (const { role, cookie } of people.slice(0, 2))
      got.push(`${role} yjs: ${await yjsOutcome(room, cookie, null)}`);
    expect(got).toEqual([
      'participant: ws HTTP 400, polling from another site 403, from a sibling 403',
      'facilitator: ws HTTP 400, polling from another site 403, from a sibling 403',
      'projector: ws HTTP 400, polling from another site 403, from a sibling 403',
      'participant yjs: HTTP 403',
      'facilitator yjs: HTTP 403',
    ]);
    // A browser sends no Origin on its own page's GET: Socket.IO's first handshake (polling). It
    // says so with Sec-Fetch-Site, and browsers from before that header send neither.
    expect(await pollingStatus(room.url, room.facilitator, null, 'same-origin')).toBe(200);
    expect(await pollingStatus(room.url, room.facilitator, null)).toBe(200);
  });

  it('lets the same people in from our own origin, so the refusals above are about the origin alone', async () => {
    for (const { role, cookie } of people)
      expect(await socketOutcome(room, cookie, role, room.url)).toBe('connected');
    expect(await pollingStatus(room.url, room.facilitator, room.url)).toBe(200);
    for (const { cookie } of people.slice(0, 2)) {
      const peer = await openPeer(room.url, room.listId, cookie);
      expect(typeof peer).not.toBe('string');
      if (typeof peer !== 'string') peer.ws.close();
    }
    // The fuzzers' raw Engine.IO client sends our origin too, so what they fuzz is a real session.
    const ws = await openEngine(room.url, room.facilitator, connectPacket(room.workshop.id, 'facilitator'));
    expect(ws.readyState).toBe(ws.OPEN);
    ws.close();
  });
});
