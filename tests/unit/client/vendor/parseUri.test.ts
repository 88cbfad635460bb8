import { parse as engineParse } from 'engine.io-client';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../client/vendor/parseUri.ts';

/** What Socket.IO and Engine.IO read of a parsed address (socket.io-client url.js, engine.io-client socket.js). */
const used = (u: { protocol: string; host: string; port: string; path: string; query: string }) => ({
  protocol: u.protocol,
  host: u.host,
  port: u.port,
  // url.js turns an empty path into '/'.
  path: u.path || '/',
  query: u.query,
});

describe('the phone build’s address parser (client/vendor/parseUri.ts)', () => {
  it.each([
    'https://samsyn.example.se',
    'https://samsyn.example.se:8443/',
    'http://localhost:4393',
    'http://127.0.0.1:3000/?a=1&b=2',
    'samsyn.example.se',
    'localhost:3000',
    'https://[::1]:3000/x?y=z',
    'wss://h.example/socket.io/',
    'https://user:pw@h.example:444/p#frag',
  ])('reads %s as Engine.IO’s own parser does', (address) => {
    expect(used(parse(address))).toEqual(used(engineParse(address)));
  });

  it('refuses an address over 8,000 characters, as Engine.IO does', () => {
    expect(() => parse(`https://h.example/${'a'.repeat(8000)}`)).toThrow();
  });
});
