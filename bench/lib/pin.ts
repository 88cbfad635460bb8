import { execFileSync } from 'node:child_process';
import os from 'node:os';

/**
 * Which cores the measured server and the load side get. On a machine of two cores or more with
 * `taskset`, the server gets the first half and the generators (and the orchestrator) the rest,
 * so a busy generator cannot steal the server's core and the server's CPU share means one core.
 * Elsewhere nothing is pinned and the report says so.
 */
export interface PinPlan {
  server: string | null;
  load: string | null;
  /** What was pinned, or why nothing was: printed in the report. */
  note: string;
}

export function pinPlan(enabled: boolean): PinPlan {
  const cores = os.availableParallelism();
  if (!enabled) return { server: null, load: null, note: 'not pinned (--no-pin)' };
  if (cores < 2) return { server: null, load: null, note: `not pinned: ${cores} core` };
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
  } catch {
    return { server: null, load: null, note: 'not pinned: taskset not found' };
  }
  const half = Math.floor(cores / 2);
  const list = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
  const server = list(0, half - 1);
  const load = list(half, cores - 1);
  return { server, load, note: `server on core ${server}, generators and orchestrator on core ${load}` };
}

/** Pins every thread of `pid` (`-a`); threads it starts later inherit the mask. False on failure. */
export function pin(pid: number, cores: string | null): boolean {
  if (!cores || !pid) return false;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
