import { readFileSync } from 'node:fs';
import net from 'node:net';

/** Milliseconds on CLOCK_MONOTONIC: comparable between processes on one machine, unlike Date.now(). */
export const hr = (): number => Number(process.hrtime.bigint()) / 1e6;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system) of any process, read from outside so no process measures itself. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** CPU of several processes over one phase, as a share of one core. */
export function cpuMeter(pids: number[]) {
  const t0 = hr();
  const c0 = pids.map(cpuMs);
  return () => {
    const wall = hr() - t0;
    return pids.map((pid, i) => ({
      cpuMs: cpuMs(pid) - (c0[i] ?? 0),
      share: (cpuMs(pid) - (c0[i] ?? 0)) / wall,
    }));
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Polls until `check` is true; every wait in the harness is bounded. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = hr() + timeoutMs;
  while (!check()) {
    if (hr() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}
