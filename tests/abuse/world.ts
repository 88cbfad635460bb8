import { ACTIVITY_TYPES } from '../../server/activities/index.ts';
import type { Role } from '../../shared/protocol/events.ts';
import { addActivity, addItem, controlAck, listAndDots, sync } from '../integration/helpers/agenda.ts';
import type { Harness } from '../integration/helpers/harness.ts';
import { api, createFacilitator, createWorkshop, join, login } from '../integration/helpers/http.ts';
import { connectSocket } from '../integration/helpers/sockets.ts';

/**
 * The people of the access matrix. `cookie` is what their browser would send; `socketRole` is
 * the Socket.IO role their screen asks for (outsiders ask for the role they would pretend to).
 */
export const ACTORS = [
  'anonymous',
  'participantA',
  'participantB',
  'facilitatorB',
  'admin',
  'coFacilitatorA',
  'ownerA',
  'projectorA',
] as const;
export type ActorName = (typeof ACTORS)[number];

export interface Actor {
  name: ActorName;
  cookie: string | null;
  socketRole: Role;
}

/** Two workshops: A, with one activity of every type (all opened), and B of another facilitator. */
export interface World {
  url: string;
  actors: Record<ActorName, Actor>;
  admin: string;
  owner: { id: string; email: string; cookie: string };
  workshopA: { id: string; code: string };
  workshopB: { id: string; code: string; listId: string };
  /**
   * A's activities by type; `list2` is a second list that stays open (the first is dots' source,
   * closed); `draftList` is a list never opened.
   */
  activities: Record<string, string>;
  /** An item of `list2`, with a text participants may edit. */
  itemId: string;
  /** An account that is a co-facilitator of A only to be removed by the matrix. */
  extra: { id: string; email: string };
}

/**
 * The projector of A: the venue PC that opened the projector link a facilitator made (issue 8:
 * no longer a full facilitator session). It claims the link's token for the projector cookie.
 */
export async function projectorCookie(url: string, ownerCookie: string, workshopId: string): Promise<string> {
  const link = await api<{ url: string }>(url, 'POST', `/api/workshops/${workshopId}/projector-link`, {
    cookie: ownerCookie,
  });
  const token = link.body.url.split('#')[1];
  const claimed = await api(url, 'POST', '/api/projector/claim', { body: { token } });
  if (claimed.status !== 200 || !claimed.cookie) throw new Error(`projector claim: ${claimed.status}`);
  return claimed.cookie;
}

export async function buildWorld(h: Harness): Promise<World> {
  const { app } = await h.start();
  const url = app.url;
  const admin = await login(url);
  const owner = await createFacilitator(url, admin, 'agare@example.se', 'Ägare A');
  const co = await createFacilitator(url, admin, 'medhallare@example.se', 'Medhållare A');
  const other = await createFacilitator(url, admin, 'annan@example.se', 'Facilitator B');
  const extra = await createFacilitator(url, admin, 'extra@example.se', 'Extra A');
  const a = (await createWorkshop(url, owner.cookie, ['Ett', 'Två'], 'Workshop A')).workshop;
  const b = (await createWorkshop(url, other.cookie, ['Tre'], 'Workshop B')).workshop;
  for (const email of [co.email, extra.email]) {
    const res = await api(url, 'POST', `/api/workshops/${a.id}/facilitators`, {
      cookie: owner.cookie,
      body: { email },
    });
    if (res.status !== 201) throw new Error(`adding ${email}: ${res.status}`);
  }
  const pA = await join(url, a.code);
  const pB = await join(url, b.code);

  const f = await connectSocket(url, a.id, 'facilitator', owner.cookie);
  const activities: Record<string, string> = { ...listAndDots(a) };
  activities.list = activities.listId as string;
  activities.dots = activities.dotsId as string;
  for (const type of ACTIVITY_TYPES) {
    if (type === 'list' || type === 'dots') continue;
    activities[type] = await addActivity(f, type);
  }
  activities.list2 = await addActivity(f, 'list');
  // The default list is open already (WRONG_PHASE): every other one opens now.
  for (const type of [...ACTIVITY_TYPES, 'list2']) await controlAck(f, activities[type] as string, 'open');
  const itemId = await addItem(f, activities.list2, 'Fyra');
  // Added after the others were opened: a draft, the facilitators' alone.
  activities.draftList = await addActivity(f, 'list');
  await sync(f);
  f.socket.close();

  const actor = (name: ActorName, cookie: string | null, socketRole: Role): Actor => ({
    name,
    cookie,
    socketRole,
  });
  return {
    url,
    admin,
    owner: { id: owner.id, email: owner.email, cookie: owner.cookie },
    workshopA: { id: a.id, code: a.code },
    workshopB: { id: b.id, code: b.code, listId: listAndDots(b).listId },
    activities,
    itemId,
    extra: { id: extra.id, email: extra.email },
    actors: {
      anonymous: actor('anonymous', null, 'participant'),
      participantA: actor('participantA', pA.cookie, 'participant'),
      participantB: actor('participantB', pB.cookie, 'participant'),
      facilitatorB: actor('facilitatorB', other.cookie, 'facilitator'),
      admin: actor('admin', admin, 'facilitator'),
      coFacilitatorA: actor('coFacilitatorA', co.cookie, 'facilitator'),
      ownerA: actor('ownerA', owner.cookie, 'facilitator'),
      projectorA: actor('projectorA', await projectorCookie(url, owner.cookie, a.id), 'projector'),
    },
  };
}
