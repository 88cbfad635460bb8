import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import { pageHeaders } from '../../integration/helpers/origin.ts';
import type { Rng } from './prng.ts';
import { randomJson, truncate } from './values.ts';

const EVENTS = [
  'workshop:sync',
  'connection:ping',
  'workshop:settings',
  'agenda:add',
  'agenda:update',
  'activity:command',
  'activity:respond',
  'timer:start',
  'text:restore',
  'contributions:remove',
  '__proto__',
  'constructor',
  'connect',
  'disconnect',
  'error',
];

/** Engine.io (v4) and Socket.IO (v5) text packets, well-formed and not. */
export function randomFrame(rng: Rng, activityId: string): string | Uint8Array {
  const json = () => JSON.stringify(randomJson(rng));
  switch (rng.int(12)) {
    case 0:
      return rng.string(200);
    case 1:
      return `${rng.int(10)}${rng.string(50)}`; // an engine.io type and junk
    case 2:
      return `4${rng.int(10)}${rng.chance(0.3) ? `/${rng.string(5)},` : ''}${rng.chance(0.5) ? rng.int(1e9) : ''}${json()}`;
    case 3: {
      // An event with an ack id and a payload of the wrong shape.
      const event = rng.pick(EVENTS);
      return `42${rng.int(1e6)}${JSON.stringify([event, randomJson(rng)])}`;
    }
    case 4: {
      // A plausible event aimed at the real activity, its inner payload random.
      const payload = {
        activityId,
        name: rng.pick(['add', 'hide', 'merge', 'post', '__proto__']),
        payload: randomJson(rng),
      };
      return `42${rng.int(1e6)}${JSON.stringify([rng.pick(['activity:command', 'activity:respond']), payload])}`;
    }
    case 5: {
      // A binary event announcing attachments that never come, or placeholders that point nowhere.
      const num = rng.pick([0, 1, -1, 99, 1e9]);
      return `45${rng.int(3)}-${rng.int(100)}${JSON.stringify(['activity:command', { _placeholder: true, num }])}`;
    }
    case 6:
      return rng.bytes(1 + rng.int(300));
    case 7:
      return truncate(
        rng,
        `42${rng.int(100)}${JSON.stringify(['activity:command', { activityId, name: 'add', payload: { text: 'x' } }])}`,
      );
    case 8:
      return rng.pick(['2', '3', '3probe', '5', '6', '1', '40', '41', '4', '']);
    case 9:
      return `42${JSON.stringify(['workshop:sync', {}, { a: 1 }, 'extra'])}`;
    case 10:
      return `43${rng.int(1e6)}${json()}`; // an ack for a question the server never asked
    default:
      return `42${'['.repeat(2000 + rng.int(5000))}${']'.repeat(2000)}`; // nested beyond reason
  }
}

/** A raw Engine.IO WebSocket to the server; `cookie` and the Origin as a browser would send them. */
export function engineSocket(url: string, cookie: string | null): WebSocket {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    headers: pageHeaders(url, cookie),
  });
  ws.on('error', () => {});
  return ws;
}

/** The Socket.IO namespace connect packet of a real client. */
export const connectPacket = (workshopId: string, role: string) =>
  `40${JSON.stringify({ workshopId, role, v: PROTOCOL_VERSION })}`;

/**
 * Opens a raw socket and, when `handshake` is given, connects the namespace as a real client
 * would; resolves once the server has answered (or closed), so the frames that follow are
 * fuzzing a connected socket or an unconnected one, as asked.
 */
export function openEngine(url: string, cookie: string | null, handshake: string | null): Promise<WebSocket> {
  const ws = engineSocket(url, cookie);
  return new Promise((resolve) => {
    const done = () => resolve(ws);
    ws.once('close', done);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('0')) {
        if (!handshake) return done();
        ws.send(handshake);
      } else if (text.startsWith('40') || text.startsWith('44')) done();
      else if (text === '2') ws.send('3');
    });
  });
}
