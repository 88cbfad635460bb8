import type { PinPlan } from '../lib/pin.ts';
import { cpuMeter } from '../lib/proc.ts';
import { type Samsyn, startSamsyn } from '../lib/samsyn.ts';
import type { HeldConfig } from './heldConfig.ts';
import { type HeldGenerators, saturated, startHeldGenerators } from './heldGenerators.ts';
import { rssSampler } from './sampler.ts';

export interface HeldContext {
  cfg: HeldConfig;
  plan: PinPlan;
  log: (s: string) => void;
}

/** A scenario's figures (numbers, for the JSON and the gates) and its detail (tables). */
export interface HeldResult {
  metrics: Record<string, number>;
  detail: Record<string, unknown>;
}

/** A fresh server on the server's cores and fresh generators on the load cores, for one scenario. */
export async function withServer(
  ctx: HeldContext,
  run: (server: Samsyn, gens: HeldGenerators) => Promise<HeldResult>,
): Promise<HeldResult> {
  const server = await startSamsyn({ cores: ctx.plan.server });
  const gens = startHeldGenerators(ctx.cfg.generators, ctx.plan.load);
  if (ctx.plan.load && !gens.pinned) ctx.log('  could not pin the generators: their CPU is not held apart');
  try {
    return await run(server, gens);
  } finally {
    await gens.close();
    await gens.stop();
    await server.stop();
  }
}

/**
 * Measures one phase: the server's CPU (from /proc) and RSS (sampled), each generator's own CPU
 * (process.cpuUsage), and whether a generator saturated its core.
 */
export async function phaseMeter(ctx: HeldContext, server: Samsyn, gens: HeldGenerators) {
  const cpu = cpuMeter([server.pid]);
  const rss = rssSampler(server.pid);
  const genCpu = await gens.cpuMeter();
  return async () => {
    const shares = await genCpu();
    const s = cpu()[0]?.share ?? 0;
    const r = rss();
    const shared = ctx.plan.load !== null && !ctx.plan.load.includes('-');
    return {
      serverCpu: s,
      serverRssPeakMb: r.peakMb,
      genCpuMax: Math.max(...shares),
      genCpuSum: shares.reduce((a, b) => a + b, 0),
      genSaturated: saturated(shares, shared) ? 1 : 0,
      genCpu: shares,
    };
  };
}
