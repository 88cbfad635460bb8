import { afterEach, describe, expect, it } from 'vitest';
import type { Facilitator, FacilitatorAccount, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { Harness } from '../helpers/harness.ts';
import { api, createFacilitator, createWorkshop, type ErrorBody, login, loginAs } from '../helpers/http.ts';
import { ADMIN } from '../helpers/server.ts';
import { waitFor } from '../helpers/waitFor.ts';

const PATH = '/api/admin/facilitators';

describe('http/adminRouter facilitator accounts', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('marks the first account as admin in /me, from the environment and from the setup page', async () => {
    const { app } = await h.start();
    const fromEnv = await api<Facilitator>(app.url, 'GET', '/api/auth/me', { cookie: await login(app.url) });
    const { app: fresh } = await h.start({ admin: false });
    const account = { name: 'Första', email: 'forsta@example.se', password: 'ett långt lösenord' };
    const setup = await api<Facilitator>(fresh.url, 'POST', '/api/setup', {
      body: { ...account, token: fresh.accounts.setupToken },
    });
    const second = await createFacilitator(fresh.url, setup.cookie ?? '');
    const secondMe = await api<Facilitator>(fresh.url, 'GET', '/api/auth/me', { cookie: second.cookie });

    expect(fromEnv.body).toMatchObject({ email: ADMIN.email, isAdmin: true });
    expect(setup.body).toMatchObject({ email: 'forsta@example.se', isAdmin: true });
    expect(secondMe.body).toEqual({
      id: second.id,
      name: 'Kollega Kollegasson',
      email: 'kollega@example.se',
      isAdmin: false,
    });
  });

  it('lists, creates and deletes accounts when the admin asks', async () => {
    const { app } = await h.start();
    const admin = await login(app.url);

    const created = await api<FacilitatorAccount>(app.url, 'POST', PATH, {
      cookie: admin,
      body: { name: '  Ny Kollega ', email: 'Ny@Example.se', password: 'tio tecken!' },
    });
    const listed = await api<FacilitatorAccount[]>(app.url, 'GET', PATH, { cookie: admin });
    const theirCookie = await loginAs(app.url, { email: 'ny@example.se', password: 'tio tecken!' });
    const deleted = await api(app.url, 'DELETE', `${PATH}/${created.body.id}`, { cookie: admin });
    const after = await api<FacilitatorAccount[]>(app.url, 'GET', PATH, { cookie: admin });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Ny Kollega', email: 'ny@example.se', isAdmin: false });
    expect(created.body).not.toHaveProperty('passwordHash');
    expect(listed.body.map((a) => [a.email, a.isAdmin, a.ownedWorkshops])).toEqual([
      [ADMIN.email, true, 0],
      ['ny@example.se', false, 0],
    ]);
    expect(deleted.status).toBe(204);
    expect(after.body.map((a) => a.email)).toEqual([ADMIN.email]);
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie: theirCookie })).status).toBe(401);
    const relogin = await api(app.url, 'POST', '/api/auth/login', {
      body: { email: 'ny@example.se', password: 'tio tecken!' },
    });
    expect(relogin.status).toBe(401);
  });

  it('closes the open sockets of an account when the admin deletes it', async () => {
    const { app } = await h.start();
    const admin = await login(app.url);
    const other = await createFacilitator(app.url, admin);
    const { workshop } = await createWorkshop(app.url, admin, []);
    await api(app.url, 'POST', `/api/workshops/${workshop.id}/facilitators`, {
      cookie: admin,
      body: { email: other.email },
    });
    const open = await h.socket(app.url, workshop.id, 'facilitator', other.cookie);
    const mine = await h.socket(app.url, workshop.id, 'facilitator', admin);

    const deleted = await api(app.url, 'DELETE', `${PATH}/${other.id}`, { cookie: admin });

    expect(deleted.status).toBe(204);
    await waitFor(() => !open.socket.connected, 5000, 'their socket to be closed');
    expect(mine.socket.connected).toBe(true);
    const members = await api<Array<{ email: string }>>(
      app.url,
      'GET',
      `/api/workshops/${workshop.id}/facilitators`,
      { cookie: admin },
    );
    expect(members.body.map((m) => m.email)).toEqual([ADMIN.email]);
  });

  it('answers VALIDATION or EMAIL_TAKEN and creates nothing when the new account is bad', async () => {
    const { app } = await h.start();
    const admin = await login(app.url);

    const short = await api<ErrorBody>(app.url, 'POST', PATH, {
      cookie: admin,
      body: { name: 'Kort', email: 'kort@example.se', password: 'nio tecke' },
    });
    const extra = await api<ErrorBody>(app.url, 'POST', PATH, {
      cookie: admin,
      body: { name: 'X', email: 'x@example.se', password: 'tio tecken!', isAdmin: true },
    });
    const taken = await api<ErrorBody>(app.url, 'POST', PATH, {
      cookie: admin,
      body: { name: 'Dubblett', email: ADMIN.email.toUpperCase(), password: 'tio tecken!' },
    });

    expect([short.status, short.body.error]).toEqual([400, { code: 'VALIDATION', fields: ['password'] }]);
    expect([extra.status, extra.body.error]).toEqual([400, { code: 'VALIDATION', fields: ['(root)'] }]);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'EMAIL_TAKEN']);
    const listed = await api<FacilitatorAccount[]>(app.url, 'GET', PATH, { cookie: admin });
    expect(listed.body).toHaveLength(1);
  });

  it('refuses to delete your own account or one that still owns workshops', async () => {
    const { app } = await h.start();
    const admin = await login(app.url);
    const other = await createFacilitator(app.url, admin);
    await createWorkshop(app.url, other.cookie, [], 'Deras workshop');
    const me = await api<Facilitator>(app.url, 'GET', '/api/auth/me', { cookie: admin });

    const self = await api<ErrorBody>(app.url, 'DELETE', `${PATH}/${me.body.id}`, { cookie: admin });
    const owner = await api<ErrorBody>(app.url, 'DELETE', `${PATH}/${other.id}`, { cookie: admin });
    const unknown = await api<ErrorBody>(app.url, 'DELETE', `${PATH}/doesnotexist`, { cookie: admin });

    expect([self.status, self.body.error.code]).toEqual([409, 'OWN_ACCOUNT']);
    expect([owner.status, owner.body.error.code]).toEqual([409, 'OWNS_WORKSHOPS']);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const listed = await api<FacilitatorAccount[]>(app.url, 'GET', PATH, { cookie: admin });
    expect(listed.body.map((a) => [a.email, a.ownedWorkshops])).toEqual([
      [ADMIN.email, 0],
      [other.email, 1],
    ]);
  });

  it('answers 403 FORBIDDEN to a facilitator who is not admin and 401 without a session', async () => {
    const { app } = await h.start();
    const admin = await login(app.url);
    const other = await createFacilitator(app.url, admin);
    const body = { name: 'X', email: 'x@example.se', password: 'tio tecken!' };

    const requests: Array<['GET' | 'POST' | 'DELETE', string]> = [
      ['GET', PATH],
      ['POST', PATH],
      ['DELETE', `${PATH}/${other.id}`],
    ];
    for (const [method, path] of requests) {
      const options = method === 'POST' ? { body } : {};
      const asOther = await api<ErrorBody>(app.url, method, path, { ...options, cookie: other.cookie });
      const anonymous = await api<ErrorBody>(app.url, method, path, options);
      expect([path, asOther.status, asOther.body.error.code]).toEqual([path, 403, 'FORBIDDEN']);
      expect([path, anonymous.status, anonymous.body.error.code]).toEqual([path, 401, 'UNAUTHENTICATED']);
    }
    const listed = await api<FacilitatorAccount[]>(app.url, 'GET', PATH, { cookie: admin });
    expect(listed.body).toHaveLength(2);
  });

  it('does not show the admin the workshops of others', async () => {
    const { app } = await h.start();
    const admin = await login(app.url);
    const other = await createFacilitator(app.url, admin);
    const { workshop } = await createWorkshop(app.url, other.cookie, [], 'Deras workshop');

    const list = await api<WorkshopSummary[]>(app.url, 'GET', '/api/workshops', { cookie: admin });
    const get = await api(app.url, 'GET', `/api/workshops/${workshop.id}`, { cookie: admin });
    const theirs = await api<WorkshopSummary[]>(app.url, 'GET', '/api/workshops', { cookie: other.cookie });

    expect(list.body).toEqual([]);
    expect(get.status).toBe(404);
    expect(theirs.body.map((w) => [w.title, w.role])).toEqual([['Deras workshop', 'owner']]);
  });
});
