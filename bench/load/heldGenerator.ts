import * as Y from 'yjs';
import { hr, sleep } from '../lib/proc.ts';
import { serve } from '../lib/rpc.ts';
import {
  closeAll,
  connectPhone,
  dropPhone,
  type HeldWorkshop,
  held,
  joinPhone,
  onEdit,
  phones,
  send,
  typistOf,
} from './phones.ts';
import { recordProbe, startTyping, stopTyping, takeTyping, typingActive } from './typing.ts';
import { random, votePhone } from './voting.ts';
import { textsOf } from './yjsClient.ts';

/**
 * A load generator for the load-held scenarios (bench/held/): phones in several workshops, which
 * keep their identity across a drop. Every wait is bounded; times are CLOCK_MONOTONIC ms.
 */
export interface HeldEdit {
  id: number;
  at: number;
  by: number;
  w: number;
  key: string;
}

/** Receipts of edits by id; only phones listening (connected when the edits were planned) count. */
let receipts = new Map<number, number[]>();
let listening = new Set<number>();
onEdit((p, id, at) => {
  if (typingActive()) return recordProbe(id, at);
  if (!listening.has(p.idx)) return;
  const list = receipts.get(id);
  if (list) list.push(at);
  else receipts.set(id, [at]);
});

async function join(a: {
  members: Array<{ idx: number; w: number; real: boolean }>;
  startAt: number;
  spreadMs: number;
  retryMs: number;
}) {
  const joins: Awaited<ReturnType<typeof joinPhone>>[] = [];
  const failures: string[] = [];
  const total = a.members.length;
  await Promise.all(
    a.members.map(async (m, i) => {
      await sleep(Math.max(0, a.startAt + (i / total) * a.spreadMs - hr()));
      try {
        joins.push(await joinPhone(m, hr() + a.retryMs));
      } catch (error) {
        failures.push(`#${m.idx}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return { joins, failures };
}

/** Edits at planned moments; each must reach every listening phone of its workshop but its sender. */
async function coedit(a: { edits: HeldEdit[]; settleMs: number }) {
  receipts = new Map();
  listening = new Set([...phones.values()].filter((p) => p.yjs).map((p) => p.idx));
  const perW = new Map<number, number>();
  for (const idx of listening) {
    const w = phones.get(idx)?.w ?? -1;
    perW.set(w, (perW.get(w) ?? 0) + 1);
  }
  const expected = (e: HeldEdit) => (perW.get(e.w) ?? 0) - (listening.has(e.by) ? 1 : 0);
  const sent: Array<[number, number]> = [];
  await Promise.all(
    a.edits
      .filter((e) => phones.get(e.by)?.yjs)
      .map(async (e) => {
        await sleep(Math.max(0, e.at - hr()));
        const p = phones.get(e.by);
        if (!p?.yjs) return;
        const update = typistOf(p).type(e.key, `{e${e.id}} `);
        sent.push([e.id, hr()]);
        send(p, update);
      }),
  );
  const deadline = hr() + a.settleMs;
  const complete = () => a.edits.every((e) => (receipts.get(e.id)?.length ?? 0) >= expected(e));
  while (!complete() && hr() < deadline) await sleep(5);
  const missed: Record<number, number> = {};
  for (const e of a.edits)
    missed[e.w] = (missed[e.w] ?? 0) + Math.max(0, expected(e) - (receipts.get(e.id)?.length ?? 0));
  const recv = [...receipts.entries()];
  listening = new Set();
  return { sent, recv, missed };
}

/** Every phone (or those listed) taps its dots one by one, each tap acknowledged before the next. */
async function vote(a: {
  startAt: number;
  spreadMs: number;
  gapMs: number;
  dots: number;
  maxPer: number;
  only?: number[];
}) {
  const only = a.only ? new Set(a.only) : null;
  const out = { latencies: {} as Record<number, number[]>, errors: [] as string[], lastAckAt: 0 };
  await Promise.all(
    [...phones.values()]
      .filter((p) => p.socket && (!only || only.has(p.idx)))
      .map(async (p) => {
        const rnd = random(p.idx + 1);
        await sleep(Math.max(0, a.startAt + rnd() * a.spreadMs - hr()));
        const r = await votePhone(p, rnd, a);
        out.latencies[p.w] = [...(out.latencies[p.w] ?? []), ...r.latencies];
        out.errors.push(...r.errors);
        out.lastAckAt = Math.max(out.lastAckAt, r.lastAckAt);
      }),
  );
  return out;
}

/** Every phone's last acknowledged allocation, for the check against SQLite. */
const acked = () =>
  [...phones.values()].flatMap((p) =>
    p.acked ? [[p.participantId, p.acked, p.w] as [string, Record<string, number>, number]] : [],
  );

/**
 * All phones lose the network at once, then come back at `at` (spread over `spreadMs`), holding
 * the document as it was (`stateVectors` per workshop); every `offlineEvery`th phone also brings
 * an edit made while offline. Resynced = Socket.IO synced and the Yjs sync answered.
 */
async function storm(a: {
  dropAt: number;
  at: number;
  spreadMs: number;
  stateVectors: Uint8Array[];
  offlineEvery: number;
  offlineBase: number;
}) {
  await sleep(Math.max(0, a.dropAt - hr()));
  const all = [...phones.values()];
  for (const p of all) dropPhone(p);
  const times: Array<[number, number]> = [];
  const bytes: number[] = [];
  const yjsBytes: number[] = [];
  const failures: string[] = [];
  let mineMismatch = 0;
  const offline: number[] = [];
  await Promise.all(
    all.map(async (p, i) => {
      const offlineEdit =
        a.offlineEvery > 0 && p.idx % a.offlineEvery === 0
          ? typistOf(p).type(keyFor(p), `{e${a.offlineBase + p.idx}} `)
          : undefined;
      if (offlineEdit) offline.push(a.offlineBase + p.idx);
      // A real client holds its offline edit and sends it from its own document.
      if (offlineEdit && p.real) Y.applyUpdate(p.real, offlineEdit);
      await sleep(Math.max(0, a.at + (i / all.length) * a.spreadMs - hr()));
      const t0 = hr();
      try {
        const sv = a.stateVectors[p.w];
        const c = await connectPhone(p, {
          ...(sv ? { stateVector: sv } : {}),
          ...(offlineEdit ? { offline: offlineEdit } : {}),
        });
        times.push([t0, hr()]);
        bytes.push(c.bytes);
        yjsBytes.push(c.yjsBytes);
        // The phone's own votes come back with the snapshot exactly as last acknowledged.
        if (JSON.stringify(sortKeys(c.mine ?? {})) !== JSON.stringify(sortKeys(p.acked ?? {})))
          mineMismatch += 1;
      } catch (error) {
        failures.push(`#${p.idx}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return { times, bytes, yjsBytes, failures, mineMismatch, offline };
}

const keyFor = (p: { idx: number; w: number }) => {
  const keys = held.workshops[p.w]?.keys ?? [];
  return keys[p.idx % keys.length] ?? '';
};

const sortKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));

serve({
  setup: (s: { base: string; workshops: HeldWorkshop[] }) => {
    closeAll();
    held.base = s.base;
    held.workshops = s.workshops;
    return null;
  },
  join,
  coedit,
  vote,
  acked,
  storm,
  typeStart: startTyping,
  typeTake: takeTyping,
  typeStop: stopTyping,
  /** This process's own CPU time (process.cpuUsage: user + system), in ms, and when it was read. */
  cpu: () => {
    const u = process.cpuUsage();
    return { ms: (u.user + u.system) / 1000, at: hr() };
  },
  texts: () => [...phones.values()].flatMap((p) => (p.real ? [{ w: p.w, texts: textsOf(p.real) }] : [])),
  /** Per workshop and text, the characters the phones here wrote that are still there. */
  own: () => {
    const out: Record<string, number> = {};
    for (const p of phones.values()) {
      if (!p.typist) continue;
      for (const key of held.workshops[p.w]?.keys ?? []) {
        const n = p.typist.own(key);
        if (n) out[`${p.w}/${key}`] = (out[`${p.w}/${key}`] ?? 0) + n;
      }
    }
    return out;
  },
  refused: () => [...phones.values()].reduce((n, p) => n + p.refused + (p.yjs?.refused ?? 0), 0),
  close: () => {
    closeAll();
    return null;
  },
});
