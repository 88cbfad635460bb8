import { hr, sleep } from '../lib/proc.ts';
import { percentile, sum } from '../lib/stats.ts';
import type { HeldEdit } from '../load/heldGenerator.ts';
import { perWorkshop } from './analysis.ts';
import { checkAllVotes, checkTexts } from './checks.ts';
import { type HeldContext, type HeldResult, phaseMeter, withServer } from './context.ts';
import { openVote, prepareWorkshops } from './workshops.ts';

type Coedited = {
  sent: Array<[number, number]>;
  recv: Array<[number, number[]]>;
  missed: Record<number, number>;
};
type Joined = { joins: Array<{ t0: number; t1: number }>; failures: string[] };
type Voted = { latencies: Record<number, number[]>; errors: string[]; lastAckAt: number };

/**
 * The co-edit tail with and without a vote burst: the same co-editing plan twice in one room,
 * the second time while everyone votes and latecomers join. Delivery p99 and p99.9 of both.
 */
export function burstTail(ctx: HeldContext): Promise<HeldResult> {
  const b = ctx.cfg.burst;
  return withServer(ctx, async (server, gens) => {
    const { workshops, facs, wsBase } = await prepareWorkshops(server, 1, ctx.cfg.priorities, 30);
    const ws = workshops[0];
    const fac = facs[0];
    if (!ws || !fac) throw new Error('no workshop');
    await gens.all('setup', () => ({ base: server.base, workshops }));
    const members = Array.from({ length: b.people }, (_, idx) => ({ idx, w: 0, real: idx >= b.people - 2 }));
    ctx.log(`burst: ${b.people} join`);
    const joined = await gens.all<Joined>(
      'join',
      (k) => ({ members: gens.share(members, k), startAt: hr() + 300, spreadMs: 3_000, retryMs: 0 }),
      300_000,
    );
    let failedJoins = joined.reduce((n, j) => n + j.failures.length, 0);
    await openVote(fac, ws, ctx.cfg.vote);
    const editors = Array.from({ length: Math.min(b.editors, b.people - 2) }, (_, i) => i);
    const turns = Math.ceil(b.windowMs / b.intervalMs);
    let nextId = 0;
    const plan = (start: number): HeldEdit[] =>
      Array.from({ length: turns }, (_, t) => ({
        id: nextId++,
        at: start + t * b.intervalMs,
        by: editors[t % editors.length] ?? 0,
        w: 0,
        key: ws.keys[(t * 7) % ws.keys.length] ?? '',
      }));
    const run = (edits: HeldEdit[]) =>
      gens.all<Coedited>(
        'coedit',
        (k) => ({ edits: edits.filter((e) => e.by % gens.count === k), settleMs: 10_000 }),
        300_000,
      );
    ctx.log('burst: warm-up, then co-editing alone');
    await run(plan(hr() + 300));
    const quiet = plan(hr() + 300);
    const quietMeter = await phaseMeter(ctx, server, gens);
    const quietRes = await run(quiet);
    const quietLoad = await quietMeter();
    await sleep(1_000);

    ctx.log(`burst: co-editing while ${b.people} vote and ${b.joiners} join`);
    const start = hr() + 500;
    const busy = plan(start);
    const joiners = Array.from({ length: b.joiners }, (_, i) => ({ idx: b.people + i, w: 0, real: false }));
    const burstMeter = await phaseMeter(ctx, server, gens);
    const [busyRes, voted, late] = await Promise.all([
      run(busy),
      gens.all<Voted>('vote', () => ({ ...ctx.cfg.vote, startAt: start, spreadMs: b.windowMs / 2 })),
      gens.all<Joined>(
        'join',
        (k) => ({ members: gens.share(joiners, k), startAt: start, spreadMs: b.windowMs, retryMs: 0 }),
        300_000,
      ),
    ]);
    const burstLoad = await burstMeter();
    failedJoins += late.reduce((n, j) => n + j.failures.length, 0);
    await sleep(300);
    const a = perWorkshop(quietRes, quiet).get(0);
    const z = perWorkshop(busyRes, busy).get(0);
    const tails = (d: number[] | undefined) => ({
      p50: percentile(d ?? [], 50),
      p99: percentile(d ?? [], 99),
      p999: percentile(d ?? [], 99.9),
    });
    const q = tails(a?.delivery);
    const r = tails(z?.delivery);
    const texts = await checkTexts(server, wsBase, workshops, gens);
    const votes = await checkAllVotes(server, workshops, gens);
    const refused = sum(await gens.all<number>('refused', () => null));
    fac.disconnect();
    const lateJoins = late.flatMap((j) => j.joins);
    const voteLat = voted.flatMap((v) => v.latencies[0] ?? []);
    return {
      metrics: {
        people: b.people,
        joiners: b.joiners,
        samplesQuiet: a?.delivery.length ?? 0,
        samplesBurst: z?.delivery.length ?? 0,
        quietP50: q.p50,
        quietP99: q.p99,
        quietP999: q.p999,
        burstP50: r.p50,
        burstP99: r.p99,
        burstP999: r.p999,
        p99Ratio: r.p99 / q.p99,
        p999Ratio: r.p999 / q.p999,
        voteAckP50: percentile(voteLat, 50),
        voteAckP99: percentile(voteLat, 99),
        lateJoinP99: percentile(
          lateJoins.map((j) => j.t1 - j.t0),
          99,
        ),
        failedJoins,
        missed: (a?.missed ?? 0) + (z?.missed ?? 0),
        voteErrors: voted.reduce((n, v) => n + v.errors.length, 0),
        votesLost: votes.votesLost,
        votesDoubled: votes.votesDoubled,
        diverged: texts.diverged,
        lengthMismatch: texts.lengthMismatch,
        refused,
        quietServerCpu: quietLoad.serverCpu,
        serverCpu: burstLoad.serverCpu,
        serverRssPeakMb: burstLoad.serverRssPeakMb,
        genCpuMax: Math.max(quietLoad.genCpuMax, burstLoad.genCpuMax),
        genCpuSum: Math.max(quietLoad.genCpuSum, burstLoad.genCpuSum),
        genSaturated: Math.max(quietLoad.genSaturated, burstLoad.genSaturated),
      },
      detail: { genCpu: burstLoad.genCpu },
    };
  });
}
