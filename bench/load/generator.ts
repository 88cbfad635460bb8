import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { hr, sleep } from '../lib/proc.ts';
import { serve } from '../lib/rpc.ts';
import { connectSocket, joinHttp, socketBytes } from './samsynParticipant.ts';
import { type Dialect, Editor, textsOf, YjsClient } from './yjsClient.ts';

/**
 * A load-generator process: holds a share of the participants and runs the workloads the
 * orchestrator asks for. Every wait is bounded; timestamps are CLOCK_MONOTONIC milliseconds.
 */
export interface Setup {
  base: string; // http://127.0.0.1:port (Samsyn only)
  yjsUrl: string;
  docName: string;
  dialect: Dialect;
  syncWithServer: boolean;
  samsyn: { workshopId: string; code: string; listId: string; dotsId: string } | null;
  seed: Uint8Array;
}
export interface Edit {
  id: number;
  at: number;
  by: number;
  key: string;
}
interface Participant {
  idx: number;
  yjs: YjsClient;
  socket: Socket | null;
  participantId: string | null;
  editor: Editor | null;
  doc: Y.Doc | null;
}

const TIMEOUT_MS = 30_000;
let setup: Setup;
const people = new Map<number, Participant>();
let receipts = new Map<number, number[]>();
let senders = new Map<number, number>();

function onEdit(receiver: number) {
  return (editId: number, at: number) => {
    if (senders.get(editId) === receiver) return; // Hocuspocus echoes an update to its sender
    const list = receipts.get(editId);
    if (list) list.push(at);
    else receipts.set(editId, [at]);
  };
}

async function joinOne(idx: number, editor: boolean, real: boolean) {
  const t0 = hr();
  let cookie = '';
  let participantId: string | null = null;
  let httpBytes = 0;
  if (setup.samsyn) {
    ({
      cookie,
      participantId,
      bytes: httpBytes,
    } = await joinHttp(setup.base, setup.samsyn.code, idx, TIMEOUT_MS));
  }
  const tHttp = hr();
  const doc = real ? new Y.Doc() : null;
  if (doc && !setup.syncWithServer) Y.applyUpdate(doc, setup.seed);
  const yjs = new YjsClient({
    url: setup.yjsUrl,
    docName: setup.docName,
    dialect: setup.dialect,
    headers: cookie ? { cookie } : {},
    syncWithServer: setup.syncWithServer,
    onEdit: onEdit(idx),
    ...(doc ? { doc } : {}),
  });
  const person: Participant = { idx, yjs, socket: null, participantId, editor: null, doc };
  people.set(idx, person);
  const [sock] = await Promise.all([
    setup.samsyn ? connectSocket(setup.base, setup.samsyn.workshopId, cookie, TIMEOUT_MS) : null,
    yjs.ready(TIMEOUT_MS),
  ]);
  const t1 = hr();
  person.socket = sock?.socket ?? null;
  if (editor) person.editor = new Editor(setup.seed);
  const sioBytes = person.socket ? socketBytes(person.socket) : 0;
  const bytes = httpBytes + yjs.bytesRead() + sioBytes;
  return {
    idx,
    t0,
    tHttp,
    t1,
    bytes,
    httpBytes,
    sioBytes,
    docBytes: yjs.docBytes,
    snapshotBytes: sock?.snapshotBytes ?? 0,
  };
}

async function connect(a: {
  indices: number[];
  startAt: number;
  spreadMs: number;
  total: number;
  editors: number[];
  real: number[];
}) {
  const editors = new Set(a.editors);
  const real = new Set(a.real);
  const joins: Awaited<ReturnType<typeof joinOne>>[] = [];
  const failures: string[] = [];
  await Promise.all(
    a.indices.map(async (idx) => {
      await sleep(Math.max(0, a.startAt + (idx / a.total) * a.spreadMs - hr()));
      try {
        joins.push(await joinOne(idx, editors.has(idx), real.has(idx)));
      } catch (error) {
        // fetch hides the socket error in `cause` (e.g. ECONNRESET, UND_ERR_CONNECT_TIMEOUT).
        const cause =
          error instanceof Error && error.cause instanceof Error
            ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})`
            : '';
        failures.push(`#${idx}: ${error instanceof Error ? error.message : String(error)}${cause}`);
      }
    }),
  );
  return { joins, failures };
}

async function coedit(a: { edits: Edit[]; settleMs: number }) {
  receipts = new Map();
  senders = new Map(a.edits.map((e) => [e.id, e.by]));
  const expected = (e: Edit) => people.size - (people.has(e.by) ? 1 : 0);
  const sent: Array<[number, number]> = [];
  const local = a.edits.filter((e) => people.get(e.by)?.editor);
  const sending = local.map(async (e) => {
    await sleep(Math.max(0, e.at - hr()));
    const p = people.get(e.by);
    if (!p?.editor) return;
    const update = p.editor.edit(e.id, e.key);
    sent.push([e.id, hr()]);
    p.yjs.sendUpdate(update);
  });
  await Promise.all(sending);
  const deadline = hr() + a.settleMs;
  const complete = () => a.edits.every((e) => (receipts.get(e.id)?.length ?? 0) >= expected(e));
  while (!complete() && hr() < deadline) await sleep(5);
  let missed = 0;
  for (const e of a.edits) missed += Math.max(0, expected(e) - (receipts.get(e.id)?.length ?? 0));
  return { sent, recv: [...receipts.entries()], missed };
}

/** Seeded, so every run places the same dots. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Each participant taps its dots one by one, as the phone does: every tap sends the whole
 * allocation so far and waits for its ack before the next tap.
 */
async function vote(a: {
  startAt: number;
  spreadMs: number;
  gapMs: number;
  dots: number;
  maxPer: number;
  priorityIds: string[];
  dotsId: string;
}) {
  const latencies: number[] = [];
  const errors: string[] = [];
  const acked: Array<[string, Record<string, number>]> = [];
  let lastAckAt = 0;
  await Promise.all(
    [...people.values()].map(async (p) => {
      if (!p.socket || !p.participantId) return;
      const rnd = random(p.idx + 1);
      await sleep(Math.max(0, a.startAt + rnd() * a.spreadMs - hr()));
      const allocation: Record<string, number> = {};
      let last: Record<string, number> = {};
      for (let d = 0; d < a.dots; d++) {
        let id = a.priorityIds[Math.floor(rnd() * a.priorityIds.length)] ?? '';
        for (let tries = 0; (allocation[id] ?? 0) >= a.maxPer && tries < 100; tries++)
          id = a.priorityIds[Math.floor(rnd() * a.priorityIds.length)] ?? '';
        allocation[id] = (allocation[id] ?? 0) + 1;
        const t = hr();
        try {
          const ack = (await p.socket.timeout(TIMEOUT_MS).emitWithAck('activity:respond', {
            activityId: a.dotsId,
            value: { allocation: { ...allocation } },
          })) as
            | { ok: true; data: { allocation: Record<string, number> } }
            | { ok: false; error: { code: string } };
          const now = hr();
          latencies.push(now - t);
          lastAckAt = Math.max(lastAckAt, now);
          if (ack.ok) last = ack.data.allocation;
          else errors.push(ack.error.code);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
        await sleep(a.gapMs);
      }
      acked.push([p.participantId, last]);
    }),
  );
  return { latencies, errors, acked, lastAckAt };
}

serve({
  setup: (s: Setup) => {
    setup = s;
    people.clear();
    return null;
  },
  connect,
  coedit,
  vote,
  /** Wire bytes received by every connection so far; the idle phase takes the difference. */
  bytes: () => {
    let total = 0;
    for (const p of people.values()) total += p.yjs.bytesRead() + (p.socket ? socketBytes(p.socket) : 0);
    return total;
  },
  texts: () => [...people.values()].flatMap((p) => (p.doc ? [textsOf(p.doc)] : [])),
  refused: () => [...people.values()].reduce((n, p) => n + p.yjs.refused, 0),
  close: () => {
    for (const p of people.values()) {
      p.socket?.disconnect();
      p.yjs.close();
    }
    people.clear();
    return null;
  },
});
