import fs from 'node:fs';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../../integration/helpers/childServer.ts';
import { tempDir } from '../../integration/helpers/server.ts';

/**
 * The server under fuzzing: the built server as its own process (a crash is an exit, not a
 * failed assertion in our own process), watched while the inputs run.
 */
export interface Target {
  server: ChildServer;
  /** Resident memory of the child in MiB (Linux /proc), or NaN where that cannot be read. */
  rssMiB(): number;
  /**
   * Times /api/health round trips every 50 ms until `stop`: the longest is an upper bound on
   * how long the child's event loop stalled (our own loop's stalls count in it too).
   */
  probe(): { stop(): Promise<{ maxMs: number; count: number; failures: number }> };
  alive(): boolean;
  stop(): Promise<void>;
}

export async function startTarget(env: Record<string, string> = {}): Promise<Target> {
  ensureServerBuild();
  const server = await startChild(await freePort(), tempDir(), { SAMSYN_LOG: 'warn', ...env });
  const pid = server.child.pid as number;
  return {
    server,
    rssMiB() {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
        return kb / 1024;
      } catch {
        return Number.NaN;
      }
    },
    probe() {
      let running = true;
      let maxMs = 0;
      let count = 0;
      let failures = 0;
      const loop = (async () => {
        while (running) {
          const started = performance.now();
          try {
            const res = await fetch(`${server.url}/api/health`);
            await res.arrayBuffer();
            if (!res.ok) failures += 1;
          } catch {
            failures += 1;
          }
          maxMs = Math.max(maxMs, performance.now() - started);
          count += 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      return {
        async stop() {
          running = false;
          await loop;
          return { maxMs, count, failures };
        },
      };
    },
    alive: () => server.child.exitCode === null && server.child.signalCode === null,
    stop: () => killHard(server),
  };
}

/**
 * Lines of the child's log that mean a handler threw where it should have refused. Not among
 * them: `yjs message failed`, the Yjs endpoint's own answer to an update Yjs cannot decode (it
 * closes that sender alone with 1007, by design: server/collab/yjsServer.ts).
 */
export function crashLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) =>
      /unhandled error|socket command failed|Uncaught|TypeError|RangeError|ReferenceError/.test(line),
    )
    .filter((line) => !line.includes('"yjs message failed"'));
}
