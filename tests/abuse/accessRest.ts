import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { api } from '../integration/helpers/http.ts';
import type { ActorName, World } from './world.ts';

/**
 * The access matrix for HTTP, as data: every route of server/http/*Router.ts (and createServer's
 * own) against every actor of world.ts. `ok` is a 2xx answer; anything else is the error code
 * (its status follows from server/http/errors.ts). accessRest.test.ts runs every cell and fails
 * when a route exists without a row here.
 */
export type Outcome = 'ok' | ErrorCode;
export type Column = Record<ActorName, Outcome>;

export interface RestRow {
  /** Method and path as the router declares it, with the `/api` prefix. */
  route: string;
  /** The concrete request; `before` runs first for each actor (a fresh target for destructive rows). */
  request(w: World, actor: ActorName, target: string): { path: string; body?: unknown };
  before?(w: World, actor: ActorName): Promise<string>;
  expect: Column;
}

const column = (base: Outcome, cells: Partial<Column> = {}): Column => ({
  anonymous: base,
  participantA: base,
  participantB: base,
  facilitatorB: base,
  admin: base,
  coFacilitatorA: base,
  ownerA: base,
  projectorA: base,
  ...cells,
});

const NO_SESSION = {
  anonymous: 'UNAUTHENTICATED',
  participantA: 'UNAUTHENTICATED',
  participantB: 'UNAUTHENTICATED',
} as const;
/**
 * The projector's cell on every staff route: its link's cookie is no facilitator session
 * (world.ts). Were the projector back on a facilitator's session, this would be `(owner) => owner`.
 */
const projector = (_owner: Outcome): Outcome => 'UNAUTHENTICATED';

/** Any logged-in facilitator. */
const FACILITATORS = column('ok', { ...NO_SESSION, projectorA: projector('ok') });
/** Members of A (owner, co-facilitator); other accounts are told A does not exist. */
const MEMBERS_OF_A = column('ok', {
  ...NO_SESSION,
  facilitatorB: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  projectorA: projector('ok'),
});
const ADMIN_ONLY = column('FORBIDDEN', { ...NO_SESSION, admin: 'ok', projectorA: projector('FORBIDDEN') });
const EVERYONE = column('ok');

const a = (w: World) => w.workshopA.id;

/** A workshop like A (owner, co-facilitator) for rows that destroy their target. */
async function freshWorkshop(w: World): Promise<string> {
  const res = await api<{ workshop: { id: string } }>(w.url, 'POST', '/api/workshops', {
    cookie: w.owner.cookie,
    body: { title: 'Att radera', date: '2025-03-14' },
  });
  const id = res.body.workshop.id;
  const co = await api(w.url, 'POST', `/api/workshops/${id}/facilitators`, {
    cookie: w.owner.cookie,
    body: { email: 'medhallare@example.se' },
  });
  if (co.status !== 201) throw new Error(`fresh workshop: ${co.status}`);
  return id;
}

/** A workshop like A that its owner has deleted (restorable until purged). */
async function deletedWorkshop(w: World): Promise<string> {
  const id = await freshWorkshop(w);
  const res = await api(w.url, 'DELETE', `/api/workshops/${id}`, { cookie: w.owner.cookie });
  if (res.status !== 204) throw new Error(`deleting: ${res.status}`);
  return id;
}

/** A deleted workshop is its owner's alone; to everyone else it does not exist. */
const OWNER_OF_DELETED = column('NOT_FOUND', { ...NO_SESSION, ownerA: 'ok', projectorA: projector('ok') });

export const REST_ROWS: RestRow[] = [
  { route: 'GET /api/health', request: () => ({ path: '/api/health' }), expect: EVERYONE },
  { route: 'GET /api/about', request: () => ({ path: '/api/about' }), expect: EVERYONE },
  { route: 'GET /api/setup', request: () => ({ path: '/api/setup' }), expect: EVERYONE },
  {
    route: 'POST /api/setup',
    request: () => ({
      path: '/api/setup',
      body: { token: 'gissad-kod', name: 'Ny', email: 'ny@example.se', password: 'ett långt lösenord' },
    }),
    expect: column('SETUP_DONE'),
  },
  {
    route: 'POST /api/auth/login',
    // The right password: a wrong one would count against the address (rateLimits.ts).
    request: () => ({
      path: '/api/auth/login',
      body: { email: 'annan@example.se', password: 'ett annat långt lösenord' },
    }),
    expect: EVERYONE,
  },
  { route: 'GET /api/auth/me', request: () => ({ path: '/api/auth/me' }), expect: FACILITATORS },
  {
    route: 'GET /api/join/:code',
    request: (w) => ({ path: `/api/join/${w.workshopA.code}` }),
    expect: EVERYONE,
  },
  {
    route: 'POST /api/join',
    request: (w) => ({ path: '/api/join', body: { code: w.workshopA.code, sector: 'public' } }),
    expect: EVERYONE,
  },
  {
    route: 'GET /api/workshops/:id/me',
    request: (w) => ({ path: `/api/workshops/${a(w)}/me` }),
    expect: column('UNAUTHENTICATED', { participantA: 'ok' }),
  },
  {
    route: 'GET /api/workshops/:id/export.:format',
    request: (w) => ({ path: `/api/workshops/${a(w)}/export.json` }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'GET /api/admin/facilitators',
    request: () => ({ path: '/api/admin/facilitators' }),
    expect: ADMIN_ONLY,
  },
  {
    route: 'POST /api/admin/facilitators',
    request: (_w, actor) => ({
      path: '/api/admin/facilitators',
      body: { name: 'Ny', email: `ny-${actor.toLowerCase()}@example.se`, password: 'ett långt lösenord' },
    }),
    expect: ADMIN_ONLY,
  },
  {
    route: 'DELETE /api/admin/facilitators/:id',
    // A new account for the admin, who deletes it; the others are refused the standing one
    // (creating an account hashes a password: slow on purpose).
    before: async (w, actor) => {
      if (actor !== 'admin') return w.extra.id;
      const made = await api<{ id: string }>(w.url, 'POST', '/api/admin/facilitators', {
        cookie: w.admin,
        body: { name: 'Tillfällig', email: 'tillfallig@example.se', password: 'ett långt lösenord' },
      });
      return made.body.id;
    },
    request: (_w, _actor, target) => ({ path: `/api/admin/facilitators/${target}` }),
    expect: ADMIN_ONLY,
  },
  {
    route: 'GET /api/workshops/:id/facilitators',
    request: (w) => ({ path: `/api/workshops/${a(w)}/facilitators` }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'POST /api/workshops/:id/facilitators',
    request: (w) => ({ path: `/api/workshops/${a(w)}/facilitators`, body: { email: w.extra.email } }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'DELETE /api/workshops/:id/facilitators/:facilitatorId',
    // The extra co-facilitator is put back before each attempt; only the owner removes another.
    before: async (w) => {
      await api(w.url, 'POST', `/api/workshops/${a(w)}/facilitators`, {
        cookie: w.owner.cookie,
        body: { email: w.extra.email },
      });
      return w.extra.id;
    },
    request: (w, _actor, target) => ({ path: `/api/workshops/${a(w)}/facilitators/${target}` }),
    expect: { ...MEMBERS_OF_A, coFacilitatorA: 'FORBIDDEN' },
  },
  { route: 'GET /api/workshops', request: () => ({ path: '/api/workshops' }), expect: FACILITATORS },
  {
    route: 'POST /api/workshops',
    request: () => ({ path: '/api/workshops', body: { title: 'Ny workshop', date: '2025-03-14' } }),
    expect: FACILITATORS,
  },
  {
    route: 'GET /api/workshops/:id',
    request: (w) => ({ path: `/api/workshops/${a(w)}` }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'DELETE /api/workshops/:id',
    before: freshWorkshop,
    request: (_w, _actor, target) => ({ path: `/api/workshops/${target}` }),
    expect: { ...MEMBERS_OF_A, coFacilitatorA: 'FORBIDDEN' },
  },
  {
    route: 'GET /api/deleted-workshops',
    request: () => ({ path: '/api/deleted-workshops' }),
    expect: FACILITATORS,
  },
  {
    route: 'POST /api/deleted-workshops/:id/restore',
    before: deletedWorkshop,
    request: (_w, _actor, target) => ({ path: `/api/deleted-workshops/${target}/restore` }),
    expect: OWNER_OF_DELETED,
  },
  {
    route: 'DELETE /api/deleted-workshops/:id',
    before: deletedWorkshop,
    request: (_w, _actor, target) => ({ path: `/api/deleted-workshops/${target}` }),
    expect: OWNER_OF_DELETED,
  },
  {
    route: 'GET /api/workshops/:id/qr.svg',
    request: (w) => ({ path: `/api/workshops/${a(w)}/qr.svg` }),
    expect: MEMBERS_OF_A,
  },
  { route: 'GET /api/templates', request: () => ({ path: '/api/templates' }), expect: FACILITATORS },
  {
    route: 'DELETE /api/templates/:id',
    // A template the owner saved: its creator or the admin deletes it.
    before: async (w) => {
      const saved = await api<{ id: string }>(w.url, 'POST', `/api/workshops/${a(w)}/template`, {
        cookie: w.owner.cookie,
        body: { title: 'Mall' },
      });
      return saved.body.id;
    },
    request: (_w, _actor, target) => ({ path: `/api/templates/${target}` }),
    expect: column('FORBIDDEN', { ...NO_SESSION, admin: 'ok', ownerA: 'ok', projectorA: projector('ok') }),
  },
  {
    route: 'POST /api/templates/:id/workshops',
    request: () => ({
      path: '/api/templates/builtin-rus-dialog/workshops',
      body: { title: 'Från mall', date: '2025-03-14', lang: 'sv' },
    }),
    expect: FACILITATORS,
  },
  {
    route: 'POST /api/workshops/:id/template',
    request: (w) => ({ path: `/api/workshops/${a(w)}/template`, body: { title: 'Mall' } }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'POST /api/workshops/:id/duplicate',
    request: (w) => ({ path: `/api/workshops/${a(w)}/duplicate`, body: {} }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'GET /api/workshops/:id/projector-link',
    request: (w) => ({ path: `/api/workshops/${a(w)}/projector-link` }),
    expect: MEMBERS_OF_A,
  },
  // The stage's own reads: the projector link, or a member's session (a facilitator may open it).
  {
    route: 'GET /api/projector/:id',
    request: (w) => ({ path: `/api/projector/${a(w)}` }),
    expect: column('UNAUTHENTICATED', { coFacilitatorA: 'ok', ownerA: 'ok', projectorA: 'ok' }),
  },
  {
    route: 'GET /api/projector/:id/qr.svg',
    request: (w) => ({ path: `/api/projector/${a(w)}/qr.svg` }),
    expect: column('UNAUTHENTICATED', { coFacilitatorA: 'ok', ownerA: 'ok', projectorA: 'ok' }),
  },
  // From here on the projector's own link is replaced or revoked: its cell is refused either way.
  {
    route: 'POST /api/projector/claim',
    // Whoever holds a live link's token may claim it: the token is the credential.
    before: async (w) => {
      const link = await api<{ url: string }>(w.url, 'POST', `/api/workshops/${a(w)}/projector-link`, {
        cookie: w.owner.cookie,
      });
      return link.body.url.split('#')[1] as string;
    },
    request: (_w, _actor, token) => ({ path: '/api/projector/claim', body: { token } }),
    expect: EVERYONE,
  },
  {
    route: 'POST /api/workshops/:id/projector-link',
    request: (w) => ({ path: `/api/workshops/${a(w)}/projector-link` }),
    expect: MEMBERS_OF_A,
  },
  {
    route: 'DELETE /api/workshops/:id/projector-link',
    request: (w) => ({ path: `/api/workshops/${a(w)}/projector-link` }),
    expect: MEMBERS_OF_A,
  },
  // Last: it ends the session it is sent with, and only that one.
  { route: 'POST /api/auth/logout', request: () => ({ path: '/api/auth/logout' }), expect: EVERYONE },
];

/** Every export format against every actor: the same people as the workshop itself. */
export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export const EXPORT_EXPECT: Column = MEMBERS_OF_A;
