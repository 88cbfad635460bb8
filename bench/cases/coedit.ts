import { cpuMeter, hr, sleep } from '../lib/proc.ts';
import { median, percentile } from '../lib/stats.ts';
import type { BenchConfig } from './config.ts';
import { analyse, type Generators, plan } from './generators.ts';

/** The same co-editing workload for Samsyn and every peer. `serverPid` is measured from outside. */
export async function coedit(
  gens: Generators,
  cfg: BenchConfig,
  n: number,
  editors: number[],
  keys: string[],
  serverPid: number,
) {
  // Unmeasured warm-up, so that every target and generator is measured with warm JIT.
  const warm = plan({ ...cfg.coedit(n), turns: 10, bursts: 1 }, editors, keys, hr() + 300, 900_000);
  await gens.all('coedit', () => ({ edits: warm.edits, settleMs: 5_000 }), 60_000);
  const p = plan(cfg.coedit(n), editors, keys, hr() + 300);
  const meter = cpuMeter([serverPid, ...gens.pids]);
  const results = await gens.all<{
    sent: Array<[number, number]>;
    recv: Array<[number, number[]]>;
    missed: number;
  }>('coedit', () => ({ edits: p.edits, settleMs: 10_000 }), 120_000);
  const cpu = meter();
  const a = analyse(results, p.turnIds, p.burstIds);
  await sleep(200); // let the last updates reach the real clients' documents
  return {
    editP50: percentile(a.delivery, 50),
    editP95: percentile(a.delivery, 95),
    editP99: percentile(a.delivery, 99),
    toAllP50: percentile(a.toAll, 50),
    toAllP99: percentile(a.toAll, 99),
    burstMs: median(a.bursts),
    missed: a.missed,
    edits: p.edits.length + warm.edits.length,
    serverCpu: cpu[0]?.share ?? 0,
    genCpu: Math.max(...cpu.slice(1).map((c) => c.share)),
  };
}

/** Every real client holds the same texts as the server, and every edit is in them exactly once. */
export function diverged(
  replicas: Record<string, string>[],
  reference: Record<string, string> | null,
  edits: number,
): number {
  const canon = (t: Record<string, string>) =>
    JSON.stringify(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));
  const ref = reference ?? replicas[0];
  if (!ref) return 1;
  const markers = (t: Record<string, string>) =>
    Object.values(t)
      .join('')
      .match(/\{e\d+\}/g)?.length ?? 0;
  let bad = markers(ref) === edits ? 0 : 1;
  for (const r of replicas) if (canon(r) !== canon(ref)) bad += 1;
  return bad;
}
