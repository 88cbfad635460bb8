import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../server/createServer.ts';
import { LOGIN_FAILURES } from '../../../server/http/rateLimits.ts';
import { originOf } from '../helpers/origin.ts';
import { ADMIN, startApp } from '../helpers/server.ts';

async function loginFrom(
  url: string,
  body: { email: string; password: string },
  client?: string,
): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: originOf(url) };
  if (client) headers['x-forwarded-for'] = client;
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify(body) });
  await res.arrayBuffer();
  return res.status;
}

const wrong = { email: ADMIN.email, password: 'inte rätt lösenord' };

describe('http/authRouter limits on wrong logins', () => {
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  async function server(): Promise<string> {
    // One proxy hop, so each test can speak from several client addresses.
    const { app } = await startApp({ env: { SAMSYN_TRUST_PROXY: '1' } });
    apps.push(app);
    return app.url;
  }

  it('limits wrong passwords per account, whichever address they come from', async () => {
    const url = await server();
    for (let i = 0; i < LOGIN_FAILURES; i++) await loginFrom(url, wrong, `198.51.100.${i + 1}`);

    expect(await loginFrom(url, wrong, '203.0.113.9')).toBe(429);
    expect(await loginFrom(url, { email: 'annan@example.se', password: 'x'.repeat(12) }, '203.0.113.9')).toBe(
      401,
    );
    expect(await loginFrom(url, ADMIN, '203.0.113.9')).toBe(200);
  });

  it('limits wrong logins per address, whichever account they name, yet lets the right password in', async () => {
    const url = await server();
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_FAILURES; i++) {
      const other = { email: `konto${i}@example.se`, password: 'x'.repeat(12) };
      statuses.push(await loginFrom(url, other, '198.51.100.7'));
    }

    expect(statuses.every((s) => s === 401)).toBe(true);
    expect(await loginFrom(url, wrong, '198.51.100.7')).toBe(429);
    expect(await loginFrom(url, ADMIN, '198.51.100.7')).toBe(200);
    expect(await loginFrom(url, wrong, '198.51.100.7')).toBe(429);
  });
});
