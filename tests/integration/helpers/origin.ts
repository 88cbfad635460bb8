/**
 * The Origin a page served from `url` sends (`ws:`/`wss:` addresses map to their `http:`/`https:`
 * page). The server refuses handshakes and state-changing requests without one
 * (server/auth/origin.ts), so every client a test builds sends it, as a browser would.
 */
export const originOf = (url: string): string => new URL(url.replace(/^ws/, 'http')).origin;

/** Headers with the cookie (when there is one) and the Origin of `url`'s page. */
export function pageHeaders(url: string, cookie: string | null | undefined): Record<string, string> {
  return cookie ? { cookie, origin: originOf(url) } : { origin: originOf(url) };
}
