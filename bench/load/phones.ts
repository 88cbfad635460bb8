import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { hr, sleep } from '../lib/proc.ts';
import { connectSocket, joinHttp, socketBytes } from './samsynParticipant.ts';
import { Typist } from './typist.ts';
import { YjsClient } from './yjsClient.ts';

/** One workshop of a load-held scenario, as the generators need it. */
export interface HeldWorkshop {
  workshopId: string;
  code: string;
  /** The list co-edited (its document); `votedListId` is the one dot voting counts. */
  listId: string;
  votedListId: string;
  dotsId: string;
  yjsUrl: string;
  seed: Uint8Array;
  keys: string[];
  priorityIds: string[];
}

/** A phone: its identity survives a drop, its connections do not. */
export interface Phone {
  idx: number;
  w: number;
  cookie: string;
  participantId: string;
  real: Y.Doc | null;
  yjs: YjsClient | null;
  socket: Socket | null;
  typist: Typist | null;
  /** The allocation of its last acknowledged vote. */
  acked: Record<string, number> | null;
  /** Yjs writes the server refused on connections already closed. */
  refused: number;
}

const TIMEOUT_MS = 30_000;
export const phones = new Map<number, Phone>();
export const held: { base: string; workshops: HeldWorkshop[] } = { base: '', workshops: [] };
let listener: (p: Phone, editId: number, at: number) => void = () => {};

/** Where edit receipts go (the marker ids found in updates each phone receives). */
export const onEdit = (l: typeof listener) => {
  listener = l;
};

export const workshopOf = (p: Phone): HeldWorkshop => {
  const w = held.workshops[p.w];
  if (!w) throw new Error(`no workshop ${p.w}`);
  return w;
};

export const typistOf = (p: Phone): Typist => {
  p.typist ??= new Typist(workshopOf(p).seed);
  return p.typist;
};

/**
 * Joins over HTTP as the phone does; a 429 (the workshop's join ceiling per minute) is waited
 * out until `retryUntil`, so a scenario can fill a workshop beyond one minute's ceiling.
 */
export async function joinPhone(m: { idx: number; w: number; real: boolean }, retryUntil: number) {
  const t0 = hr();
  const w = held.workshops[m.w];
  if (!w) throw new Error(`no workshop ${m.w}`);
  for (;;) {
    try {
      const j = await joinHttp(held.base, w.code, m.idx, TIMEOUT_MS);
      const p: Phone = {
        idx: m.idx,
        w: m.w,
        cookie: j.cookie,
        participantId: j.participantId,
        real: m.real ? new Y.Doc() : null,
        yjs: null,
        socket: null,
        typist: null,
        acked: null,
        refused: 0,
      };
      phones.set(m.idx, p);
      const c = await connectPhone(p, {});
      return { idx: m.idx, w: m.w, t0, t1: hr(), bytes: j.bytes + c.bytes };
    } catch (error) {
      const limited = error instanceof Error && error.message.startsWith('join 429');
      if (!limited || hr() > retryUntil) throw error;
      await sleep(2_000 + Math.random() * 1_000);
    }
  }
}

/** Opens the phone's two connections and waits until both are synced. */
export async function connectPhone(p: Phone, o: { stateVector?: Uint8Array; offline?: Uint8Array }) {
  const w = workshopOf(p);
  const yjs = new YjsClient({
    url: w.yjsUrl,
    docName: w.listId,
    dialect: 'yws',
    headers: { cookie: p.cookie },
    syncWithServer: true,
    onEdit: (id, at) => listener(p, id, at),
    ...(p.real ? { doc: p.real } : {}),
    ...(o.stateVector ? { stateVector: o.stateVector } : {}),
    ...(o.offline ? { offline: o.offline } : {}),
  });
  p.yjs = yjs;
  const [sock] = await Promise.all([
    connectSocket(held.base, w.workshopId, p.cookie, TIMEOUT_MS),
    yjs.ready(TIMEOUT_MS),
  ]);
  p.socket = sock.socket;
  const yjsBytes = yjs.bytesRead();
  const sioBytes = socketBytes(sock.socket);
  return { bytes: yjsBytes + sioBytes, yjsBytes, sioBytes, mine: sock.mine[w.dotsId] ?? null };
}

/** As when a phone loses its network: the TCP connections end with no close handshake. */
export function dropPhone(p: Phone): void {
  p.refused += p.yjs?.refused ?? 0;
  p.yjs?.close();
  const transport = p.socket?.io.engine?.transport as unknown as { ws?: { _socket?: { destroy(): void } } };
  transport?.ws?._socket?.destroy();
  p.socket?.disconnect();
  p.yjs = null;
  p.socket = null;
}

/** Sends a phone's own edit; a real client applies it too, since the server does not echo it. */
export function send(p: Phone, update: Uint8Array): void {
  if (p.real) Y.applyUpdate(p.real, update);
  p.yjs?.sendUpdate(update);
}

export function closeAll(): void {
  for (const p of phones.values()) {
    p.socket?.disconnect();
    p.yjs?.close();
  }
  phones.clear();
}
