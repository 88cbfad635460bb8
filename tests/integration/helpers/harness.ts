import type { App } from '../../../server/createServer.ts';
import type { Sector } from '../../../shared/domain/sectors.ts';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import type { Role } from '../../../shared/protocol/events.ts';
import { itemIds, listAndDots, sync } from './agenda.ts';
import { createWorkshop, type Joined, join, login } from './http.ts';
import { startApp } from './server.ts';
import { connectSocket, type TestSocket } from './sockets.ts';
import { closeYjs, connectYjs, type YClient } from './yjs.ts';

/**
 * Owns everything a test opens (servers, sockets, Yjs clients) and closes all of it in
 * `cleanup`, clients first so the server's close does not wait for them.
 */
export class Harness {
  private readonly sockets: TestSocket[] = [];
  private readonly yjsClients: YClient[] = [];
  private readonly apps: App[] = [];

  /** `env`: configuration every server this harness starts gets (e.g. a higher socket cap). */
  constructor(private readonly defaults: { env?: Record<string, string> } = {}) {}

  async start(
    options: { dataDir?: string; admin?: boolean; env?: Record<string, string> } = {},
  ): Promise<{ app: App; dataDir: string }> {
    const started = await startApp({ ...options, env: { ...this.defaults.env, ...options.env } });
    this.apps.push(started.app);
    return started;
  }

  async socket(baseUrl: string, workshopId: string, role: Role, cookie: string | null): Promise<TestSocket> {
    const s = await connectSocket(baseUrl, workshopId, role, cookie);
    this.sockets.push(s);
    return s;
  }

  /** A y-websocket client of one activity's document: its room name is the (list) activity's id. */
  yjs(baseUrl: string, activityId: string, cookie: string | null): YClient {
    const y = connectYjs(baseUrl, activityId, cookie);
    this.yjsClients.push(y);
    return y;
  }

  /** Closes an app now (e.g. to restart it); cleanup will not close it again. */
  async closeApp(app: App): Promise<void> {
    this.apps.splice(this.apps.indexOf(app), 1);
    await app.close();
  }

  async cleanup(): Promise<void> {
    for (const s of this.sockets.splice(0)) s.socket.close();
    for (const y of this.yjsClients.splice(0)) closeYjs(y);
    for (const app of this.apps.splice(0)) await app.close();
  }
}

export interface Room {
  app: App;
  url: string;
  dataDir: string;
  facilitator: string;
  workshop: WorkshopState;
  participants: Joined[];
  /** The default agenda: the list (open, live) and the dot voting over it (a draft). */
  listId: string;
  dotsId: string;
  /** The seeded items' ids, in the order given. */
  items: string[];
}

/** A running server with a logged-in facilitator, one workshop and participants of the given sectors. */
export async function openRoom(
  h: Harness,
  priorities: string[],
  sectors: Sector[] = [],
  names: 'anonymous' | 'shown' = 'anonymous',
): Promise<Room> {
  const { app, dataDir } = await h.start();
  const facilitator = await login(app.url);
  const { workshop } = await createWorkshop(app.url, facilitator, priorities, undefined, names);
  const participants: Joined[] = [];
  for (const sector of sectors) participants.push(await join(app.url, workshop.code, sector));
  const { listId, dotsId } = listAndDots(workshop);
  // The workshop's state has no items (they are the list's view): ask once, as a control room would.
  const f = await connectSocket(app.url, workshop.id, 'facilitator', facilitator);
  try {
    const items = itemIds(await sync(f), listId);
    return { app, url: app.url, dataDir, facilitator, workshop, participants, listId, dotsId, items };
  } finally {
    f.socket.close();
  }
}

/** The seeded items' ids (the old name, kept for tests written against it). */
export function priorityIds(room: Room): string[] {
  return room.items;
}
