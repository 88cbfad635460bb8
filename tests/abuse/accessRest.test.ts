import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../server/http/errors.ts';
import { Harness } from '../integration/helpers/harness.ts';
import { api } from '../integration/helpers/http.ts';
import { EXPORT_EXPECT, EXPORT_FORMATS, type Outcome, REST_ROWS } from './accessRest.ts';
import { declaredRoutes } from './routes.ts';
import { ACTORS, buildWorld, type World } from './world.ts';

/** What an answer means in the matrix's terms, with its status checked against the code's. */
function outcomeOf(res: { status: number; body: unknown }): Outcome | string {
  if (res.status >= 200 && res.status < 300) return 'ok';
  const code = (res.body as { error?: { code?: string } } | null)?.error?.code;
  if (!code) return `HTTP ${res.status} without an error code`;
  const expected = statusOf(code as Parameters<typeof statusOf>[0]);
  return expected === res.status ? code : `${code} with HTTP ${res.status}`;
}

describe('abuse: the access matrix over HTTP', () => {
  const h = new Harness();
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(h);
  }, 30_000);
  afterAll(() => h.cleanup());

  it('has a row for every route the server declares, and no row for a route it does not', () => {
    const rows = REST_ROWS.map((r) => r.route).sort();
    expect(rows).toEqual(declaredRoutes());
  });

  for (const format of EXPORT_FORMATS) {
    it(`gives the ${format} export of A only to those who may run A`, async () => {
      const got: Record<string, string> = {};
      for (const name of ACTORS) {
        const res = await api(w.url, 'GET', `/api/workshops/${w.workshopA.id}/export.${format}?lang=en`, {
          cookie: w.actors[name].cookie,
        });
        got[name] = outcomeOf(res);
        // A refusal carries no part of the workshop.
        if (got[name] !== 'ok') expect(JSON.stringify(res.body)).not.toContain('Workshop A');
      }
      expect(got).toEqual(EXPORT_EXPECT);
    });
  }

  // In the table's order: the last row logs everyone out.
  for (const row of REST_ROWS) {
    it(`answers ${row.route} as the matrix says for every actor`, async () => {
      const got: Record<string, string> = {};
      for (const name of ACTORS) {
        const target = row.before ? await row.before(w, name) : '';
        const { path, body } = row.request(w, name, target);
        const method = row.route.split(' ')[0] as 'GET' | 'POST' | 'DELETE';
        const res = await api(w.url, method, path, { cookie: w.actors[name].cookie, body });
        got[name] = outcomeOf(res);
      }
      expect(got).toEqual(row.expect);
    });
  }
});
