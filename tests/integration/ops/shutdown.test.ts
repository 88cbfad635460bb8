import { once } from 'node:events';
import net from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { addItem, listAndDots } from '../helpers/agenda.ts';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../helpers/childServer.ts';
import { createWorkshop, login } from '../helpers/http.ts';
import { dbFileOf, tempDir } from '../helpers/server.ts';
import { connectSocket } from '../helpers/sockets.ts';

/**
 * A WebSocket client that completes the upgrade (sending our Origin, as a browser page would) and
 * then never reads again: the server's close frame sits unread in its buffer and no close frame
 * ever comes back (a phone that went to sleep).
 */
async function straggler(port: number, path: string, cookie: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(
    [
      `GET ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      `Origin: http://127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      `Cookie: ${cookie}`,
      '',
      '',
    ].join('\r\n'),
  );
  const [head] = (await once(socket, 'data')) as [Buffer];
  if (!head.toString().startsWith('HTTP/1.1 101')) throw new Error(`no upgrade: ${head.toString()}`);
  socket.pause();
  socket.on('error', () => {});
  return socket;
}

describe('server/main shutdown', () => {
  const children: ChildServer[] = [];
  const sockets: net.Socket[] = [];
  beforeAll(() => {
    ensureServerBuild();
  }, 180_000);
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    for (const c of children.splice(0)) await killHard(c);
  });

  it('exits with code 0 and keeps acknowledged writes on SIGTERM when clients never answer the close frame', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const server = await startChild(port, dataDir);
    children.push(server);
    const cookie = await login(server.url);
    const { workshop } = await createWorkshop(server.url, cookie, ['Ett']);
    const { listId } = listAndDots(workshop);
    const f = await connectSocket(server.url, workshop.id, 'facilitator', cookie);
    const itemId = await addItem(f, listId, 'Kvittad före avstängning');
    sockets.push(await straggler(port, `${YJS_PATH}/${listId}`, cookie));
    sockets.push(await straggler(port, '/socket.io/?EIO=4&transport=websocket', cookie));

    const exited = once(server.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    server.child.kill('SIGTERM');
    // The bound, and the only timing here: exit within 10 s.
    const [code, signal] = await Promise.race([
      exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('still running 10 s after SIGTERM')), 10_000).unref(),
      ),
    ]);
    f.socket.close();
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    const db = new Database(dbFileOf(dataDir), { readonly: true, fileMustExist: true });
    try {
      expect(db.prepare('SELECT activity_id FROM items WHERE id = ?').get(itemId)).toEqual({
        activity_id: listId,
      });
    } finally {
      db.close();
    }
  }, 20_000);
});
