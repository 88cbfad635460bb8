/**
 * Engine.IO parses the server's address with a long regular expression kept for browsers without
 * `URL`; every browser we support has it, and the phone's download is at its budget
 * (docs/performance.md). vite.config.ts points Engine.IO's import here. It returns the fields
 * Socket.IO and Engine.IO read (protocol without its colon, host without IPv6 brackets, port ''
 * when not written, path, query without its `?`), for the addresses they pass: with or without a
 * scheme, or a bare host.
 */
export interface ParsedUri {
  source: string;
  protocol: string;
  authority: string;
  host: string;
  port: string;
  path: string;
  query: string;
  anchor: string;
  ipv6uri?: boolean;
}

export function parse(source: string): ParsedUri {
  if (source.length > 8000) throw new Error('URI too long');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
  const u = new URL(hasScheme ? source : `http://${source}`);
  const ipv6 = u.hostname.startsWith('[');
  return {
    source,
    protocol: hasScheme ? u.protocol.slice(0, -1) : '',
    authority: u.host,
    host: ipv6 ? u.hostname.slice(1, -1) : u.hostname,
    // URL drops a port that is the scheme's default; Socket.IO fills the default in again.
    port: u.port,
    path: u.pathname,
    query: u.search.slice(1),
    anchor: u.hash.slice(1),
    ...(ipv6 ? { ipv6uri: true } : {}),
  };
}
