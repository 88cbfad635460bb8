import net from 'node:net';

/** What Express's `trust proxy` setting takes, in the forms Samsyn accepts. */
export type TrustProxy = boolean | number | string[];

/** proxy-addr's names for address ranges. */
const RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isSubnet = (entry: string): boolean => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

/**
 * SAMSYN_TRUST_PROXY → Express `trust proxy`: digits are a hop count (`1` = one reverse proxy
 * in front; as a string Express would read it as the address 1), `true`/`false` as such, else a
 * comma-separated list of addresses, subnets or range names. Returns an error text for anything
 * else, so a typo stops start-up with a message instead of a stack trace or a silent mistrust.
 */
export function parseTrustProxy(raw: string): { ok: true; value: TrustProxy } | { ok: false; error: string } {
  const value = raw.trim();
  if (/^\d+$/.test(value)) return { ok: true, value: Number(value) };
  if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !RANGES.has(e) && !isSubnet(e));
  if (value === '' || bad.length > 0) {
    return {
      ok: false,
      error: `SAMSYN_TRUST_PROXY: expected a hop count (e.g. 1), true, false, or addresses/subnets (e.g. loopback, 10.0.0.0/8); not understood: ${bad.map((b) => JSON.stringify(b)).join(', ') || '""'}`,
    };
  }
  return { ok: true, value: entries };
}
