import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Tally } from '../../../shared/activities/dots/types.ts';
import type { ListView } from '../../../shared/activities/list/types.ts';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import {
  activityIn,
  addItem,
  castOk,
  itemIds,
  listAndDots,
  mineIn,
  openVote,
  sync,
  tallyOf,
} from '../helpers/agenda.ts';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../helpers/childServer.ts';
import { Harness } from '../helpers/harness.ts';
import { createWorkshop, join, login } from '../helpers/http.ts';
import { dbFileOf, tempDir } from '../helpers/server.ts';
import { viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf, type YClient } from '../helpers/yjs.ts';

const textsOf = (y: YClient): Record<string, string> =>
  Object.fromEntries([...y.texts.entries()].map(([id, t]) => [id, t.toString()]));

/** What is on disk, read without the server: the list's Yjs log replayed, and the dot voting's rows. */
function readDisk(dataDir: string, listId: string, dotsId: string) {
  const db = new Database(dbFileOf(dataDir), { readonly: true, fileMustExist: true });
  try {
    const doc = new Y.Doc();
    const rows = db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_updates WHERE activity_id = ? ORDER BY seq')
      .all(listId);
    for (const row of rows) Y.applyUpdate(doc, row.data);
    const texts = Object.fromEntries(
      [...doc.getMap<Y.Text>(TEXTS_KEY).entries()].map(([id, t]) => [id, t.toString()]),
    );
    const votes = db
      .prepare<[string], { n: number; dots: number }>(
        `SELECT count(*) AS n, coalesce(sum(CAST(value AS INTEGER)), 0) AS dots FROM responses
         WHERE activity_id = ?`,
      )
      .get(dotsId);
    return { texts, voteRows: votes?.n ?? -1, dots: votes?.dots ?? -1 };
  } finally {
    db.close();
  }
}

describe('server/main crash recovery', () => {
  const h = new Harness();
  const children: ChildServer[] = [];
  beforeAll(() => {
    ensureServerBuild();
  }, 180_000);
  afterEach(async () => {
    await h.cleanup();
    for (const c of children.splice(0)) await killHard(c);
  });

  it('keeps every acknowledged edit and vote exactly once and lets clients resync when the process is killed', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const first = await startChild(port, dataDir);
    children.push(first);
    const url = first.url;
    const fCookie = await login(url);
    const { workshop } = await createWorkshop(url, fCookie, ['Ett', 'Två']);
    const { listId, dotsId } = listAndDots(workshop);
    const pA = await join(url, workshop.code, 'public');
    const pB = await join(url, workshop.code, 'academia');
    const f = await h.socket(url, workshop.id, 'facilitator', fCookie);
    const sA = await h.socket(url, workshop.id, 'participant', pA.cookie);
    const sB = await h.socket(url, workshop.id, 'participant', pB.cookie);
    const [one, two] = itemIds(await sync(f), listId) as [string, string];
    const yA = h.yjs(url, listId, pA.cookie);
    const yF = h.yjs(url, listId, fCookie);
    await waitFor(() => yA.provider.synced && yF.provider.synced, 5000, 'yjs synced');

    // Collecting: participant edits, a new priority, then the facilitator edits during the vote.
    yA.texts.get(one)!.insert(3, ' – kollektivtrafik');
    yA.texts.get(two)!.insert(0, 'Punkt ');
    const three = await addItem(sA, listId, 'Tre');
    await waitFor(() => textOf(yA, three) === 'Tre', 5000, 'new priority at yA');
    yA.texts.get(three)!.insert(3, ' och fyra');
    await waitFor(() => allSaved(yA), 5000, 'participant edits saved');
    await openVote(f, dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });
    await castOk(sA, dotsId, { [one]: 3, [three]: 2 });
    await castOk(sB, dotsId, { [two]: 1 });
    yF.texts.get(two)!.insert(yF.texts.get(two)!.length, '!');
    await waitFor(() => allSaved(yF), 5000, 'facilitator edit saved');
    await waitFor(() => textOf(yA, two) === 'Punkt Två!', 5000, 'clients converged');
    const expectedTexts = textsOf(yF);
    expect(expectedTexts).toEqual({
      [one]: 'Ett – kollektivtrafik',
      [two]: 'Punkt Två!',
      [three]: 'Tre och fyra',
    });
    const expectedTally = tallyOf(await sync(f), dotsId) as Tally;
    expect(expectedTally.totalDots).toBe(6);

    await killHard(first);

    expect(readDisk(dataDir, listId, dotsId)).toEqual({ texts: expectedTexts, voteRows: 3, dots: 6 });

    const second = await startChild(port, dataDir);
    children.push(second);
    const fresh = h.yjs(url, listId, fCookie);
    const f2 = await h.socket(url, workshop.id, 'facilitator', fCookie);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textsOf(fresh)).toEqual(expectedTexts);
    const snap = await sync(f2);
    expect(tallyOf(snap, dotsId)).toEqual(expectedTally);
    expect(snap.state.liveActivityId).toBe(dotsId);
    expect(activityIn(snap, dotsId).status).toBe('open');
    expect(itemIds(snap, listId)).toEqual([one, two, three]);

    // The clients from before the crash reconnect by themselves and follow new changes.
    await waitFor(() => yA.provider.synced && yF.provider.synced, 15_000, 'old yjs clients resynced');
    await waitFor(
      () => f.socket.connected && sA.socket.connected && sB.socket.connected,
      15_000,
      'sockets back',
    );
    expect(mineIn(await sync(sA), dotsId)).toEqual({ [one]: 3, [three]: 2 });
    const four = await addItem(f, listId, 'Efter kraschen');
    await waitFor(() => textOf(yA, four) === 'Efter kraschen', 5000, 'new priority at the old yjs client');
    await waitFor(
      () => (viewsOf(f, listId).at(-1) as ListView | undefined)?.items.length === 4,
      5000,
      'the list state at the old socket',
    );
    expect(textsOf(yA)).toEqual({ ...expectedTexts, [four]: 'Efter kraschen' });
    expect(readDisk(dataDir, listId, dotsId)).toMatchObject({ voteRows: 3, dots: 6 });
  });
});
