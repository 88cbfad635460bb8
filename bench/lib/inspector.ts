import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import WebSocket from 'ws';

/**
 * Memory of a measured server, read from outside over the Chrome DevTools Protocol: the servers
 * run with an inspector on a random loopback port, so the product needs no bench-only code. A
 * session is attached only for a reading, never while latencies are measured.
 */
export const INSPECT_ARG = '--inspect=127.0.0.1:0';

/** What Node itself writes to stderr about the inspector; everything else is forwarded. */
const NOTICE =
  /^(Debugger listening on |For help, see: |Debugger attached\.|Debugger ending on |Waiting for the debugger)/;

/**
 * Forwards a child's stderr to ours, minus the inspector's notices, and resolves with the
 * inspector's WebSocket address once Node announces it (before it runs any of the child's code).
 */
export function inspectorAddress(stderr: Readable, timeoutMs = 15_000): Promise<string> {
  const address = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no inspector announced')), timeoutMs);
    timer.unref();
    const lines = createInterface({ input: stderr, crlfDelay: Number.POSITIVE_INFINITY });
    lines.on('line', (line) => {
      const url = /^Debugger listening on (ws:\/\/\S+)/.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      } else if (!NOTICE.test(line)) process.stderr.write(`${line}\n`);
    });
    lines.on('close', () => {
      clearTimeout(timer);
      reject(new Error('the process ended before its inspector listened'));
    });
  });
  // Whoever awaits it sees the rejection; nobody awaiting it must not crash the orchestrator.
  address.catch(() => {});
  return address;
}

/** Bytes, as `process.memoryUsage()` reports them inside the measured process. */
export interface MemoryReading {
  heapUsed: number;
  rss: number;
}

type Reply = { id?: number; result?: unknown; error?: { message: string } };

/**
 * Forces a full garbage collection in the process behind `address` (DevTools' "collect garbage":
 * V8's low-memory notification, full compacting collections until nothing more is freed), then
 * reads its heap used and RSS, so that a reading holds live memory, not garbage. RSS still holds
 * what the allocators keep: V8's memory reducer hands some pages back to the OS about 8 s after a
 * full collection, so RSS readings stay noisy by a megabyte or two; heap used does not.
 */
export async function memoryAfterGc(address: string, timeoutMs = 30_000): Promise<MemoryReading> {
  const ws = new WebSocket(address, { perMessageDeflate: false });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  let next = 1;
  ws.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString('utf8')) as Reply;
    const p = m.id === undefined ? undefined : pending.get(m.id);
    if (!p || m.id === undefined) return; // an event, not a reply
    pending.delete(m.id);
    if (m.error) p.reject(new Error(m.error.message));
    else p.resolve(m.result);
  });
  ws.on('error', failAll);
  ws.on('close', () => failAll(new Error('inspector session closed')));
  const timer = setTimeout(() => {
    failAll(new Error(`memory reading timed out after ${timeoutMs} ms`));
    ws.terminate();
  }, timeoutMs);
  // The first call waits for the socket to open; a failure before that rejects it too.
  const opened = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => {}, reject });
    ws.once('open', () => {
      pending.delete(0);
      resolve();
    });
  });
  const call = async (method: string, params: Record<string, unknown> = {}) => {
    await opened;
    return new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  };
  try {
    await call('HeapProfiler.collectGarbage');
    const evaluated = (await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result: { value: string } };
    const m = JSON.parse(evaluated.result.value) as MemoryReading;
    return { heapUsed: m.heapUsed, rss: m.rss };
  } finally {
    clearTimeout(timer);
    ws.close();
  }
}

/**
 * The memory a target's participants cost: readings after a forced GC before the first client
 * connects and with all `n` connected and synced, and the difference per participant.
 */
export function memoryMetrics(before: MemoryReading, connected: MemoryReading, n: number) {
  const MB = 2 ** 20;
  return {
    heapMbBefore: before.heapUsed / MB,
    heapMbConnected: connected.heapUsed / MB,
    heapKbPerParticipant: (connected.heapUsed - before.heapUsed) / 1024 / n,
    rssMbBefore: before.rss / MB,
    rssMbConnected: connected.rss / MB,
    rssKbPerParticipant: (connected.rss - before.rss) / 1024 / n,
  };
}
