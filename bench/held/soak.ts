import Database from 'better-sqlite3';
import { memoryAfterGc } from '../lib/inspector.ts';
import { hr, rssKb, sleep } from '../lib/proc.ts';
import { percentile, sum } from '../lib/stats.ts';
import type { TypingPlan } from '../load/typing.ts';
import { checkTexts } from './checks.ts';
import { type HeldContext, type HeldResult, phaseMeter, withServer } from './context.ts';
import { flatness, newWindow, type SoakWindow } from './soakWindows.ts';
import { prepareWorkshops } from './workshops.ts';

type Taken = {
  sent: Array<[number, number]>;
  recv: Array<[number, number[]]>;
  keystrokes: number;
  clears: number;
  probes: number;
};

const POLL_MS = 2_000;
const TAKE_MS = 10_000;
/** Receipts later than this after a probe's window ended count as missed. */
const GRACE_MS = 15_000;
const GC_SHADOW_MS = 1_000;
/** Shorter soaks report drift without gating on it: a few minutes on a shared machine are noise. */
export const GATED_FROM_MINUTES = 10;

/**
 * A long session: everyone types (a keystroke is one Yjs update, one stored row) for
 * `--soak-minutes`, with probes timed to every other phone. Per window: edit latency, the
 * server's RSS and heap after a forced GC, the stored log's rows and the compactions seen.
 * Flat = the last window within bounds of the baseline window (soakWindows.ts, FLAT).
 */
export function soak(ctx: HeldContext): Promise<HeldResult> {
  const s = ctx.cfg.soak;
  return withServer(ctx, async (server, gens) => {
    const { workshops, facs, wsBase } = await prepareWorkshops(server, 1, ctx.cfg.priorities);
    const ws = workshops[0];
    if (!ws) throw new Error('no workshop');
    await gens.all('setup', () => ({ base: server.base, workshops }));
    const members = Array.from({ length: s.people }, (_, idx) => ({ idx, w: 0, real: idx >= s.people - 2 }));
    ctx.log(`soak: ${s.people} people join`);
    const joined = await gens.all<{ failures: string[] }>(
      'join',
      (k) => ({ members: gens.share(members, k), startAt: hr() + 300, spreadMs: 5_000, retryMs: 0 }),
      300_000,
    );
    const failedJoins = joined.reduce((n, j) => n + j.failures.length, 0);
    const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
    const logRows = db.prepare<[string], { rows: number; lo: number | null; bytes: number | null }>(
      'SELECT count(*) AS rows, min(seq) AS lo, sum(length(data)) AS bytes FROM doc_updates WHERE activity_id = ?',
    );
    const start = hr() + 1_000;
    const durationMs = s.minutes * 60_000;
    const windows: SoakWindow[] = Array.from(
      { length: Math.max(1, Math.round(durationMs / s.windowMs)) },
      (_, i) => newWindow(i),
    );
    const windowOf = (at: number) =>
      windows[Math.min(windows.length - 1, Math.max(0, Math.floor((at - start) / s.windowMs)))];
    ctx.log(`soak: typing for ${s.minutes} min, ${windows.length} windows of ${s.windowMs / 60_000} min`);
    const plan = (k: number): TypingPlan => ({
      ...s.typing,
      probeEveryMs: s.probeEveryMs * gens.count,
      firstProbeAt: start + k * s.probeEveryMs,
      probeBase: (k + 1) * 100_000_000,
    });
    const meter = await phaseMeter(ctx, server, gens);
    await gens.all('typeStart', plan);
    const sentAt = new Map<number, number>();
    // A forced GC (the heap reading) stalls the server for tens of ms: probes sent just before or
    // during one are left out, so the reading does not show up as latency drift.
    const gcs: Array<[number, number]> = [];
    const skipped = new Set<number>();
    const nearGc = (at: number) => gcs.some(([a, b]) => at >= a - GC_SHADOW_MS && at <= b);
    const heapNow = async () => {
      const a = hr();
      const m = await memoryAfterGc(server.inspector);
      gcs.push([a, hr()]);
      return m.heapUsed / 2 ** 20;
    };
    let pending: Array<[number, number[]]> = [];
    let keystrokes = 0;
    const take = (parts: Taken[]) => {
      for (const p of parts)
        for (const [id, at] of p.sent) {
          if (nearGc(at)) {
            skipped.add(id);
            continue;
          }
          sentAt.set(id, at);
          const w = windowOf(at);
          if (w) w.probes += 1;
        }
      const now = hr();
      const next: Array<[number, number[]]> = [];
      for (const [id, times] of [...pending, ...parts.flatMap((p) => p.recv)]) {
        const at = sentAt.get(id);
        if (at === undefined) {
          if (!skipped.has(id)) next.push([id, times]); // its sender's report has not come in yet
          continue;
        }
        const w = windowOf(at);
        if (!w) continue;
        for (const t of times) w.latencies.push(t - at);
        w.received += times.length;
      }
      pending = next;
      const total = sum(parts.map((p) => p.keystrokes));
      const w = windowOf(now);
      if (w) w.keystrokes += total - keystrokes;
      keystrokes = total;
    };
    let lastLo: number | null = null;
    let lastTake = hr();
    let windowIndex = 0;
    while (hr() < start + durationMs) {
      await sleep(POLL_MS);
      const now = hr();
      const w = windowOf(now);
      if (!w) continue;
      const row = logRows.get(ws.listId);
      if (row) {
        w.rowsMax = Math.max(w.rowsMax, row.rows);
        w.logKbMax = Math.max(w.logKbMax, (row.bytes ?? 0) / 1024);
        if (lastLo !== null && row.lo !== null && row.lo > lastLo) w.compactions += 1;
        lastLo = row.lo;
      }
      const rss = rssKb(server.pid) / 1024;
      w.rssMaxMb = Math.max(w.rssMaxMb, rss);
      w.rssLastMb = rss;
      if (now - lastTake >= TAKE_MS) {
        take(await gens.all<Taken>('typeTake', () => null));
        lastTake = now;
      }
      // At each window's end, the heap after a forced GC: what the server really holds.
      if (w.index > windowIndex) {
        const done = windows[windowIndex];
        if (done) done.heapAfterGcMb = await heapNow();
        windowIndex = w.index;
        ctx.log(`soak: window ${windowIndex} of ${windows.length}`);
      }
    }
    take(await gens.all<Taken>('typeStop', () => null));
    await sleep(GRACE_MS / 3);
    take(await gens.all<Taken>('typeTake', () => ({ final: true })));
    const load = await meter();
    const last = windows[windows.length - 1];
    if (last) last.heapAfterGcMb = await heapNow();
    const final = logRows.get(ws.listId);
    db.close();
    const texts = await checkTexts(server, wsBase, workshops, gens);
    const refused = sum(await gens.all<number>('refused', () => null));
    for (const f of facs) f.disconnect();
    const expected = (w: SoakWindow) => w.probes * (s.people - 1);
    const missed = sum(windows.map((w) => Math.max(0, expected(w) - w.received)));
    const flat = flatness(windows, s.windowMs);
    const gated = s.minutes >= GATED_FROM_MINUTES;
    const rows = windows.map((w) => ({
      window: w.index + 1,
      p50: percentile(w.latencies, 50),
      p99: percentile(w.latencies, 99),
      probes: w.probes,
      keystrokes: w.keystrokes,
      rssMaxMb: w.rssMaxMb,
      rssLastMb: w.rssLastMb,
      heapAfterGcMb: w.heapAfterGcMb,
      rowsMax: w.rowsMax,
      logKbMax: w.logKbMax,
      compactions: w.compactions,
    }));
    return {
      metrics: {
        minutes: s.minutes,
        windowMinutes: s.windowMs / 60_000,
        people: s.people,
        failedJoins,
        keystrokes,
        keystrokesPerSecond: keystrokes / (durationMs / 1000),
        missed,
        diverged: texts.diverged,
        lengthMismatch: texts.lengthMismatch,
        refused,
        finalRows: final?.rows ?? 0,
        finalLogKb: (final?.bytes ?? 0) / 1024,
        ...flat,
        driftGated: gated ? 1 : 0,
        latencyDrifted: gated ? flat.latencyDrifted : 0,
        heapDrifted: gated ? flat.heapDrifted : 0,
        rssDrifted: gated ? flat.rssDrifted : 0,
        latencyDriftSeen: flat.latencyDrifted,
        heapDriftSeen: flat.heapDrifted,
        rssDriftSeen: flat.rssDrifted,
        serverCpu: load.serverCpu,
        serverRssPeakMb: load.serverRssPeakMb,
        genCpuMax: load.genCpuMax,
        genCpuSum: load.genCpuSum,
        genSaturated: load.genSaturated,
      },
      detail: { windows: rows, genCpu: load.genCpu },
    };
  });
}
