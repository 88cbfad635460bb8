import { hr, sleep } from '../lib/proc.ts';
import type { Phone } from './phones.ts';
import { workshopOf } from './phones.ts';

const TIMEOUT_MS = 30_000;

/** Seeded, so every run places the same dots. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One phone taps its dots one by one, as the phone does: each tap sends the whole allocation so
 * far and waits for its ack. The last acknowledged allocation is kept on the phone.
 */
export async function votePhone(
  p: Phone,
  rnd: () => number,
  a: { gapMs: number; dots: number; maxPer: number },
) {
  const w = workshopOf(p);
  const latencies: number[] = [];
  const errors: string[] = [];
  let lastAckAt = 0;
  const allocation: Record<string, number> = {};
  for (let d = 0; d < a.dots; d++) {
    const pick = () => w.priorityIds[Math.floor(rnd() * w.priorityIds.length)] ?? '';
    let id = pick();
    for (let tries = 0; (allocation[id] ?? 0) >= a.maxPer && tries < 100; tries++) id = pick();
    allocation[id] = (allocation[id] ?? 0) + 1;
    const t = hr();
    try {
      if (!p.socket) throw new Error('not connected');
      const ack = (await p.socket.timeout(TIMEOUT_MS).emitWithAck('activity:respond', {
        activityId: w.dotsId,
        value: { allocation: { ...allocation } },
      })) as
        | { ok: true; data: { allocation: Record<string, number> } }
        | { ok: false; error: { code: string } };
      const now = hr();
      latencies.push(now - t);
      lastAckAt = Math.max(lastAckAt, now);
      if (ack.ok) p.acked = ack.data.allocation;
      else errors.push(ack.error.code);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
    await sleep(a.gapMs);
  }
  return { latencies, errors, lastAckAt };
}
