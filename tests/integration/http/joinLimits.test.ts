import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../server/createServer.ts';
import { JOIN_CODE_MISSES } from '../../../server/http/rateLimits.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { createWorkshop, login } from '../helpers/http.ts';
import { originOf } from '../helpers/origin.ts';
import { startApp } from '../helpers/server.ts';

/** A join as sent through a reverse proxy, which names the client in X-Forwarded-For. */
async function joinFrom(url: string, code: string, client?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: originOf(url) };
  if (client) headers['x-forwarded-for'] = client;
  const res = await fetch(`${url}/api/join`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code, sector: 'other' }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('http/joinRouter limits on wrong codes', () => {
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  async function room(
    env: Record<string, string> = {},
  ): Promise<{ url: string; workshop: CreatedWorkshop['workshop'] }> {
    const { app } = await startApp({ env });
    apps.push(app);
    const { workshop } = await createWorkshop(app.url, await login(app.url));
    return { url: app.url, workshop };
  }

  it('still lets a right code in when the same address has missed too many', async () => {
    const { url, workshop } = await room();
    const statuses: number[] = [];
    for (let i = 0; i < JOIN_CODE_MISSES; i++) statuses.push(await joinFrom(url, 'ZZZZZZZZ'));

    const limited = await joinFrom(url, 'ZZZZZZZZ');
    const right = await joinFrom(url, workshop.code);
    const wrongAgain = await joinFrom(url, 'YYYYYYYY');

    expect(statuses.every((s) => s === 404)).toBe(true);
    expect([limited, right, wrongAgain]).toEqual([429, 201, 429]);
  });

  it('limits the client behind one proxy hop by its own address, not the proxy’s', async () => {
    const { url, workshop } = await room({ SAMSYN_TRUST_PROXY: '1' });
    for (let i = 0; i < JOIN_CODE_MISSES; i++) await joinFrom(url, 'ZZZZZZZZ', '198.51.100.7');

    expect(await joinFrom(url, 'ZZZZZZZZ', '198.51.100.7')).toBe(429);
    expect(await joinFrom(url, 'ZZZZZZZZ', '203.0.113.9')).toBe(404);
    expect(await joinFrom(url, workshop.code, '198.51.100.7')).toBe(201);
  });
});
