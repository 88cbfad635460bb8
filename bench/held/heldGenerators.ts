import path from 'node:path';
import { pin } from '../lib/pin.ts';
import { type Child, forkTs } from '../lib/rpc.ts';

const GENERATOR = path.join(import.meta.dirname, '..', 'load', 'heldGenerator.ts');

/** A generator whose CPU share over a phase reaches this is the bottleneck: the run is unreliable. */
export const SATURATED = 0.9;

/**
 * The load-held scenarios' generator processes, pinned to the load cores when the plan allows.
 * Each reports its own CPU (process.cpuUsage), so a saturated generator is seen, not guessed.
 */
export function startHeldGenerators(count: number, cores: string | null) {
  const gens: Child[] = Array.from({ length: count }, () => forkTs(GENERATOR));
  const pinned = gens.map((g) => pin(g.pid, cores));
  const all = <T>(method: string, args: (k: number) => unknown, timeoutMs?: number) =>
    Promise.all(gens.map((g, k) => g.call<T>(method, args(k), timeoutMs)));
  return {
    count,
    pids: gens.map((g) => g.pid),
    pinned: pinned.every(Boolean),
    all,
    /** Member indices of generator k: interleaved, so each holds a share of every workshop. */
    share: <T extends { idx: number }>(members: T[], k: number) => members.filter((m) => m.idx % count === k),
    /** Starts a CPU reading; the returned function ends it with each generator's share of a core. */
    async cpuMeter() {
      const c0 = await all<{ ms: number; at: number }>('cpu', () => null);
      return async () => {
        const c1 = await all<{ ms: number; at: number }>('cpu', () => null);
        return c1.map((c, k) => (c.ms - (c0[k]?.ms ?? 0)) / (c.at - (c0[k]?.at ?? 0)));
      };
    },
    close: () => all('close', () => null, 20_000).catch(() => null),
    stop: () => Promise.all(gens.map((g) => g.stop())),
  };
}
export type HeldGenerators = ReturnType<typeof startHeldGenerators>;

/**
 * Whether the generators were the bottleneck: one of them near a full core, or, sharing one
 * pinned core, together near it.
 */
export function saturated(shares: number[], sharedCore: boolean): boolean {
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.some((s) => s >= SATURATED) || (sharedCore && total >= SATURATED);
}
