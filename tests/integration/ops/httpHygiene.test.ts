import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../helpers/childServer.ts';
import { createWorkshop, login } from '../helpers/http.ts';
import { tempDir } from '../helpers/server.ts';

/** A built client in miniature: an index, a hashed script and its source maps. */
function clientDir(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Samsyn</title>');
  fs.writeFileSync(
    path.join(dir, 'assets/app-abc123.js'),
    'console.log(1);\n//# sourceMappingURL=app-abc123.js.map',
  );
  fs.writeFileSync(path.join(dir, 'assets/app-abc123.js.map'), '{"version":3,"sources":["secret.ts"]}');
  fs.writeFileSync(path.join(dir, 'sw.js.map'), '{"version":3,"sources":["sw.ts"]}');
  return dir;
}

const get = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init });

describe('HTTP hygiene', () => {
  let server: ChildServer;
  let withMaps: ChildServer;
  const client = clientDir();
  beforeAll(async () => {
    ensureServerBuild();
    server = await startChild(await freePort(), tempDir(), { SAMSYN_CLIENT_DIR: client });
    withMaps = await startChild(await freePort(), tempDir(), {
      SAMSYN_CLIENT_DIR: client,
      SAMSYN_SERVE_SOURCE_MAPS: 'true',
    });
  }, 180_000);
  afterAll(async () => {
    await killHard(server);
    await killHard(withMaps);
  });

  it('marks every /api answer nosniff and no-store: JSON, refusals, exports and the QR', async () => {
    const cookie = await login(server.url);
    const { workshop } = await createWorkshop(server.url, cookie, ['Ett']);
    const answers = {
      health: await get(`${server.url}/api/health`),
      about: await get(`${server.url}/api/about`),
      notFound: await get(`${server.url}/api/nothing-here`),
      unauthenticated: await get(`${server.url}/api/workshops`),
      workshop: await get(`${server.url}/api/workshops/${workshop.id}`, { headers: { cookie } }),
      csv: await get(`${server.url}/api/workshops/${workshop.id}/export.csv`, { headers: { cookie } }),
      markdown: await get(`${server.url}/api/workshops/${workshop.id}/export.md`, { headers: { cookie } }),
      qr: await get(`${server.url}/api/workshops/${workshop.id}/qr.svg`, { headers: { cookie } }),
    };
    const seen = Object.fromEntries(
      Object.entries(answers).map(([name, res]) => [
        name,
        [res.headers.get('x-content-type-options'), res.headers.get('cache-control')],
      ]),
    );
    const wanted = Object.fromEntries(Object.keys(answers).map((name) => [name, ['nosniff', 'no-store']]));
    expect(seen).toEqual(wanted);
  });

  it('does not serve source maps unless SAMSYN_SERVE_SOURCE_MAPS says so', async () => {
    const paths = ['/assets/app-abc123.js.map', '/sw.js.map'];
    const statuses = async (base: string) =>
      Promise.all(paths.map(async (p) => (await get(`${base}${p}`)).status));
    expect(await statuses(server.url)).toEqual([404, 404]);
    expect((await get(`${server.url}/assets/app-abc123.js`)).status).toBe(200);
    expect(await statuses(withMaps.url)).toEqual([200, 200]);
  });

  it('answers malformed paths 400 with the stable body and logs one line without a stack', async () => {
    const cookie = await login(server.url);
    const before = server.output().length;
    const paths = ['/api/workshops/%E0%A4%A', '/api/%E0%A4%A', '/%', '/assets/%E0%A4%A', '/j/%zz'];
    const answers = await Promise.all(
      paths.map(async (p) => {
        const res = await get(`${server.url}${p}`, { headers: { cookie } });
        const text = await res.text();
        return { status: res.status, body: text.startsWith('{') ? (JSON.parse(text) as unknown) : text };
      }),
    );
    expect(answers).toEqual(
      paths.map(() => ({ status: 400, body: { error: { code: 'VALIDATION', fields: ['(path)'] } } })),
    );
    const logged = server.output().slice(before).trim().split('\n');
    expect(logged).toHaveLength(paths.length);
    for (const line of logged) expect(line).not.toMatch(/\n| {4}at /);
  });
});
