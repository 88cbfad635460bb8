import { hr, sleep } from '../lib/proc.ts';
import { held, type Phone, phones, send, typistOf } from './phones.ts';
import { random } from './voting.ts';

/**
 * A long session of typing: every phone writes words a keystroke at a time with pauses between
 * them, and clears its own writing when it grows long, as people rewrite. Now and then one phone
 * types a marker (`{e<id>}`) as one update, a probe whose arrival at every other phone is timed.
 */
export interface TypingPlan {
  keyGapMs: number;
  wordLen: number;
  pauseMinMs: number;
  pauseMaxMs: number;
  clearAbove: number;
  /** This generator's probes: one every `probeEveryMs`, the first at `firstProbeAt`. */
  probeEveryMs: number;
  firstProbeAt: number;
  probeBase: number;
}

let typing = false;
/** Receipts are still collected after typing stops, until the final take: probes in flight land. */
let collecting = false;
let sent: Array<[number, number]> = [];
let recv = new Map<number, number[]>();
const totals = { keystrokes: 0, clears: 0, probes: 0 };

export const typingActive = () => collecting;

export function recordProbe(id: number, at: number): void {
  const list = recv.get(id);
  if (list) list.push(at);
  else recv.set(id, [at]);
}

const keyOf = (p: Phone) => {
  const keys = held.workshops[p.w]?.keys ?? [];
  return keys[p.idx % keys.length] ?? '';
};

async function typist(p: Phone, plan: TypingPlan): Promise<void> {
  const rnd = random(p.idx + 17);
  const key = keyOf(p);
  const t = typistOf(p);
  while (typing) {
    await sleep(plan.pauseMinMs + rnd() * (plan.pauseMaxMs - plan.pauseMinMs));
    for (let i = 0; i < plan.wordLen && typing; i++) {
      send(p, t.type(key, String.fromCharCode(97 + Math.floor(rnd() * 26))));
      totals.keystrokes += 1;
      await sleep(plan.keyGapMs);
    }
    if (typing) send(p, t.type(key, ' '));
    if (typing && t.own(key) > plan.clearAbove) {
      send(p, t.clear(key));
      totals.clears += 1;
    }
  }
}

async function prober(plan: TypingPlan): Promise<void> {
  const all = [...phones.values()];
  for (let i = 0; typing; i++) {
    await sleep(Math.max(0, plan.firstProbeAt + i * plan.probeEveryMs - hr()));
    const p = all[i % all.length];
    if (!typing || !p?.yjs) continue;
    const id = plan.probeBase + i;
    const update = typistOf(p).type(keyOf(p), `{e${id}} `);
    sent.push([id, hr()]);
    send(p, update);
    totals.probes += 1;
  }
}

export function startTyping(plan: TypingPlan) {
  typing = true;
  collecting = true;
  sent = [];
  recv = new Map();
  for (const p of phones.values()) void typist(p, plan);
  void prober(plan);
  return null;
}

/** What happened since the last call: probes sent, their receipts here, and running totals. */
export function takeTyping(a: { final?: boolean } | null = null) {
  if (a?.final) collecting = false;
  const out = { sent, recv: [...recv.entries()], ...totals };
  sent = [];
  recv = new Map();
  return out;
}

export function stopTyping() {
  typing = false;
  return takeTyping();
}
