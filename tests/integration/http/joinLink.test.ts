import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { Harness } from '../helpers/harness.ts';
import { createWorkshop, login } from '../helpers/http.ts';

/** A GET with a Host header of our choosing (fetch would send the real one). */
function getWithHost(url: string, host: string, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { host, cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

describe('join links without SAMSYN_PUBLIC_URL', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  const setup = async (env: Record<string, string> = {}) => {
    const { app } = await h.start({ env });
    // With a public URL our pages are served from there, so that is the Origin they send.
    const origin = env.SAMSYN_PUBLIC_URL;
    const cookie = await login(app.url, origin);
    const { workshop } = await createWorkshop(app.url, cookie, [], undefined, undefined, origin);
    const joinUrlWith = async (host: string) => {
      const res = await getWithHost(`${app.url}/api/workshops/${workshop.id}`, host, cookie);
      return (JSON.parse(res.body) as CreatedWorkshop).joinUrl;
    };
    const qrWith = (host: string) =>
      getWithHost(`${app.url}/api/workshops/${workshop.id}/qr.svg`, host, cookie);
    return { port: app.port, code: workshop.code, joinUrlWith, qrWith };
  };

  it('builds the link from a Host that names the address and port the connection reached', async () => {
    const { port, code, joinUrlWith, qrWith } = await setup();
    expect(await joinUrlWith(`127.0.0.1:${port}`)).toBe(`http://127.0.0.1:${port}/j/${code}`);
    expect(await joinUrlWith(`localhost:${port}`)).toBe(`http://localhost:${port}/j/${code}`);
    expect((await qrWith(`127.0.0.1:${port}`)).status).toBe(200);
  });

  it('gives a relative link and refuses the QR code when the Host is forged', async () => {
    const { port, code, joinUrlWith, qrWith } = await setup();
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `user@evil.example`,
    ]) {
      expect(await joinUrlWith(host)).toBe(`/j/${code}`);
      expect(await qrWith(host)).toEqual({
        status: 409,
        body: JSON.stringify({ error: { code: 'PUBLIC_URL_NEEDED' } }),
      });
    }
  });

  it('ignores the Host when SAMSYN_PUBLIC_URL is set', async () => {
    const { code, joinUrlWith, qrWith } = await setup({ SAMSYN_PUBLIC_URL: 'https://samsyn.region.se' });
    expect(await joinUrlWith('evil.example')).toBe(`https://samsyn.region.se/j/${code}`);
    expect((await qrWith('evil.example')).status).toBe(200);
  });
});
