import * as Y from 'yjs';
import { hr, sleep } from '../lib/proc.ts';
import { fetchDoc } from '../lib/samsyn.ts';
import { max, median, percentile, sum } from '../lib/stats.ts';
import type { HeldEdit } from '../load/heldGenerator.ts';
import { perWorkshop } from './analysis.ts';
import { checkAllVotes, checkTexts } from './checks.ts';
import { type HeldContext, type HeldResult, phaseMeter, withServer } from './context.ts';
import { openVote, prepareWorkshops } from './workshops.ts';

type Joined = { joins: Array<{ t0: number; t1: number }>; failures: string[] };
type Coedited = {
  sent: Array<[number, number]>;
  recv: Array<[number, number[]]>;
  missed: Record<number, number>;
};
type Voted = { latencies: Record<number, number[]>; errors: string[]; lastAckAt: number };
type Stormed = {
  times: Array<[number, number]>;
  bytes: number[];
  yjsBytes: number[];
  failures: string[];
  mineMismatch: number;
  offline: number[];
};

/** Offline edits are marked from here up, the edits made before the drop with the phone's index. */
const OFFLINE_BASE = 500_000_000;

/**
 * A reconnect storm: phones that hold state (every phone voted, every `editEvery`th wrote in the
 * list) all lose the network at once and all come back at once, asking only for what they lack;
 * every `offlineEvery`th brings an edit made while offline. Figures: time until the last phone is
 * resynced, bytes per phone. Correctness: every vote as acknowledged in SQLite and back on the
 * phone, every edit (online and offline) in the document exactly once, the real clients equal.
 */
export function storm(ctx: HeldContext): Promise<HeldResult> {
  const st = ctx.cfg.storm;
  return withServer(ctx, async (server, gens) => {
    const { workshops, facs, wsBase } = await prepareWorkshops(server, 1, ctx.cfg.priorities, 30);
    const ws = workshops[0];
    const fac = facs[0];
    if (!ws || !fac) throw new Error('no workshop');
    await gens.all('setup', () => ({ base: server.base, workshops }));
    const members = Array.from({ length: st.phones }, (_, idx) => ({
      idx,
      w: 0,
      real: idx >= st.phones - 2,
    }));
    ctx.log(`storm: ${st.phones} phones join (past the workshop's joins per minute, they wait)`);
    const joined = await gens.all<Joined>(
      'join',
      (k) => ({
        members: gens.share(members, k),
        startAt: hr() + 300,
        spreadMs: st.joinSpreadMs,
        retryMs: 180_000,
      }),
      400_000,
    );
    const failedJoins = joined.reduce((n, j) => n + j.failures.length, 0);

    ctx.log('storm: phones write and vote');
    const writers = members.filter((m) => m.idx % st.editEvery === 0);
    const start = hr() + 300;
    const edits: HeldEdit[] = writers.map((m, i) => ({
      id: m.idx,
      at: start + i * 20,
      by: m.idx,
      w: 0,
      key: ws.keys[m.idx % ws.keys.length] ?? '',
    }));
    const coedited = await gens.all<Coedited>(
      'coedit',
      (k) => ({ edits: edits.filter((e) => e.by % gens.count === k), settleMs: 20_000 }),
      300_000,
    );
    const missed = perWorkshop(coedited, edits).get(0)?.missed ?? 0;
    await openVote(fac, ws, ctx.cfg.vote);
    const voted = await gens.all<Voted>(
      'vote',
      () => ({ ...ctx.cfg.vote, gapMs: 100, startAt: hr() + 300, spreadMs: 5_000 }),
      300_000,
    );
    await sleep(500);
    // What every phone holds: the document as it is now.
    const held = await fetchDoc(wsBase, ws.listId, server.cookie);
    const stateVector = Y.encodeStateVector(held);

    ctx.log('storm: every phone drops, and all come back at once');
    const dropAt = hr() + 500;
    const backAt = dropAt + 2_000;
    const meter = await phaseMeter(ctx, server, gens);
    const stormed = await gens.all<Stormed>(
      'storm',
      () => ({
        dropAt,
        at: backAt,
        spreadMs: 0,
        stateVectors: [stateVector],
        offlineEvery: st.offlineEvery,
        offlineBase: OFFLINE_BASE,
      }),
      400_000,
    );
    const load = await meter();
    await sleep(1_000);
    const times = stormed.flatMap((s) => s.times);
    const bytes = stormed.flatMap((s) => s.bytes);
    const failures = stormed.flatMap((s) => s.failures);
    if (failures.length)
      ctx.log(`  ${failures.length} failed reconnects, e.g. ${failures.slice(0, 3).join(' | ')}`);
    const once = [...edits.map((e) => e.id), ...stormed.flatMap((s) => s.offline)];
    const texts = await checkTexts(server, wsBase, workshops, gens, once);
    const votes = await checkAllVotes(server, workshops, gens);
    const refused = sum(await gens.all<number>('refused', () => null));
    fac.disconnect();
    return {
      metrics: {
        phones: st.phones,
        writers: writers.length,
        offlineEdits: sum(stormed.map((s) => s.offline.length)),
        ackedDots: votes.ackedDots,
        failedJoins,
        allResyncedMs: failures.length ? Number.NaN : max(times.map(([, t1]) => t1)) - backAt,
        resyncP50: percentile(
          times.map(([t0, t1]) => t1 - t0),
          50,
        ),
        resyncP99: percentile(
          times.map(([t0, t1]) => t1 - t0),
          99,
        ),
        bytesPerPhoneMedian: median(bytes),
        bytesPerPhoneP99: percentile(bytes, 99),
        yjsBytesPerPhoneMedian: median(stormed.flatMap((s) => s.yjsBytes)),
        bytesTotalKb: sum(bytes) / 1024,
        failedReconnects: failures.length,
        missed,
        voteErrors: voted.reduce((n, v) => n + v.errors.length, 0),
        votesLost: votes.votesLost,
        votesDoubled: votes.votesDoubled,
        mineMismatch: sum(stormed.map((s) => s.mineMismatch)),
        editsNotOnce: texts.markersNotOnce,
        diverged: texts.diverged,
        lengthMismatch: texts.lengthMismatch,
        refused,
        serverCpu: load.serverCpu,
        serverRssPeakMb: load.serverRssPeakMb,
        genCpuMax: load.genCpuMax,
        genCpuSum: load.genCpuSum,
        genSaturated: load.genSaturated,
      },
      detail: { genCpu: load.genCpu },
    };
  });
}
