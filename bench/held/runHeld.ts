import os from 'node:os';
import { pin, pinPlan } from '../lib/pin.ts';
import { burstTail } from './burstTail.ts';
import type { HeldContext, HeldResult } from './context.ts';
import { dayOf20 } from './dayOf20.ts';
import { HELD_SCENARIOS, type HeldScenario, heldConfigFrom } from './heldConfig.ts';
import { soak } from './soak.ts';
import { storm } from './storm.ts';

export interface HeldRecord extends HeldResult {
  scenario: HeldScenario;
  error: string | null;
}

const RUN: Record<HeldScenario, (ctx: HeldContext) => Promise<HeldResult>> = {
  dayOf20,
  soak,
  burstTail,
  storm,
};

/** The load-held scenarios `only` asks for (all when null), one fresh server each. */
export async function runHeld(
  argv: string[],
  quick: boolean,
  only: Set<string> | null,
  log: (s: string) => void,
) {
  const wanted = HELD_SCENARIOS.filter((s) => !only || only.has(s));
  const cfg = heldConfigFrom(argv, quick);
  const plan = pinPlan(cfg.pin);
  const records: HeldRecord[] = [];
  if (wanted.length === 0) return { records, cfg, pinned: plan.note };
  // The orchestrator is load too: it reads the generators' results and SQLite.
  if (plan.load) pin(process.pid, plan.load);
  log(`load held: ${wanted.join(', ')}; ${plan.note}`);
  try {
    await runEach(wanted, { cfg, plan, log }, records);
  } finally {
    if (plan.load) pin(process.pid, `0-${os.availableParallelism() - 1}`);
  }
  return { records, cfg, pinned: plan.note };
}

async function runEach(wanted: HeldScenario[], ctx: HeldContext, records: HeldRecord[]) {
  for (const scenario of wanted) {
    try {
      const r = await RUN[scenario](ctx);
      records.push({ scenario, ...r, error: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.log(`  ${scenario} failed: ${message}`);
      records.push({ scenario, metrics: {}, detail: {}, error: message });
    }
  }
}
