/**
 * The Origin a Samsyn page at `url` sends (`ws:`/`wss:` map to their `http:`/`https:` page). The
 * server refuses handshakes and state-changing requests without a same-origin one
 * (server/auth/origin.ts), so every load generator sends it, as the phones' browsers do.
 */
export const originOf = (url: string): string => new URL(url.replace(/^ws/, 'http')).origin;
