import path from 'node:path';
import { type Child, forkTs } from '../lib/rpc.ts';
import { max } from '../lib/stats.ts';
import type { Edit, Setup } from '../load/generator.ts';

const GENERATOR = path.join(import.meta.dirname, '..', 'load', 'generator.ts');

/**
 * Two generator processes (one per core) share the participants, interleaved by index. They
 * live for the whole benchmark: `setup` points them at the next case, `close` drops its clients.
 */
export function startGenerators(count: number) {
  const gens: Child[] = Array.from({ length: count }, () => forkTs(GENERATOR));
  const share = (n: number, k: number) =>
    Array.from({ length: n }, (_, i) => i).filter((i) => i % count === k);
  return {
    pids: gens.map((g) => g.pid),
    all: <T>(method: string, args: (k: number) => unknown, timeoutMs?: number) =>
      Promise.all(gens.map((g, k) => g.call<T>(method, args(k), timeoutMs))),
    share,
    setup: (setup: Setup) => Promise.all(gens.map((g) => g.call('setup', setup, 30_000))),
    close: () => Promise.all(gens.map((g) => g.call('close', null, 10_000).catch(() => null))),
    stop: () => Promise.all(gens.map((g) => g.stop())),
  };
}
export type Generators = ReturnType<typeof startGenerators>;

/** The last few participants are the real Yjs clients; editors are spread over the rest. */
export function roles(n: number, editorCount: number, realCount: number) {
  const real = Array.from({ length: realCount }, (_, i) => n - 1 - i);
  const step = Math.max(1, Math.floor((n - realCount) / editorCount));
  const editors = Array.from({ length: Math.min(editorCount, n - realCount) }, (_, i) => i * step);
  return { real, editors };
}

export interface CoeditPlan {
  turns: number;
  intervalMs: number;
  bursts: number;
  burstSize: number;
  burstGapMs: number;
}

/** In turn: one edit at a time, round-robin over editors. Bursts: many editors in the same instant. */
export function plan(p: CoeditPlan, editors: number[], keys: string[], start: number, idBase = 0) {
  const edits: Edit[] = [];
  for (let t = 0; t < p.turns; t++)
    edits.push({
      id: idBase + t,
      at: start + t * p.intervalMs,
      by: editors[t % editors.length] ?? 0,
      key: keys[t % keys.length] ?? '',
    });
  const burstIds: number[][] = [];
  for (let b = 0; b < p.bursts; b++) {
    const at = start + p.turns * p.intervalMs + 300 + b * p.burstGapMs;
    const ids: number[] = [];
    for (let k = 0; k < Math.min(p.burstSize, editors.length); k++) {
      const id = idBase + 100_000 + b * 1000 + k;
      ids.push(id);
      edits.push({
        id,
        at,
        by: editors[(b * p.burstSize + k) % editors.length] ?? 0,
        key: keys[(7 * k + b) % keys.length] ?? '',
      });
    }
    burstIds.push(ids);
  }
  return { edits, burstIds, turnIds: edits.slice(0, p.turns).map((e) => e.id) };
}

type CoeditResult = { sent: Array<[number, number]>; recv: Array<[number, number[]]>; missed: number };

/** Latency of each delivery, of each edit reaching everyone, and how long each burst takes to converge. */
export function analyse(results: CoeditResult[], turnIds: number[], burstIds: number[][]) {
  const sent = new Map(results.flatMap((r) => r.sent));
  const recv = new Map<number, number[]>();
  for (const r of results)
    for (const [id, times] of r.recv) recv.set(id, [...(recv.get(id) ?? []), ...times]);
  const delivery: number[] = [];
  const toAll: number[] = [];
  for (const id of turnIds) {
    const s = sent.get(id);
    const times = recv.get(id) ?? [];
    if (s === undefined || times.length === 0) continue;
    for (const t of times) delivery.push(t - s);
    toAll.push(max(times) - s);
  }
  const bursts = burstIds.map((ids) => {
    const first = Math.min(...ids.map((id) => sent.get(id) ?? Number.POSITIVE_INFINITY));
    return max(ids.flatMap((id) => recv.get(id) ?? [])) - first;
  });
  const missed = results.reduce((n, r) => n + r.missed, 0);
  return { delivery, toAll, bursts, missed };
}
