import type { IncomingMessage } from 'node:http';

/**
 * Whether a request may come from the page that sent it. Cookies are SameSite=Lax, which stops
 * other *sites* but not another origin of the same site (`evil.example.se` next to
 * `samsyn.example.se`, or another port): browsers send our cookies on its WebSocket handshakes
 * and same-site requests. So the Origin header must name where our own pages are served:
 * the public URL when one is configured, else this request's own host.
 *
 * A request without an Origin header is refused too (issue 8). Every browser we serve sends one on
 * WebSocket handshakes and on every POST/DELETE `fetch` (our client sends nothing else that
 * changes state), so only a non-browser client omits it, and such a client can send ours: our
 * scripts, tests and load generators do. Refusing it leaves no path around the rule (an old
 * browser's form post, a proxy that drops the header) and makes the rule one line to state.
 * `Origin: null` (sandboxed frames, file pages, form posts under `Referrer-Policy: no-referrer`)
 * is refused as well.
 */
export function originAllowed(req: IncomingMessage, publicUrl: string | null): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
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
