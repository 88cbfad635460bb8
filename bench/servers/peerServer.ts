import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { setContentInitializor, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { serve } from '../lib/rpc.ts';

/**
 * The yardsticks, each in its own process and on 127.0.0.1 only:
 * - bare: rebroadcasts every message to every other client; no logic, no storage (the limit);
 * - yws:  the stock y-websocket server (@y/websocket-server), in memory;
 * - hocus: Hocuspocus with no extensions, in memory.
 * The two Yjs servers start from the same seed document the Samsyn workshop holds.
 */
export type PeerKind = 'bare' | 'yws' | 'hocus';

function start(a: { kind: PeerKind; seed: Uint8Array }): Promise<number> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  let onConnection: (ws: WebSocket, req: http.IncomingMessage) => void;

  if (a.kind === 'bare') {
    onConnection = (ws) => {
      ws.on('message', (data: Buffer) => {
        for (const other of wss.clients)
          if (other !== ws && other.readyState === WebSocket.OPEN) other.send(data);
      });
    };
  } else if (a.kind === 'yws') {
    setContentInitializor(async (doc: Y.Doc) => Y.applyUpdate(doc, a.seed));
    onConnection = (ws, req) => setupWSConnection(ws, req, { docName: 'bench' });
  } else {
    const hocuspocus = new Hocuspocus({
      // Hocuspocus 3.x ignores `address`, so it gets no server of its own: ours listens on 127.0.0.1.
      onLoadDocument: async ({ document }) => {
        Y.applyUpdate(document, a.seed);
      },
    });
    onConnection = (ws, req) => hocuspocus.handleConnection(ws, req);
  }
  server.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req)),
  );
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

serve({ start });
