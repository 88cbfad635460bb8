import { once } from 'node:events';
import net from 'node:net';

/**
 * A TCP proxy between test clients and a server, for losing or delaying what a real network
 * would: client→server bytes always pass unless held, server→client bytes (acks, broadcasts) can
 * be held back and released late, or thrown away with the connection (`cut`). Works below
 * Socket.IO and WebSocket, so the client and server under test are the product's own.
 */
export interface LossyProxy {
  /** `http://127.0.0.1:<port>`: connect clients here. */
  url: string;
  /** Holds every server→client byte from now on (acks and broadcasts alike). */
  holdReplies(): void;
  /** Holds every client→server byte from now on (the request never reaches the server). */
  holdRequests(): void;
  /** Lets held bytes through, late, in order, and stops holding. */
  release(): void;
  /** Closes every open connection, throwing away what is held; new connections pass freely. */
  cut(): void;
  /** Points new connections at another server port (a restarted server). */
  retarget(port: number): void;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  heldReplies: Buffer[];
  heldRequests: Buffer[];
}

export async function lossyProxy(targetPort: number): Promise<LossyProxy> {
  let target = targetPort;
  let holdingReplies = false;
  let holdingRequests = false;
  const pairs = new Set<Pair>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    const pair: Pair = { client, upstream, heldReplies: [], heldRequests: [] };
    pairs.add(pair);
    client.on('data', (chunk) => {
      if (holdingRequests) pair.heldRequests.push(chunk);
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (holdingReplies) pair.heldReplies.push(chunk);
      else client.write(chunk);
    });
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    holdReplies: () => {
      holdingReplies = true;
    },
    holdRequests: () => {
      holdingRequests = true;
    },
    release: () => {
      holdingReplies = false;
      holdingRequests = false;
      for (const p of pairs) {
        for (const chunk of p.heldRequests.splice(0)) p.upstream.write(chunk);
        for (const chunk of p.heldReplies.splice(0)) p.client.write(chunk);
      }
    },
    cut: () => {
      holdingReplies = false;
      holdingRequests = false;
      for (const p of [...pairs]) {
        p.heldReplies.length = 0;
        p.heldRequests.length = 0;
        p.client.destroy();
        p.upstream.destroy();
      }
      pairs.clear();
    },
    retarget: (next) => {
      target = next;
    },
    close: async () => {
      for (const p of pairs) {
        p.client.destroy();
        p.upstream.destroy();
      }
      pairs.clear();
      server.close();
      await once(server, 'close');
    },
  };
}
