import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { addItem } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { pageHeaders } from '../helpers/origin.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';

function rawSocket(url: string, cookie: string | null): { ws: WebSocket; closed: Promise<number> } {
  const ws = new WebSocket(url, { headers: pageHeaders(url, cookie) });
  const closed = new Promise<number>((resolve) => ws.on('close', (code: number) => resolve(code)));
  ws.on('error', () => {});
  return { ws, closed };
}

describe('collab/yjsServer robustness', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it.each([
    ['an unknown activity', (_id: string) => '/yjs/no-such-activity'],
    ['no cookie', (id: string) => `/yjs/${id}`],
  ])('keeps serving when a connection refused for %s sends an invalid frame', async (_what, pathOf) => {
    const room = await openRoom(h, []);
    const sock = net.connect(room.app.port, '127.0.0.1');
    sock.on('error', () => {});
    sock.resume(); // read what the server sends, so its closing is seen
    await new Promise((resolve) => sock.once('connect', resolve));
    const closed = new Promise((resolve) => sock.once('close', resolve));
    sock.write(
      `GET ${pathOf(room.listId)} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://127.0.0.1\r\nUpgrade: websocket\r\n` +
        'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    // A masked frame with the reserved opcode 3: ws reports it as an 'error' on the server socket.
    sock.write(Buffer.from([0x83, 0x80, 1, 2, 3, 4]));

    await closed;
    expect((await api(room.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('closes with 4404 and keeps serving when the room name is badly percent-encoded', async () => {
    const room = await openRoom(h, []);

    const { closed } = rawSocket(`${room.url.replace('http', 'ws')}/yjs/%E0%A4%A`, room.facilitator);

    expect(await closed).toBe(YJS_CLOSE.notFound);
    expect((await api(room.url, 'GET', '/api/health')).status).toBe(200);
  });

  /**
   * One participant sends `frame` on a raw socket while another (the bystander) is synced.
   * Returns the sender's close code once the facilitator's next update reached the bystander.
   */
  async function sendBeside(frame: Uint8Array): Promise<{ code: number; bystanderCloses: number[] }> {
    const room = await openRoom(h, ['Ett'], ['public', 'civil']);
    const bystander = h.yjs(room.url, room.listId, room.participants[1]!.cookie);
    await waitFor(() => bystander.provider.synced, 5000, 'bystander synced');
    const { ws, closed } = rawSocket(
      `${room.url.replace('http', 'ws')}/yjs/${room.listId}`,
      room.participants[0]!.cookie,
    );
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(frame);
    const code = await closed;
    // An update from the server after that reaches the bystander on its first connection.
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const priorityId = await addItem(f, room.listId, 'Efteråt');
    await waitFor(() => textOf(bystander, priorityId) === 'Efteråt', 5000, 'update at bystander');
    return { code, bystanderCloses: bystander.closeCodes };
  }

  it('keeps the other clients connected when a participant sends a malformed message', async () => {
    // sync (0), update (2), then a length of 200 bytes that never come.
    const { code, bystanderCloses } = await sendBeside(new Uint8Array([0, 2, 200, 1]));
    expect(bystanderCloses).toEqual([]);
    expect(code).toBe(YJS_CLOSE.malformed);
  });

  it('closes only the sender when a well-framed update holds bytes Yjs cannot read', async () => {
    // sync (0), update (2), a 4-byte update claiming 200 structs from a client that sends nothing.
    const { code, bystanderCloses } = await sendBeside(new Uint8Array([0, 2, 4, 200, 1, 255, 255]));
    expect(bystanderCloses).toEqual([]);
    expect(code).toBe(YJS_CLOSE.malformed);
  });
});
