import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { originOf } from '../lib/origin.ts';

const SECTORS = ['public', 'business', 'academia', 'civil', 'other', 'undisclosed'] as const;

/** Response size as it crossed the wire, near enough: status line, raw headers and body. */
function httpBytes(res: Response, body: string): number {
  let headers = 0;
  res.headers.forEach((v, k) => {
    headers += k.length + v.length + 4;
  });
  return 17 + headers + Buffer.byteLength(body);
}

/** What a phone does after scanning the QR code: preview the workshop, then join it. */
export async function joinHttp(base: string, code: string, idx: number, timeoutMs: number) {
  const signal = AbortSignal.timeout(timeoutMs);
  // Each phone from its own address, as a reverse proxy reports it (the bench server trusts
  // loopback): the per-address join ceiling is for one hall's Wi-Fi, not for a county's phones.
  const forwarded = { 'x-forwarded-for': addressOf(idx) };
  const preview = await fetch(`${base}/api/join/${code}`, { signal, headers: forwarded });
  const previewBody = await preview.text();
  if (!preview.ok) throw new Error(`preview ${preview.status}`);
  const res = await fetch(`${base}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: originOf(base), ...forwarded },
    body: JSON.stringify({ code, sector: SECTORS[idx % SECTORS.length], displayName: `P${idx}` }),
    signal,
  });
  const body = await res.text();
  if (res.status !== 201) throw new Error(`join ${res.status} ${body}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const profile = JSON.parse(body) as { id: string };
  return { cookie, participantId: profile.id, bytes: httpBytes(preview, previewBody) + httpBytes(res, body) };
}

/** A distinct private address (10.0.0.0/8) per participant index. */
export const addressOf = (idx: number) => `10.${(idx >> 16) & 255}.${(idx >> 8) & 255}.${idx & 255}`;

/** Socket.IO as the participant view connects: websocket only, then `workshop:sync`. */
export async function connectSocket(base: string, workshopId: string, cookie: string, timeoutMs: number) {
  const socket = io(base, {
    auth: { workshopId, role: 'participant', v: PROTOCOL_VERSION },
    extraHeaders: { cookie, origin: originOf(base) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true, // otherwise socket.io-client multiplexes every participant over one connection
    timeout: timeoutMs,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (e) => reject(new Error(`socket: ${e.message}`)));
  });
  const ack = (await socket.timeout(timeoutMs).emitWithAck('workshop:sync', {})) as {
    ok: boolean;
    data?: { mine?: Record<string, unknown> };
  };
  if (!ack.ok) throw new Error(`workshop:sync ${JSON.stringify(ack)}`);
  return { socket, snapshotBytes: Buffer.byteLength(JSON.stringify(ack)), mine: ack.data?.mine ?? {} };
}

/** Wire bytes received by the Socket.IO connection (engine.io keeps its `ws` on the transport). */
export function socketBytes(socket: Socket): number {
  const transport = socket.io.engine?.transport as unknown as { ws?: { _socket?: { bytesRead: number } } };
  return transport?.ws?._socket?.bytesRead ?? 0;
}
