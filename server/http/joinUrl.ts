import os from 'node:os';
import type { Request } from 'express';
import { AppError } from './errors.ts';

const LOOPBACK = /^(127\.|::1$)/;

/**
 * This request's origin, but only when its Host names the address and port the connection
 * actually reached (`192.168.1.20:3000` on a venue network, `localhost:3000`, the machine's own
 * name); null otherwise. Anyone can send any Host, and a join link or QR code must never point
 * people at another site. Behind a proxy or under a DNS name, SAMSYN_PUBLIC_URL says it instead.
 */
export function ownOrigin(req: Request): string | null {
  const host = req.get('host');
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return null;
  }
  if (Number(url.port || 80) !== req.socket.localPort) return null;
  const name = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const local = (req.socket.localAddress ?? '').replace(/^::ffff:/, '').toLowerCase();
  const machine = os.hostname().toLowerCase();
  const own =
    name === local ||
    (name === 'localhost' && LOOPBACK.test(local)) ||
    name === machine ||
    name === `${machine}.local`;
  return own ? url.origin : null;
}

/** The join link: the configured public URL, else this server's own origin, else relative. */
export function joinUrlFor(publicUrl: string | null, req: Request, code: string): string {
  return `${publicUrl ?? ownOrigin(req) ?? ''}/j/${code}`;
}

/** A QR code is read by a phone that knows no origin: it needs an absolute link we trust. */
export function absoluteJoinUrl(publicUrl: string | null, req: Request, code: string): string {
  const base = publicUrl ?? ownOrigin(req);
  if (base === null) throw new AppError('PUBLIC_URL_NEEDED');
  return `${base}/j/${code}`;
}
