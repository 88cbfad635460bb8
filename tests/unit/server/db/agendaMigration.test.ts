import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { byJson } from '../../../fixtures/v1.ts';
import { copyV4, V4 } from '../../../fixtures/v4.ts';
import { agendaOf, allClean, type Db, ID, migrateCheckingEachStep, open, schemaOf } from './stepwise.ts';
import { addV4Workshops, LINDESBERG, NORA } from './v4Workshops.ts';

type Row = { id: string; [column: string]: unknown };
const byId = (a: Row, b: Row) => a.id.localeCompare(b.id);

describe('db/migrations step 5: the agenda', () => {
  const opened: Db[] = [];
  const track = (db: Db) => {
    opened.push(db);
    return db;
  };
  const v4Copy = () =>
    track(open(copyV4(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-mig-')), 'v4.sqlite'))));
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  /** The fixture's workshop (voting) and two more added at schema 4: one collecting, one closed. */
  const v4WithThree = () => {
    const db = v4Copy();
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    addV4Workshops(db);
    const before = {
      updates: db.prepare('SELECT workshop_id, data FROM yjs_updates ORDER BY seq').all() as Array<{
        workshop_id: string;
        data: Buffer;
      }>,
      priorities: db
        .prepare<[], Row & { workshop_id: string }>('SELECT * FROM priorities ORDER BY workshop_id, position')
        .all(),
    };
    expect(migrateCheckingEachStep(db)).toEqual(allClean(4));
    return { db, before };
  };

  it('gives each workshop a list and a dot voting in the states its phase had', () => {
    const { db } = v4WithThree();
    type State = { status: string; locked: number; revealed: number; timer: string | null; live: number };
    const state = (
      status: string,
      locked: number,
      revealed: number,
      timer: string | null,
      live: number,
    ): State => ({
      status,
      locked,
      revealed,
      timer,
      live,
    });
    /** The two rows step 5 makes for a workshop; returns their ids. */
    const expectAgenda = (workshopId: string, createdAt: string, list: State, dots: State, rules: object) => {
      const [l, d] = agendaOf(db, workshopId);
      const common = { title: '', config_version: 1, created_at: createdAt };
      expect(agendaOf(db, workshopId), workshopId).toEqual([
        { ...common, ...list, id: l?.id, type: 'list', position: 0, config: { prompt: '' } },
        {
          ...common,
          ...dots,
          id: d?.id,
          type: 'dots',
          position: 1,
          config: { sourceActivityId: l?.id, ...rules },
        },
      ]);
      return [l?.id, d?.id];
    };
    const ids = [
      // Voting: the list froze while people vote; the dots are open and live, with the timer.
      ...expectAgenda(
        V4.karlskoga.id,
        V4.karlskoga.createdAt,
        state('closed', 0, 0, null, 0),
        state('open', 0, 0, V4.karlskoga.timer, 1),
        { dotsPerParticipant: 4, maxPerPriority: 2 },
      ),
      // Collecting, locked, before any vote: the list open and live with the timer; the dots a draft with defaults.
      ...expectAgenda(
        LINDESBERG.id,
        LINDESBERG.createdAt,
        state('open', 1, 0, LINDESBERG.timer, 1),
        state('draft', 0, 0, null, 0),
        { dotsPerParticipant: 5, maxPerPriority: 3 },
      ),
      // Closed with results revealed: both closed, the reveal on the dots, which stay live.
      ...expectAgenda(
        NORA.id,
        NORA.createdAt,
        state('closed', 0, 0, null, 0),
        state('closed', 0, 1, null, 1),
        {
          dotsPerParticipant: 3,
          maxPerPriority: 1,
        },
      ),
    ];
    expect(new Set(ids).size).toBe(6);
    for (const id of ids) expect(id).toMatch(ID);
  });

  it('moves the priorities to their list as items, unchanged', () => {
    const { db, before } = v4WithThree();
    const listOf = (workshopId: string) => agendaOf(db, workshopId)[0]?.id;
    // Step 8 adds who added an item (for per-person quotas); no earlier row knows it. A later
    // step adds a hidden item's kept text: earlier hidden items keep theirs in the document.
    const expected = before.priorities.map(({ workshop_id, ...p }) => ({
      ...p,
      activity_id: listOf(workshop_id),
      created_by: null,
      hidden_text: null,
    }));
    const items = db.prepare<[], Row>('SELECT * FROM items').all();
    expect(items.sort(byId)).toEqual(expected.sort(byId));
    expect(before.priorities.map((p) => p.id)).toContain(V4.priority.bredband);
    expect(expected).toHaveLength(7);
  });

  it('moves the dots to the dot voting as responses keyed by item, hidden ones included', () => {
    const { db } = v4WithThree();
    const rows = db
      .prepare(
        `SELECT a.workshop_id, r.participant_id, r.key, r.value, r.updated_at = w.created_at AS sameTime
         FROM responses r JOIN activities a ON a.id = r.activity_id JOIN workshops w ON w.id = a.workshop_id
         WHERE a.type = 'dots'`,
      )
      .all();
    const k = V4.karlskoga.id;
    expect(rows.sort(byJson)).toEqual(
      [
        {
          workshop_id: k,
          participant_id: V4.participant.public,
          key: V4.priority.kompetens,
          value: '2',
          sameTime: 1,
        },
        {
          workshop_id: k,
          participant_id: V4.participant.public,
          key: V4.priority.unga,
          value: '1',
          sameTime: 1,
        },
        {
          workshop_id: k,
          participant_id: V4.participant.civil,
          key: V4.priority.unga,
          value: '2',
          sameTime: 1,
        },
        {
          workshop_id: NORA.id,
          participant_id: NORA.participantId,
          key: NORA.priorityId,
          value: '1',
          sameTime: 1,
        },
      ].sort(byJson),
    );
    expect(db.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 4 });
  });

  it('moves each document to its list, updates in their order, bytes unchanged', () => {
    const { db, before } = v4WithThree();
    for (const workshopId of [V4.karlskoga.id, LINDESBERG.id, NORA.id]) {
      const [list, dots] = agendaOf(db, workshopId);
      const of = (id: string | undefined) =>
        (
          db.prepare('SELECT data FROM doc_updates WHERE activity_id = ? ORDER BY seq').all(id) as Array<{
            data: Buffer;
          }>
        ).map((r) => r.data);
      const was = before.updates.filter((u) => u.workshop_id === workshopId).map((u) => u.data);
      expect(was.length, workshopId).toBeGreaterThan(0);
      expect(of(list?.id), workshopId).toEqual(was);
      expect(of(dots?.id), workshopId).toEqual([]);
    }
    expect(db.prepare('SELECT count(*) AS n FROM doc_updates').get()).toEqual({ n: 4 });
    // Interleaved with another workshop's, Lindesberg's updates still build its texts.
    const doc = new Y.Doc();
    const listId = agendaOf(db, LINDESBERG.id)[0]?.id;
    for (const { data } of db
      .prepare('SELECT data FROM doc_updates WHERE activity_id = ? ORDER BY seq')
      .all(listId) as Array<{ data: Buffer }>)
      Y.applyUpdate(doc, data);
    expect(doc.getMap('texts').toJSON()).toEqual(LINDESBERG.texts);
  });

  it('moves client ownership and text versions to the list of their workshop', () => {
    const { db } = v4WithThree();
    const kList = agendaOf(db, V4.karlskoga.id)[0]?.id;
    const lList = agendaOf(db, LINDESBERG.id)[0]?.id;
    expect(db.prepare('SELECT * FROM doc_clients').all().sort(byJson)).toEqual(
      [
        { activity_id: kList, client_id: V4.ownedClientId, owner: `p:${V4.participant.public}` },
        { activity_id: lList, client_id: LINDESBERG.clientId, owner: `p:${LINDESBERG.participantId}` },
      ].sort(byJson),
    );
    const versions = db
      .prepare('SELECT activity_id, item_id, text, author FROM item_versions ORDER BY id')
      .all();
    expect(versions).toEqual([
      { activity_id: kList, item_id: V4.priority.kompetens, text: 'Kompetensförsörjning', author: null },
      { activity_id: kList, item_id: V4.priority.bredband, text: 'Bredband', author: null },
      { activity_id: kList, item_id: V4.priority.klimat, text: 'Klimatomställning', author: null },
      {
        activity_id: kList,
        item_id: V4.priority.kompetens,
        text: 'Kompetensförsörjning i hela länet',
        author: V4.participant.public,
      },
      { activity_id: kList, item_id: V4.priority.unga, text: 'Ungas inflytande\nBredband', author: null },
      {
        activity_id: lList,
        item_id: LINDESBERG.addedId,
        text: LINDESBERG.texts[LINDESBERG.addedId],
        author: LINDESBERG.participantId,
      },
    ]);
  });

  it('drops the old tables and the workshop columns the activities took over', () => {
    const { db } = v4WithThree();
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
    ).map((t) => t.name);
    for (const gone of ['priorities', 'votes', 'yjs_updates', 'yjs_clients', 'text_versions', 'agenda_move'])
      expect(tables).not.toContain(gone);
    const columns = (db.prepare('PRAGMA table_info(workshops)').all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      'id',
      'code',
      'title',
      'date',
      'place',
      'description',
      'created_by',
      'created_at',
      'live_activity_id',
      'settings', // step 6
      'deleted_at', // step 9+: a deleted workshop is hidden until purged
      'deleted_by',
    ]);
    expect(db.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'table'").all()).toEqual([]);
    // Participants, memberships and accounts stay as they were.
    expect(db.prepare('SELECT count(*) AS n FROM participants').get()).toEqual({ n: 4 });
    expect(db.prepare('SELECT count(*) AS n FROM workshop_facilitators').get()).toEqual({ n: 4 });
  });

  it('ends with the schema an empty database gets when the database was made at schema 4', () => {
    const fresh = track(open(':memory:'));
    migrateCheckingEachStep(fresh);
    expect(schemaOf(v4WithThree().db)).toEqual(schemaOf(fresh));
  });

  it('deletes a workshop with its whole agenda when the workshop row goes, after the migration', () => {
    const { db } = v4WithThree();
    db.prepare('DELETE FROM participants WHERE workshop_id = ?').run(V4.karlskoga.id);
    db.prepare('DELETE FROM workshop_facilitators WHERE workshop_id = ?').run(V4.karlskoga.id);
    db.prepare('DELETE FROM workshops WHERE id = ?').run(V4.karlskoga.id);
    for (const table of ['activities', 'items', 'responses', 'doc_updates', 'doc_clients', 'item_versions']) {
      const left = db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      const expected = {
        activities: 4,
        items: 3,
        responses: 1,
        doc_updates: 3,
        doc_clients: 1,
        item_versions: 1,
      }[table];
      expect(left.n, table).toBe(expected);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
