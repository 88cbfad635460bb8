import { afterEach, describe, expect, it } from 'vitest';
import type { Facilitator, Health, SetupStatus } from '../../../shared/protocol/api.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import { Harness } from '../helpers/harness.ts';
import { api, type ErrorBody } from '../helpers/http.ts';
import { ADMIN } from '../helpers/server.ts';

describe('http/authRouter setup and login', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('answers health with 200 when the database is reachable', async () => {
    const { app } = await h.start();

    const res = await api<Health>(app.url, 'GET', '/api/health');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: PROTOCOL_VERSION });
  });

  it('creates the first account only with the setup token when no admin is configured', async () => {
    const { app } = await h.start({ admin: false });
    const token = app.accounts.setupToken;
    expect(token).toEqual(expect.any(String));
    const account = { name: 'Processledare', email: 'Ny@Example.se', password: 'ett långt lösenord' };

    expect((await api<SetupStatus>(app.url, 'GET', '/api/setup')).body).toEqual({ needed: true });
    const wrong = await api<ErrorBody>(app.url, 'POST', '/api/setup', { body: { ...account, token: 'x' } });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('SETUP_TOKEN');
    expect(wrong.cookie).toBeNull();

    const done = await api<Facilitator>(app.url, 'POST', '/api/setup', { body: { ...account, token } });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ name: 'Processledare', email: 'ny@example.se' });
    expect(done.cookie).toMatch(/^samsyn_session=.+/);
    const me = await api<Facilitator>(app.url, 'GET', '/api/auth/me', { cookie: done.cookie });
    expect(me.body.email).toBe('ny@example.se');

    expect((await api<SetupStatus>(app.url, 'GET', '/api/setup')).body).toEqual({ needed: false });
    const again = await api<ErrorBody>(app.url, 'POST', '/api/setup', { body: { ...account, token } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SETUP_DONE');
  });

  it('answers SETUP_DONE when the admin comes from the environment', async () => {
    const { app } = await h.start();
    const body = { name: 'Inkräktare', email: 'x@example.se', password: 'ett långt lösenord' };

    const res = await api<ErrorBody>(app.url, 'POST', '/api/setup', {
      body: { ...body, token: app.accounts.setupToken ?? 'none' },
    });

    expect((await api<SetupStatus>(app.url, 'GET', '/api/setup')).body).toEqual({ needed: false });
    expect([res.status, res.body.error.code]).toEqual([409, 'SETUP_DONE']);
  });

  it('answers 401 BAD_CREDENTIALS when the password or email is wrong', async () => {
    const { app } = await h.start();

    const wrongPassword = await api<ErrorBody>(app.url, 'POST', '/api/auth/login', {
      body: { email: ADMIN.email, password: 'not the password' },
    });
    const unknownEmail = await api<ErrorBody>(app.url, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.se', password: ADMIN.password },
    });

    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'BAD_CREDENTIALS' } });
      expect(res.cookie).toBeNull();
    }
  });

  it('logs in with any letter case of the email and logs out again', async () => {
    const { app } = await h.start();

    const res = await api<Facilitator>(app.url, 'POST', '/api/auth/login', {
      body: { email: ADMIN.email.toUpperCase(), password: ADMIN.password },
    });
    expect(res.status).toBe(200);
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie: res.cookie })).status).toBe(200);

    expect((await api(app.url, 'POST', '/api/auth/logout', { cookie: res.cookie })).status).toBe(204);
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie: res.cookie })).status).toBe(401);
  });
});
