import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../shared/protocol/api.ts';
import { api, createFacilitator, join, login } from '../integration/helpers/http.ts';
import { originOf } from '../integration/helpers/origin.ts';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, iterations, type Rng, seeded } from './fuzz/prng.ts';
import { crashLines, startTarget, type Target } from './fuzz/target.ts';
import { deepJson, randomJson, truncate } from './fuzz/values.ts';
import { declaredRoutes } from './routes.ts';

/** A request body of one of the kinds a broken or hostile client sends, with its content type. */
function randomBody(rng: Rng): { kind: string; type: string | null; body: string | Uint8Array | undefined } {
  switch (rng.int(10)) {
    case 0:
      return { kind: 'wrong types', type: 'application/json', body: JSON.stringify(randomJson(rng)) };
    case 1:
      return {
        kind: 'invalid JSON',
        type: 'application/json',
        body: truncate(rng, JSON.stringify({ title: 'x', date: '2025-03-14', code: 'ABCD' })),
      };
    case 2:
      return {
        kind: 'deep nesting',
        type: 'application/json',
        body: deepJson(1000 + rng.int(60_000), rng.chance(0.5)),
      };
    case 3:
      return {
        kind: 'huge',
        type: 'application/json',
        body: JSON.stringify({ title: 'x'.repeat(200_000 + rng.int(200_000)) }),
      };
    case 4:
      return {
        kind: 'prototype keys',
        type: 'application/json',
        body: rng.pick([
          '{"__proto__":{"isAdmin":true,"role":"owner"}}',
          '{"constructor":{"prototype":{"isAdmin":true}}}',
          '{"title":"x","date":"2025-03-14","__proto__":{"polluted":1}}',
          '{"email":"pl@example.se","password":{"__proto__":{"length":1}}}',
          '[{"__proto__":null}]',
        ]),
      };
    case 5:
      return {
        kind: 'wrong content type',
        type: rng.pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'application/json; charset=utf-16',
        ]),
        body: rng.pick([
          'a[__proto__][isAdmin]=1&title=x',
          '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
          '{"title":"x"}',
          '<a/>',
        ]),
      };
    case 6:
      return {
        kind: 'random bytes',
        type: rng.pick(['application/json', 'application/octet-stream']),
        body: rng.bytes(rng.int(2000)),
      };
    case 7:
      return {
        kind: 'empty',
        type: rng.pick(['application/json', null]),
        body: rng.chance(0.5) ? '' : undefined,
      };
    default:
      return { kind: 'random object', type: 'application/json', body: JSON.stringify(randomJson(rng, 3)) };
  }
}

/** Every byte as %XX (encodeURIComponent throws on a lone surrogate, which we want to send too). */
const percentEncoded = (s: string) =>
  [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** A value for a path parameter: sometimes the real one, mostly not. */
function param(rng: Rng, real: string): string {
  return rng.pick([
    real,
    real,
    rng.string(12),
    percentEncoded(rng.string(30)),
    '%E0%A4%A',
    '%',
    '..%2F..%2Fetc%2Fpasswd',
    'a'.repeat(5000),
    '__proto__',
    'constructor',
    '%00',
    '%2e%2e',
  ]);
}

describe('abuse: malformed bodies on every route (child server, seeded)', () => {
  let target: Target;
  let owner: string;
  let plain: string;
  let participant: string;
  let workshop: CreatedWorkshop['workshop'];
  beforeAll(async () => {
    target = await startTarget();
    const url = target.server.url;
    owner = await login(url);
    plain = (await createFacilitator(url, owner, 'vanlig@example.se', 'Vanlig')).cookie;
    const made = await api<CreatedWorkshop>(url, 'POST', '/api/workshops', {
      cookie: plain,
      body: { title: 'Fuzz', date: '2025-03-14', priorities: ['Ett'] },
    });
    workshop = made.body.workshop;
    participant = (await join(url, workshop.code)).cookie;
  }, 90_000);
  afterAll(() => target?.stop());

  it(
    'answers every request with a status below 500 and a body with an error code, and stays up',
    async () => {
      const url = target.server.url;
      const rng = seeded(FUZZ_SEED);
      const n = iterations(2000);
      const routes = declaredRoutes();
      const kinds = new Map<string, number>();
      const statuses = new Map<number, number>();
      const bad: string[] = [];
      const rssBefore = target.rssMiB();
      const probe = target.probe();

      const one = async () => {
        const route = rng.pick(routes);
        let [method, path] = route.split(' ') as [string, string];
        if (rng.chance(0.05)) method = rng.pick(['PUT', 'PATCH', 'OPTIONS', 'HEAD']);
        path = path
          .replace(':id', () => param(rng, workshop.id))
          .replace(':code', () => param(rng, workshop.code))
          .replace(':format', () => rng.pick(['md', 'csv', 'json', 'exe', '']))
          .replace(':facilitatorId', () => param(rng, 'abcdef123'));
        if (rng.chance(0.2))
          path += rng.pick([
            '?lang=xx',
            '?__proto__[isAdmin]=1',
            '?lang[]=sv&lang[]=en',
            `?${rng.string(20)}`,
          ]);
        // Everyone's cookie in turn; logging the owner out would end the run's coverage early.
        const cookie = route.endsWith('/logout')
          ? null
          : rng.pick([owner, plain, participant, null, `samsyn_session=${percentEncoded(rng.string(40))}`]);
        const { kind, type, body } = randomBody(rng);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        // Our own Origin, so state-changing requests get past the Origin rule to the bodies.
        const headers: Record<string, string> = { origin: originOf(url) };
        if (type) headers['content-type'] = type;
        if (cookie) headers.cookie = cookie;
        const init: RequestInit = { method, headers };
        if (body !== undefined && method !== 'GET' && method !== 'HEAD') init.body = body as BodyInit;
        const res = await fetch(`${url}${path}`, init);
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const json = res.headers.get('content-type')?.includes('json');
        const coded = res.status < 400 || method === 'HEAD' || (json && /"code":"[A-Z_]+"/.test(text));
        if (res.status >= 500 || !coded)
          bad.push(`${method} ${path.slice(0, 80)} [${kind}] → ${res.status} ${text.slice(0, 120)}`);
      };
      for (let i = 0; i < n; i += 16) await Promise.all(Array.from({ length: Math.min(16, n - i) }, one));

      const stall = await probe.stop();
      const rssAfter = target.rssMiB();
      console.info(
        `fuzzHttp seed ${FUZZ_SEED}: ${n} requests, kinds ${JSON.stringify(Object.fromEntries(kinds))}, ` +
          `statuses ${JSON.stringify(Object.fromEntries(statuses))}, health max ${stall.maxMs.toFixed(0)} ms ` +
          `over ${stall.count} probes, RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MiB`,
      );
      expect(bad).toEqual([]);
      expect(crashLines(target.server.output())).toEqual([]);
      expect(target.alive()).toBe(true);
      expect(stall.failures).toBe(0);
      expect(stall.maxMs).toBeLessThan(2000);
      // Reported, and bounded only generously: RSS moves with V8's heap sizing, not just leaks.
      if (Number.isFinite(rssAfter)) expect(rssAfter - rssBefore).toBeLessThan(300);

      // Nothing leaked into shared prototypes: a plain account is still no admin, and still works.
      const admin = await api(url, 'GET', '/api/admin/facilitators', { cookie: plain });
      expect(admin.status).toBe(403);
      const health = await api<{ status: string }>(url, 'GET', '/api/health');
      expect(health.body.status).toBe('ok');
      const newcomer = await join(url, workshop.code).catch(() => null);
      if (newcomer) expect(newcomer.profile.workshopId).toBe(workshop.id);
    },
    FUZZ_TIMEOUT_MS,
  );
});
