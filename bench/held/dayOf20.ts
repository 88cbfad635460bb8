import { memoryAfterGc } from '../lib/inspector.ts';
import { hr, sleep } from '../lib/proc.ts';
import { max, median, percentile, sum } from '../lib/stats.ts';
import type { HeldEdit } from '../load/heldGenerator.ts';
import { perWorkshop } from './analysis.ts';
import { checkAllVotes, checkTexts } from './checks.ts';
import { type HeldContext, type HeldResult, phaseMeter, withServer } from './context.ts';
import { openVote, prepareWorkshops } from './workshops.ts';

type Joined = { joins: Array<{ t0: number; t1: number }>; failures: string[] };
type Voted = { latencies: Record<number, number[]>; errors: string[]; lastAckAt: number };
type Coedited = {
  sent: Array<[number, number]>;
  recv: Array<[number, number[]]>;
  missed: Record<number, number>;
};

/**
 * The county-wide dialogue day: many workshops at once on one server. Everyone arrives, then in
 * every workshop a few people co-edit their list while everyone votes, all workshops at the same
 * time. Figures per workshop (edit delivery, vote acks) and for the server (CPU, RSS).
 */
export function dayOf20(ctx: HeldContext): Promise<HeldResult> {
  const d = ctx.cfg.day;
  return withServer(ctx, async (server, gens) => {
    ctx.log(`day: ${d.workshops} workshops of ${d.people}`);
    const { workshops, facs, wsBase } = await prepareWorkshops(server, d.workshops, ctx.cfg.priorities, 30);
    await gens.all('setup', () => ({ base: server.base, workshops }));
    // Arrivals interleaved across workshops; the last phone of each is a real Yjs client.
    const members = Array.from({ length: d.people }, (_, j) =>
      workshops.map((_, w) => ({ idx: w * d.people + j, w, real: j === d.people - 1 })),
    ).flat();
    const joinAt = hr() + 300;
    const joined = await gens.all<Joined>(
      'join',
      (k) => ({ members: gens.share(members, k), startAt: joinAt, spreadMs: d.joinSpreadMs, retryMs: 0 }),
      300_000,
    );
    const failures = joined.flatMap((j) => j.failures);
    if (failures.length)
      ctx.log(`  ${failures.length} failed joins, e.g. ${failures.slice(0, 3).join(' | ')}`);
    for (const [w, ws] of workshops.entries()) {
      const fac = facs[w];
      if (fac) await openVote(fac, ws, ctx.cfg.vote);
    }
    await sleep(500);

    // Co-editing in turn in every workshop (starts staggered) while everyone votes.
    const start = hr() + 500;
    const edits: HeldEdit[] = [];
    const editors = Math.min(d.editors, d.people - 1);
    for (const [w, ws] of workshops.entries())
      for (let t = 0; t < d.turns; t++)
        edits.push({
          id: w * 100_000 + t,
          at: start + t * d.intervalMs + (w * d.intervalMs) / workshops.length,
          by: w * d.people + (t % editors),
          w,
          key: ws.keys[(t * 7 + w) % ws.keys.length] ?? '',
        });
    const spanMs = d.turns * d.intervalMs;
    ctx.log(`day: co-editing in every workshop for ${spanMs / 1000} s, voting meanwhile`);
    const meter = await phaseMeter(ctx, server, gens);
    const [coedited, voted] = await Promise.all([
      gens.all<Coedited>(
        'coedit',
        (k) => ({ edits: edits.filter((e) => e.by % gens.count === k), settleMs: 10_000 }),
        300_000,
      ),
      gens.all<Voted>(
        'vote',
        () => ({ ...ctx.cfg.vote, startAt: start + spanMs / 10, spreadMs: spanMs / 2 }),
        300_000,
      ),
    ]);
    const load = await meter();
    const perW = perWorkshop(coedited, edits);
    const rows = workshops.map((_, w) => {
      const c = perW.get(w);
      const votes = voted.flatMap((v) => v.latencies[w] ?? []);
      return {
        w: w + 1,
        editP50: percentile(c?.delivery ?? [], 50),
        editP99: percentile(c?.delivery ?? [], 99),
        toAllP99: percentile(c?.toAll ?? [], 99),
        voteP50: percentile(votes, 50),
        voteP99: percentile(votes, 99),
        missed: c?.missed ?? 0,
      };
    });
    await sleep(300);
    const texts = await checkTexts(server, wsBase, workshops, gens);
    const votes = await checkAllVotes(server, workshops, gens);
    const refused = sum(await gens.all<number>('refused', () => null));
    const mem = await memoryAfterGc(server.inspector);
    for (const f of facs) f.disconnect();
    const joins = joined.flatMap((j) => j.joins);
    return {
      metrics: {
        workshops: workshops.length,
        people: d.people,
        failedJoins: failures.length,
        joinP99: percentile(
          joins.map((j) => j.t1 - j.t0),
          99,
        ),
        editP99Worst: max(rows.map((r) => r.editP99)),
        editP99Median: median(rows.map((r) => r.editP99)),
        editP50Median: median(rows.map((r) => r.editP50)),
        voteP99Worst: max(rows.map((r) => r.voteP99)),
        voteP99Median: median(rows.map((r) => r.voteP99)),
        missed: sum(rows.map((r) => r.missed)),
        voteErrors: voted.reduce((n, v) => n + v.errors.length, 0),
        votesLost: votes.votesLost,
        votesDoubled: votes.votesDoubled,
        diverged: texts.diverged,
        lengthMismatch: texts.lengthMismatch,
        refused,
        serverCpu: load.serverCpu,
        serverRssPeakMb: load.serverRssPeakMb,
        rssAfterGcMb: mem.rss / 2 ** 20,
        heapAfterGcMb: mem.heapUsed / 2 ** 20,
        genCpuMax: load.genCpuMax,
        genCpuSum: load.genCpuSum,
        genSaturated: load.genSaturated,
      },
      detail: { rows, genCpu: load.genCpu },
    };
  });
}
