import { max } from '../lib/stats.ts';
import type { HeldEdit } from '../load/heldGenerator.ts';

type CoeditResult = {
  sent: Array<[number, number]>;
  recv: Array<[number, number[]]>;
  missed: Record<number, number>;
};

/** Delivery latencies (every edit × receiver) and "reaches everyone" times, per workshop. */
export function perWorkshop(results: CoeditResult[], edits: HeldEdit[]) {
  const sent = new Map(results.flatMap((r) => r.sent));
  const recv = new Map<number, number[]>();
  for (const r of results)
    for (const [id, times] of r.recv) recv.set(id, [...(recv.get(id) ?? []), ...times]);
  const out = new Map<number, { delivery: number[]; toAll: number[]; missed: number }>();
  const of = (w: number) => {
    let o = out.get(w);
    if (!o) {
      o = { delivery: [], toAll: [], missed: 0 };
      out.set(w, o);
    }
    return o;
  };
  for (const e of edits) {
    const s = sent.get(e.id);
    const times = recv.get(e.id) ?? [];
    if (s === undefined || times.length === 0) continue;
    const o = of(e.w);
    for (const t of times) o.delivery.push(t - s);
    o.toAll.push(max(times) - s);
  }
  for (const r of results) for (const [w, n] of Object.entries(r.missed)) of(Number(w)).missed += n;
  return out;
}
