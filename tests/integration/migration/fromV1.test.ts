import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATIONS } from '../../../server/db/migrations.ts';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import type { CreatedWorkshop, Facilitator, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { byJson, copyV1, dumpDb, sha256Of, V1, V1_FILE } from '../../fixtures/v1.ts';
import { addItem, cast, itemsOf, listAndDots, mineIn, sync, tallyOf } from '../helpers/agenda.ts';
import { Harness } from '../helpers/harness.ts';
import { api, join, login } from '../helpers/http.ts';
import { ADMIN, dbFileOf, tempDir } from '../helpers/server.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved } from '../helpers/yjs.ts';
import {
  type AgendaIds,
  emptyState,
  RUS_DOC_TEXTS,
  RUS_LIST,
  RUS_STAFF_LIST,
  RUS_TALLY,
  RUS_TEXTS,
  RUS_VOTE_ITEMS,
  rusState,
} from './v1Expected.ts';

const P = V1.priority;

type Row = Record<string, unknown>;

/** Columns step 5 moved into the activities (checked through the agenda above), by table. */
const DROPPED: Record<string, string[]> = { workshops: ['phase', 'locked', 'revealed', 'vote_config'] };

describe('db/migrations from release 0.1.0', () => {
  const h = new Harness();
  const fixtureHash = sha256Of(V1_FILE);
  afterEach(() => h.cleanup());
  afterAll(() => {
    expect(sha256Of(V1_FILE)).toBe(fixtureHash);
    expect([fs.existsSync(`${V1_FILE}-wal`), fs.existsSync(`${V1_FILE}-shm`)]).toEqual([false, false]);
  });

  /** The real server on a fresh copy of the fixture, or on `dataDir` as it is. */
  async function startOnV1(dataDir?: string) {
    const dir = dataDir ?? path.dirname(copyV1(dbFileOf(tempDir())));
    const { app } = await h.start({ dataDir: dir, admin: false });
    return { app, url: app.url, dataDir: dir };
  }

  /** Started on a fresh copy, with the 0.1.0 account logged in. */
  async function loggedInOnV1(dataDir?: string) {
    const started = await startOnV1(dataDir);
    return { ...started, cookie: await login(started.url) };
  }

  /** The ids the migration gave a workshop's list and dot voting, as the REST state tells them. */
  async function idsOf(url: string, cookie: string, workshopId: string): Promise<AgendaIds> {
    const rest = await api<CreatedWorkshop>(url, 'GET', `/api/workshops/${workshopId}`, { cookie });
    return listAndDots(rest.body.workshop);
  }

  it('brings the schema to the newest version when the server opens a 0.1.0 database', async () => {
    const { app, dataDir } = await startOnV1();
    await h.closeApp(app);

    const pristine = dumpDb(copyV1(path.join(tempDir(), 'pristine.sqlite')));
    const migrated = dumpDb(dbFileOf(dataDir));
    expect(pristine.userVersion).toBe(1);
    expect(migrated.userVersion).toBe(MIGRATIONS.length);
    expect(migrated.rows.workshop_facilitators).toHaveLength(2);
    // Every workshop became an agenda of two: a list and dot voting over it.
    const activities = migrated.rows.activities as Row[];
    expect(activities.map((a) => [a.workshop_id, a.type, a.position]).sort(byJson)).toEqual(
      [
        [V1.rus.id, 'list', 0],
        [V1.rus.id, 'dots', 1],
        [V1.empty.id, 'list', 0],
        [V1.empty.id, 'dots', 1],
      ].sort(byJson),
    );
  });

  it('makes the 0.1.0 account the admin and the owner of both workshops when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();

    const me = await api<Facilitator>(url, 'GET', '/api/auth/me', { cookie });
    expect([me.status, me.body]).toEqual([
      200,
      { id: V1.facilitatorId, name: 'Processledare', email: ADMIN.email, isAdmin: true },
    ]);
    const list = await api<WorkshopSummary[]>(url, 'GET', '/api/workshops', { cookie });
    expect(list.body.map((w) => [w.id, w.title, w.participants, w.role])).toEqual([
      [V1.empty.id, V1.empty.title, 0, 'owner'],
      [V1.rus.id, V1.rus.title, 3, 'owner'],
    ]);
    const facilitators = await api<Array<{ id: string; role: string }>>(
      url,
      'GET',
      `/api/workshops/${V1.rus.id}/facilitators`,
      { cookie },
    );
    expect(facilitators.body.map((f) => [f.id, f.role])).toEqual([[V1.facilitatorId, 'owner']]);
  });

  it('keeps phase, lock, reveal, vote rules, order, hidden and merged priorities when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();
    const ids = await idsOf(url, cookie, V1.rus.id);

    const rest = await api<CreatedWorkshop>(url, 'GET', `/api/workshops/${V1.rus.id}`, { cookie });
    expect([rest.status, rest.body.role, rest.body.workshop]).toEqual([200, 'owner', rusState(ids)]);
    const f = await h.socket(url, V1.rus.id, 'facilitator', cookie);
    const snapshot = await sync(f);
    expect([snapshot.role, snapshot.state, snapshot.mine]).toEqual(['facilitator', rusState(ids), {}]);
    expect(snapshot.views).toEqual({ [ids.listId]: RUS_STAFF_LIST, [ids.dotsId]: RUS_VOTE_ITEMS });
  });

  it("serves the stored Yjs document as the list document, without the hidden item's text, when migrating", async () => {
    const { url, cookie } = await loggedInOnV1();
    const { listId } = await idsOf(url, cookie, V1.rus.id);

    const y = h.yjs(url, listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');

    expect(y.texts.toJSON()).toEqual(RUS_DOC_TEXTS);
    expect(y.closeCodes).toEqual([]);
  });

  it('counts the stored dots as the 0.1.0 room cast them when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();
    const { dotsId } = await idsOf(url, cookie, V1.rus.id);

    const f = await h.socket(url, V1.rus.id, 'facilitator', cookie);
    const projector = await h.socket(url, V1.rus.id, 'projector', cookie);

    expect(tallyOf(await sync(f), dotsId)).toEqual(RUS_TALLY);
    // Revealed in 0.1.0, so the projector gets the whole results.
    expect(tallyOf(await sync(projector), dotsId)).toEqual(RUS_TALLY);
  });

  it('lets a participant join with the stored code and read, but not write, when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();
    const ids = await idsOf(url, cookie, V1.rus.id);

    const newcomer = await join(url, V1.rus.code, 'civil');
    const p = await h.socket(url, V1.rus.id, 'participant', newcomer.cookie);
    const snapshot = await sync(p);
    expect([
      snapshot.role,
      snapshot.state,
      mineIn(snapshot, ids.dotsId),
      tallyOf(snapshot, ids.dotsId),
    ]).toEqual(['participant', rusState(ids), {}, RUS_TALLY]);
    expect(itemsOf(snapshot, ids.listId)).toEqual(RUS_LIST.items);
    expect(await cast(p, ids.dotsId, { [P.kompetens]: 1 })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
    const y = h.yjs(url, ids.listId, newcomer.cookie);
    await waitFor(() => y.provider.synced, 5000, 'participant synced');
    expect(y.texts.toJSON()).toEqual(RUS_DOC_TEXTS);
    y.texts.get(P.kompetens)?.insert(0, 'X');
    await waitFor(() => y.refused.length > 0, 5000, 'the edit refused');
    expect(y.refused).toEqual(['LOCKED']);
  });

  it('keeps the empty workshop empty and usable when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();
    const ids = await idsOf(url, cookie, V1.empty.id);

    const rest = await api<CreatedWorkshop>(url, 'GET', `/api/workshops/${V1.empty.id}`, { cookie });
    expect(rest.body.workshop).toEqual(emptyState(ids));
    const f = await h.socket(url, V1.empty.id, 'facilitator', cookie);
    const snapshot = await sync(f);
    expect(snapshot.views).toEqual({ [ids.listId]: { items: [] }, [ids.dotsId]: { items: [] } });
    expect(tallyOf(snapshot, ids.dotsId)).toEqual({
      totalDots: 0,
      voters: 0,
      votersBySector: emptyBySector(),
      byPriority: {},
    });
    // It never had a Yjs document; its list gets one with the first item.
    const itemId = await addItem(f, ids.listId, 'Första');
    const y = h.yjs(url, ids.listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    expect(y.texts.toJSON()).toEqual({ [itemId]: 'Första' });
  });

  it('stores a new edit and its text version when the migrated document is edited', async () => {
    const { url, cookie, dataDir } = await loggedInOnV1();
    const { listId } = await idsOf(url, cookie, V1.rus.id);
    const y = h.yjs(url, listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');

    y.texts.get(P.kompetens)?.insert(RUS_TEXTS[P.kompetens].length, ' och Bergslagen');
    await waitFor(() => allSaved(y), 5000, 'the edit saved');
    const f = await h.socket(url, V1.rus.id, 'facilitator', cookie);
    const { versions } = okData(await ack(f, 'text:versions', { activityId: listId, itemId: P.kompetens }));
    expect(versions.map((v) => [v.text, v.by])).toEqual([
      ['Kompetensförsörjning i hela länet och Bergslagen', { kind: 'facilitator' }],
    ]);
    expect(y.refused).toEqual([]);
    await h.cleanup();

    const again = await loggedInOnV1(dataDir);
    const fresh = h.yjs(again.url, listId, again.cookie);
    await waitFor(() => fresh.provider.synced, 5000, 'synced after restart');
    expect(fresh.texts.toJSON()).toEqual({
      ...RUS_DOC_TEXTS,
      [P.kompetens]: 'Kompetensförsörjning i hela länet och Bergslagen',
    });
  });

  it('changes nothing and loses nothing when the migrated database is opened a second time', async () => {
    const first = await startOnV1();
    await h.closeApp(first.app);
    const once = dumpDb(dbFileOf(first.dataDir));

    const second = await startOnV1(first.dataDir);
    await h.closeApp(second.app);
    const twice = dumpDb(dbFileOf(first.dataDir));

    expect(twice).toEqual(once);
    const pristine = dumpDb(copyV1(path.join(tempDir(), 'pristine.sqlite')));
    const activities = twice.rows.activities as Row[];
    const activityOf = (workshopId: unknown, type: string) =>
      activities.find((a) => a.workshop_id === workshopId && a.type === type)?.id;
    // Tables that moved: each old row is in its new table, under the workshop's list or dot voting.
    const moved: Record<string, { to: string; row: (r: Row) => Row }> = {
      priorities: {
        to: 'items',
        row: ({ workshop_id, ...r }) => ({ ...r, activity_id: activityOf(workshop_id, 'list') }),
      },
      votes: {
        to: 'responses',
        row: (r) => ({
          activity_id: activityOf(r.workshop_id, 'dots'),
          participant_id: r.participant_id,
          key: r.priority_id,
          value: String(r.dots),
        }),
      },
    };
    for (const [table, rows] of Object.entries(pristine.rows)) {
      // The document log is compared by what it holds, below: the first start rewrote it.
      if (table === 'sqlite_sequence' || table === 'yjs_updates') continue;
      const move = moved[table];
      const expected = move ? (rows as Row[]).map(move.row).sort(byJson) : rows;
      const target = move?.to ?? table;
      const columns = Object.keys((expected[0] ?? {}) as Row).filter(
        (c) => !(DROPPED[table] ?? []).includes(c),
      );
      const kept = (twice.rows[target] ?? []).map((row) => pick(row, columns)).sort(byJson);
      expect([table, kept]).toEqual([
        table,
        (expected as Row[]).map((row) => pick(row, columns)).sort(byJson),
      ]);
    }
    // The document log holds the same document, but for the hidden item's text: the first start
    // moved it out (into items.hidden_text) and compacted the log, so no reader gets it.
    const rusList = activityOf(V1.rus.id, 'list');
    const replay = (rows: Row[]) => {
      const doc = new Y.Doc();
      for (const r of [...rows].sort((a, b) => Number(a.seq) - Number(b.seq)))
        Y.applyUpdate(doc, r.data as Uint8Array);
      return doc.getMap(TEXTS_KEY).toJSON();
    };
    const oldLog = (pristine.rows.yjs_updates as Row[]).filter((r) => r.workshop_id === V1.rus.id);
    const newLog = (twice.rows.doc_updates as Row[]).filter((r) => r.activity_id === rusList);
    expect(replay(oldLog)).toEqual(RUS_TEXTS);
    expect(replay(newLog)).toEqual(RUS_DOC_TEXTS);
    const klimat = (twice.rows.items as Row[]).find((r) => r.id === P.klimat);
    expect(klimat?.hidden_text).toBe(RUS_TEXTS[P.klimat]);

    const third = await loggedInOnV1(first.dataDir);
    const list = await api<WorkshopSummary[]>(third.url, 'GET', '/api/workshops', { cookie: third.cookie });
    expect(list.body.map((w) => [w.id, w.role])).toEqual([
      [V1.empty.id, 'owner'],
      [V1.rus.id, 'owner'],
    ]);
    const ids = await idsOf(third.url, third.cookie, V1.rus.id);
    const f = await h.socket(third.url, V1.rus.id, 'facilitator', third.cookie);
    const snapshot = await sync(f);
    expect([snapshot.state, tallyOf(snapshot, ids.dotsId)]).toEqual([rusState(ids), RUS_TALLY]);
  });
});

function pick(row: unknown, keys: string[]): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
