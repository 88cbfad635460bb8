import type { CoeditPlan } from './generators.ts';

/** Sizes of each workload; `--quick` shrinks them so N = 100 runs in well under a minute. */
export interface BenchConfig {
  quick: boolean;
  sizes: number[];
  runs: number;
  only: Set<string> | null;
  generators: number;
  realClients: number;
  editors: number;
  priorities: number;
  joinSpreadMs: number;
  coedit: (n: number) => CoeditPlan;
  vote: { spreadMs: number; gapMs: number; windowMs: number; dots: number; maxPer: number };
  idleMs: number;
  phoneLoads: number;
  /** `--out=<dir>`: results (and a full run's performance.md) go there, not to bench/results and docs/. */
  out: string | null;
}

export function configFrom(argv: string[]): BenchConfig {
  const flag = (name: string) => argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const value = (name: string) => flag(name)?.split('=')[1];
  const quick = flag('quick') !== undefined;
  const only = value('only');
  return {
    quick,
    sizes: value('sizes')?.split(',').map(Number) ?? (quick ? [100] : [100, 300, 1000]),
    // Quick is a smoke test of every path (one run); the figures worth quoting come from the full run.
    runs: Number(value('runs') ?? (quick ? 1 : 5)),
    only: only ? new Set(only.split(',')) : null,
    generators: 2,
    realClients: 4,
    editors: 50,
    priorities: 100,
    joinSpreadMs: quick ? 1000 : 3000,
    coedit: (n) => ({
      turns: quick ? 20 : 80,
      // One edit at a time: spaced so that one has reached everyone before the next, even at N = 1,000.
      intervalMs: 40 + Math.ceil(n / 20),
      bursts: quick ? 1 : 5,
      burstSize: 20,
      burstGapMs: 400 + n,
    }),
    // Every participant places all five dots within the window: starts spread, taps 250 ms apart.
    vote: quick
      ? { spreadMs: 1000, gapMs: 100, windowMs: 2000, dots: 5, maxPer: 3 }
      : { spreadMs: 8000, gapMs: 250, windowMs: 10_000, dots: 5, maxPer: 3 },
    idleMs: quick ? 3000 : 60_000,
    phoneLoads: quick ? 1 : 5,
    out: value('out') ?? null,
  };
}

export const WORKLOADS = ['join', 'coedit', 'vote', 'idle', 'phone'] as const;
// `--only` also names the load-held scenarios: dayOf20, soak, burstTail, storm (held/heldConfig.ts).
export const runs = (c: BenchConfig, workload: (typeof WORKLOADS)[number]) => !c.only || c.only.has(workload);
