import { afterEach, describe, expect, it } from 'vitest';
import type { About } from '../../../shared/protocol/api.ts';
import { api } from '../helpers/http.ts';
import { startApp } from '../helpers/server.ts';

describe('GET /api/about', () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it('tells the accessibility statement who runs the installation and where to write', async () => {
    const { app } = await startApp({
      env: { SAMSYN_ORGANISATION: 'Region Örebro län', SAMSYN_ACCESSIBILITY_CONTACT: 'a11y@example.se' },
    });
    stops.push(() => app.close());
    const res = await api<About>(app.url, 'GET', '/api/about');
    expect([res.status, res.body]).toEqual([
      200,
      { organisation: 'Region Örebro län', contact: 'a11y@example.se' },
    ]);
  });

  it('says nothing it was not told', async () => {
    const { app } = await startApp();
    stops.push(() => app.close());
    const res = await api<About>(app.url, 'GET', '/api/about');
    expect(res.body).toEqual({ organisation: null, contact: null });
  });
});
