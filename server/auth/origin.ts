import type { IncomingMessage } from 'node:http';

/**
 * Whether a request may come from the page that sent it. Cookies are SameSite=Lax, which stops
 * other *sites* but not another origin of the same site (`evil.example.se` next to
 * `samsyn.example.se`, or another port): browsers send our cookies on its WebSocket handshakes
 * and same-site requests. So the Origin header must name where our own pages are served:
 * the public URL when one is configured, else this request's own host.
 *
 * A request without an Origin header is refused too (issue 8), with one exception that browsers
 * force on us. Every browser sends Origin on a WebSocket handshake and on every POST/DELETE
 * `fetch` (our client sends nothing else that changes state), so there a missing Origin is refused.
 * But a page's own same-origin GET carries no Origin, and Socket.IO's first handshake is such a GET
 * (the polling transport): it passes when `Sec-Fetch-Site` says `same-origin` (a browser sets it
 * and no page can forge it) or is absent (browsers before 2023, such as older iPhones' Safari,
 * which we serve). Another page's GET that lacks Origin is an opaque no-cors request: it cannot
 * read the session id it opens, and a browser that sends `Sec-Fetch-Site` says `same-site` or
 * `cross-site` there, which is refused. `Origin: null` (sandboxed frames, file pages, form posts
 * under `Referrer-Policy: no-referrer`) is refused as well.
 */
export function originAllowed(req: IncomingMessage, publicUrl: string | null): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return ownPagesGet(req);
  let given: URL;
  try {
    given = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl !== null) return given.origin === new URL(publicUrl).origin;
  // Without a public URL the scheme is unknown here (a proxy may end TLS), so the host decides.
  const host = req.headers.host;
  return host !== undefined && given.host === host.toLowerCase();
}

/** A GET (not a WebSocket upgrade) that a browser says its own page sent, or an older browser's. */
function ownPagesGet(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || req.headers.upgrade !== undefined) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}
