import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { itemsOf, listAndDots, sync } from '../helpers/agenda.ts';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../helpers/childServer.ts';
import { Harness } from '../helpers/harness.ts';
import { createWorkshop, join, login } from '../helpers/http.ts';
import { type LossyProxy, lossyProxy } from '../helpers/lossyProxy.ts';
import { outboxClient } from '../helpers/outbox.ts';
import { dbFileOf, tempDir } from '../helpers/server.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** Rows on disk, read without the server. */
function countOnDisk(dataDir: string, listId: string): { items: number; ops: number } {
  const db = new Database(dbFileOf(dataDir), { readonly: true, fileMustExist: true });
  try {
    const items = db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM items WHERE activity_id = ?',
    );
    const ops = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM ops');
    return { items: items.get(listId)?.n ?? -1, ops: ops.get()?.n ?? -1 };
  } finally {
    db.close();
  }
}

describe('operation ids across a SIGKILL', () => {
  const h = new Harness();
  const children: ChildServer[] = [];
  const proxies: LossyProxy[] = [];
  beforeAll(() => {
    ensureServerBuild();
  }, 180_000);
  afterEach(async () => {
    await h.cleanup();
    for (const p of proxies.splice(0)) await p.close();
    for (const c of children.splice(0)) await killHard(c);
  });

  it('stores a list add once when the server is killed after storing it, before its ack got out', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const first = await startChild(port, dataDir);
    children.push(first);
    const fCookie = await login(first.url);
    const { workshop } = await createWorkshop(first.url, fCookie, ['Ett']);
    const { listId } = listAndDots(workshop);
    const joined = await join(first.url, workshop.code, 'public');
    const proxy = await lossyProxy(port);
    proxies.push(proxy);
    const f = await h.socket(first.url, workshop.id, 'facilitator', fCookie);
    const p = await h.socket(proxy.url, workshop.id, 'participant', joined.cookie);
    const out = outboxClient(p, { waitMs: 30_000 });

    proxy.holdReplies();
    const { opId, reply } = out.send('activity:command', {
      activityId: listId,
      name: 'add',
      payload: { text: 'Bredband' },
    });
    await waitFor(async () => itemsOf(await sync(f), listId).length === 2, 10_000, 'the add to be applied');
    await killHard(first);
    proxy.cut();
    // On disk: the item and the ack given for it, committed together.
    expect(countOnDisk(dataDir, listId)).toEqual({ items: 2, ops: 1 });

    const second = await startChild(port, dataDir);
    children.push(second);
    const ack = await reply;
    expect(out.sends(opId)).toBeGreaterThanOrEqual(2);
    const f2 = await h.socket(second.url, workshop.id, 'facilitator', fCookie);
    const items = itemsOf(await sync(f2), listId);
    expect(items).toHaveLength(2);
    expect(ack).toEqual({ ok: true, data: { priorityId: items[1]!.id } });
  }, 60_000);
});
