import { percentile } from '../lib/stats.ts';

/** One window of the soak: probes sent in it, their latencies, and what the server held. */
export interface SoakWindow {
  index: number;
  latencies: number[];
  probes: number;
  received: number;
  rssMaxMb: number;
  rssLastMb: number;
  heapAfterGcMb: number;
  rowsMax: number;
  logKbMax: number;
  compactions: number;
  keystrokes: number;
}

export const newWindow = (index: number): SoakWindow => ({
  index,
  latencies: [],
  probes: 0,
  received: 0,
  rssMaxMb: 0,
  rssLastMb: 0,
  heapAfterGcMb: Number.NaN,
  rowsMax: 0,
  logKbMax: 0,
  compactions: 0,
  keystrokes: 0,
});

/** Least-squares slope of `ys` over their window index, per hour of windows of `windowMs`. */
export function slopePerHour(ys: number[], windowMs: number): number {
  const pts = ys.map((y, x) => [x, y] as const).filter(([, y]) => Number.isFinite(y));
  if (pts.length < 2) return Number.NaN;
  const mx = pts.reduce((s, [x]) => s + x, 0) / pts.length;
  const my = pts.reduce((s, [, y]) => s + y, 0) / pts.length;
  const num = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return (num / den) * (3_600_000 / windowMs);
}

/** The bounds a flat session stays within (see bench/README.md, "Load held"). */
export const FLAT = {
  /** The last window's edit p99 against the baseline window's: at most ×1.5 plus 10 ms of noise. */
  p99Factor: 1.5,
  p99SlackMs: 10,
  /** Heap used after a forced GC, last window against the baseline. */
  heapGrowthMb: 16,
  /** RSS (raw, last reading of the window) against the baseline. */
  rssGrowthMb: 64,
  /** Rows in the document's stored log: compaction starts past 2,000 (server/collab/logCompactor.ts). */
  rowsMax: 2_500,
};

/**
 * Flatness over the windows. The first window holds the arrivals and a cold JIT, so the baseline
 * is the second window when there are three or more. Drift = last against baseline; slopes use
 * every window from the baseline on.
 */
export function flatness(windows: SoakWindow[], windowMs: number) {
  const baseAt = windows.length >= 3 ? 1 : 0;
  const base = windows[baseAt];
  const last = windows[windows.length - 1];
  const from = windows.slice(baseAt);
  const p99 = (w: SoakWindow | undefined) => (w ? percentile(w.latencies, 99) : Number.NaN);
  const p99Base = p99(base);
  const p99Last = p99(last);
  const heapGrowth = (last?.heapAfterGcMb ?? Number.NaN) - (base?.heapAfterGcMb ?? Number.NaN);
  const rssGrowth = (last?.rssLastMb ?? Number.NaN) - (base?.rssLastMb ?? Number.NaN);
  const rowsMax = Math.max(0, ...windows.map((w) => w.rowsMax));
  return {
    p99BaseMs: p99Base,
    p99LastMs: p99Last,
    p99Drift: p99Last / p99Base,
    p99SlopeMsPerHour: slopePerHour(from.map(p99), windowMs),
    heapGrowthMb: heapGrowth,
    heapSlopeMbPerHour: slopePerHour(
      from.map((w) => w.heapAfterGcMb),
      windowMs,
    ),
    rssGrowthMb: rssGrowth,
    rssSlopeMbPerHour: slopePerHour(
      from.map((w) => w.rssLastMb),
      windowMs,
    ),
    rowsMax,
    compactions: windows.reduce((n, w) => n + w.compactions, 0),
    // Gates: 1 = drifted. A NaN (too few probes) does not pass silently either.
    latencyDrifted: p99Last <= FLAT.p99Factor * p99Base + FLAT.p99SlackMs ? 0 : 1,
    heapDrifted: heapGrowth <= FLAT.heapGrowthMb ? 0 : 1,
    rssDrifted: rssGrowth <= FLAT.rssGrowthMb ? 0 : 1,
    logUnbounded: rowsMax <= FLAT.rowsMax ? 0 : 1,
  };
}
