import * as Y from 'yjs';
import { memoryAfterGc, memoryMetrics } from '../lib/inspector.ts';
import { cpuMeter, hr, rssKb, sleep, waitFor } from '../lib/proc.ts';
import {
  checkVotes,
  createWorkshop,
  docTexts,
  facilitatorSocket,
  fetchDoc,
  startSamsyn,
} from '../lib/samsyn.ts';
import { max, median, percentile, sum } from '../lib/stats.ts';
import type { Setup } from '../load/generator.ts';
import { coedit, diverged } from './coedit.ts';
import { type BenchConfig, runs } from './config.ts';
import { type Generators, roles } from './generators.ts';

type Join = {
  t0: number;
  tHttp: number;
  t1: number;
  bytes: number;
  httpBytes: number;
  sioBytes: number;
  docBytes: number;
  snapshotBytes: number;
};
type VoteResult = {
  latencies: number[];
  errors: string[];
  acked: Array<[string, Record<string, number>]>;
  lastAckAt: number;
};

/**
 * One Samsyn case on one fresh server: join storm (and the memory its participants hold) →
 * co-editing → vote burst → idle.
 */
export async function samsynCase(gens: Generators, cfg: BenchConfig, n: number, log: (s: string) => void) {
  const server = await startSamsyn();
  const out: Record<string, number> = {};
  try {
    const w = await createWorkshop(server, cfg.priorities);
    const wsBase = `${server.base.replace('http', 'ws')}/yjs`;
    const seedDoc = await fetchDoc(wsBase, w.listId, server.cookie);
    const keys = [...seedDoc.getMap('texts').keys()];
    const fac = await facilitatorSocket(server, w.id);
    const tallies: Array<{ at: number; totalDots: number; bytes: number }> = [];
    fac.on('activity:results', (m: { activityId: string; results: { totalDots: number } | null }) => {
      const t = m.results;
      if (t) tallies.push({ at: hr(), totalDots: t.totalDots, bytes: JSON.stringify(m).length });
    });
    const setup: Setup = {
      base: server.base,
      yjsUrl: `${wsBase}/${w.listId}`,
      docName: w.listId,
      dialect: 'yws',
      syncWithServer: true,
      samsyn: { workshopId: w.id, code: w.code, listId: w.listId, dotsId: w.dotsId },
      seed: Y.encodeStateAsUpdate(seedDoc),
    };
    await gens.setup(setup);
    const { real, editors } = roles(n, cfg.editors, cfg.realClients);
    await sleep(300);
    // The workshop document stays loaded for a minute after `fetchDoc` above, so, as for the
    // peers, it is in memory before the first participant connects.
    const memBefore = await memoryAfterGc(server.inspector);

    // 1. Join storm: everyone within joinSpreadMs; a participant is in when Socket.IO and Yjs are synced.
    log(`join storm of ${n}`);
    const startAt = hr() + 300;
    const meter = cpuMeter([server.pid, ...gens.pids]);
    const joined = await gens.all<{ joins: Join[]; failures: string[] }>(
      'connect',
      (k) => ({ indices: gens.share(n, k), startAt, spreadMs: cfg.joinSpreadMs, total: n, editors, real }),
      120_000,
    );
    const joinCpu = meter();
    const joins = joined.flatMap((j) => j.joins);
    const failures = joined.flatMap((j) => j.failures);
    if (failures.length) log(`  ${failures.length} failed joins, e.g. ${failures.slice(0, 3).join(' | ')}`);
    // Once the join's work has settled: what the connected, idle participants hold.
    await sleep(500);
    Object.assign(out, memoryMetrics(memBefore, await memoryAfterGc(server.inspector), n));
    const overhead = joins.map((j) => j.bytes - j.docBytes - j.snapshotBytes);
    Object.assign(out, {
      failedJoins: failures.length,
      joinAllSyncedMs: failures.length ? Number.NaN : max(joins.map((j) => j.t1)) - startAt,
      joinP50: percentile(
        joins.map((j) => j.t1 - j.t0),
        50,
      ),
      joinP99: percentile(
        joins.map((j) => j.t1 - j.t0),
        99,
      ),
      joinHttpP50: percentile(
        joins.map((j) => j.tHttp - j.t0),
        50,
      ),
      joinBytes: median(joins.map((j) => j.bytes)),
      joinHttpBytes: median(joins.map((j) => j.httpBytes)),
      joinSocketBytes: median(joins.map((j) => j.sioBytes)),
      joinDocBytes: median(joins.map((j) => j.docBytes)),
      joinSnapshotBytes: median(joins.map((j) => j.snapshotBytes)),
      joinOverheadBytes: median(overhead),
      joinServerCpu: joinCpu[0]?.share ?? 0,
      joinGenCpu: Math.max(...joinCpu.slice(1).map((c) => c.share)),
    });

    // 2. Co-editing, then the convergence check by the real clients against a fresh stock client.
    if (runs(cfg, 'coedit')) {
      log('co-editing');
      const c = await coedit(gens, cfg, n, editors, keys, server.pid);
      const replicas = (await gens.all<Record<string, string>[]>('texts', () => null)).flat();
      const reference = docTexts(await fetchDoc(wsBase, w.listId, server.cookie));
      const refused = sum(await gens.all<number>('refused', () => null));
      Object.assign(out, c, { diverged: diverged(replicas, reference, c.edits), refused });
    }

    // 3. Vote burst: acks, the facilitator's tally, and SQLite against the acks.
    if (runs(cfg, 'vote')) {
      log('vote burst');
      const rules = (await fac.timeout(10_000).emitWithAck('agenda:update', {
        activityId: w.dotsId,
        config: {
          sourceActivityId: w.listId,
          dotsPerParticipant: cfg.vote.dots,
          maxPerPriority: cfg.vote.maxPer,
        },
      })) as { ok: boolean };
      if (!rules.ok) throw new Error(`agenda:update refused: ${JSON.stringify(rules)}`);
      const open = (await fac.timeout(10_000).emitWithAck('activity:control', {
        activityId: w.dotsId,
        action: 'live',
      })) as { ok: boolean };
      if (!open.ok) throw new Error(`opening the vote refused: ${JSON.stringify(open)}`);
      const talliesBefore = tallies.length;
      const vm = cpuMeter([server.pid, ...gens.pids]);
      const voteStart = hr() + 300;
      const voted = await gens.all<VoteResult>(
        'vote',
        () => ({ ...cfg.vote, startAt: voteStart, priorityIds: w.priorityIds, dotsId: w.dotsId }),
        120_000,
      );
      const lastAckAt = max(voted.map((v) => v.lastAckAt));
      const acked = voted.flatMap((v) => v.acked);
      const expected = sum(acked.map(([, a]) => sum(Object.values(a))));
      await waitFor(
        () => tallies.some((t) => t.at >= voteStart && t.totalDots === expected),
        10_000,
        'final tally',
      ).catch(() => {});
      const voteCpu = vm();
      const final = tallies.find((t) => t.at >= voteStart && t.totalDots === expected);
      const burstTallies = tallies.slice(talliesBefore);
      const check = checkVotes(server.dbFile, w.dotsId, acked);
      const latencies = voted.flatMap((v) => v.latencies);
      Object.assign(out, {
        voteAckP50: percentile(latencies, 50),
        voteAckP99: percentile(latencies, 99),
        voteBurstMs: lastAckAt - voteStart,
        tallyFinalMs: final ? final.at - lastAckAt : Number.NaN,
        tallyBroadcasts: burstTallies.length,
        tallyBytes: sum(burstTallies.map((t) => t.bytes)),
        votesLost: check.lost,
        votesDoubled: check.doubled,
        voteErrors: voted.reduce((e, v) => e + v.errors.length, 0),
        votesMissingFromTally: final ? 0 : 1,
        voteServerCpuMsPerVoter: (voteCpu[0]?.cpuMs ?? 0) / n,
        voteGenCpu: Math.max(...voteCpu.slice(1).map((c) => c.share)),
      });
    }

    // 4. Idle: everyone connected, nobody acts.
    if (runs(cfg, 'idle')) {
      log(`idle for ${cfg.idleMs / 1000} s`);
      await sleep(500);
      const b0 = sum(await gens.all<number>('bytes', () => null));
      const im = cpuMeter([server.pid, ...gens.pids]);
      await sleep(cfg.idleMs);
      const idleCpu = im();
      const b1 = sum(await gens.all<number>('bytes', () => null));
      Object.assign(out, {
        idleServerCpu: idleCpu[0]?.share ?? 0,
        idleBytesPerParticipantMin: ((b1 - b0) / n) * (60_000 / cfg.idleMs),
        serverRssMb: rssKb(server.pid) / 1024,
      });
    }
    fac.disconnect();
    return out;
  } finally {
    await gens.close();
    await server.stop();
  }
}
