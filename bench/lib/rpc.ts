import { type ChildProcess, fork } from 'node:child_process';
import { INSPECT_ARG, inspectorAddress } from './inspector.ts';

/**
 * A tiny request/response layer over the IPC channel of a forked TypeScript child. Load
 * generators and peer servers run in their own processes so that their CPU can be read
 * apart from the server's and the orchestrator's.
 */
interface Request {
  id: number;
  method: string;
  args: unknown;
}
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export interface Child {
  pid: number;
  /** The child's inspector address, when forked with `inspect`; null otherwise. */
  inspector: Promise<string> | null;
  call<T>(method: string, args?: unknown, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

/** `inspect`: with an inspector on a random loopback port, for memory readings (lib/inspector.ts). */
export function forkTs(file: string, o: { inspect?: boolean } = {}): Child {
  const proc: ChildProcess = fork(file, [], {
    execArgv: [...(o.inspect ? [INSPECT_ARG] : []), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', o.inspect ? 'pipe' : 'inherit', 'ipc'],
    serialization: 'advanced', // Uint8Array and Map travel as they are
  });
  const inspector = o.inspect && proc.stderr ? inspectorAddress(proc.stderr) : null;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  proc.on('message', (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new Error(m.error));
  });
  proc.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`${file} exited with ${code}`));
    pending.clear();
  });
  return {
    pid: proc.pid ?? 0,
    inspector,
    call<T>(method: string, args?: unknown, timeoutMs = 120_000): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method} timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (v) => {
            clearTimeout(timer);
            resolve(v as T);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        proc.send({ id, method, args } satisfies Request);
      });
    },
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The child's side: answers each request with its handler's result or error. */
export function serve(handlers: Record<string, (args: never) => unknown>): void {
  process.on('message', async (m: Request) => {
    const send = (r: Reply) => process.send?.(r);
    try {
      const handler = handlers[m.method];
      if (!handler) throw new Error(`unknown method ${m.method}`);
      send({ id: m.id, ok: true, value: await handler(m.args as never) });
    } catch (error) {
      send({
        id: m.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
  // Bounded lifetime: an orphaned child exits with its parent.
  process.on('disconnect', () => process.exit(0));
}
