import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/db/migrations.ts';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import type { CreatedWorkshop, Facilitator, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { byJson, copyV1, dumpDb, sha256Of, V1, V1_FILE } from '../../fixtures/v1.ts';
import { Harness } from '../helpers/harness.ts';
import { api, join, login } from '../helpers/http.ts';
import { ADMIN, dbFileOf, tempDir } from '../helpers/server.ts';
import { ack, okData, rawAck } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved } from '../helpers/yjs.ts';
import { RUS_STATE, RUS_TALLY, RUS_TEXTS } from './v1Expected.ts';

const P = V1.priority;

/** The rows of the Markdown table under `heading`, without its header and separator. */
function tableUnder(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) rows.push(line);
    else if (rows.length > 0) break;
  }
  return rows.slice(2);
}

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

  it('brings the schema to the newest version when the server opens a 0.1.0 database', async () => {
    const { app, dataDir } = await startOnV1();
    await h.closeApp(app);

    const pristine = dumpDb(copyV1(path.join(tempDir(), 'pristine.sqlite')));
    const migrated = dumpDb(dbFileOf(dataDir));
    expect(pristine.userVersion).toBe(1);
    expect(migrated.userVersion).toBe(MIGRATIONS.length);
    expect(migrated.rows.workshop_facilitators).toHaveLength(2);
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

    const rest = await api<CreatedWorkshop>(url, 'GET', `/api/workshops/${V1.rus.id}`, { cookie });
    expect([rest.status, rest.body.role, rest.body.workshop]).toEqual([200, 'owner', RUS_STATE]);
    const f = await h.socket(url, V1.rus.id, 'facilitator', cookie);
    const snapshot = okData(await ack(f, 'workshop:sync', {}));
    expect([snapshot.role, snapshot.state, snapshot.allocation]).toEqual(['facilitator', RUS_STATE, {}]);
  });

  it('serves every text of the stored Yjs document when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();

    const y = h.yjs(url, V1.rus.id, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');

    expect(y.texts.toJSON()).toEqual(RUS_TEXTS);
    expect(y.closeCodes).toEqual([]);
  });

  it('counts the stored dots as the 0.1.0 room cast them when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();

    const f = await h.socket(url, V1.rus.id, 'facilitator', cookie);
    const projector = await h.socket(url, V1.rus.id, 'projector', cookie);

    expect(okData(await ack(f, 'workshop:sync', {})).tally).toEqual(RUS_TALLY);
    expect(okData(await ack(projector, 'workshop:sync', {})).tally).toEqual(RUS_TALLY);
  });

  it('exports the same counts and participants by sector in Markdown and CSV when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();

    const md = await api<string>(url, 'GET', `/api/workshops/${V1.rus.id}/export.md?lang=sv`, { cookie });
    expect(md.status).toBe(200);
    expect(md.body).toContain('- **Prickröstning:** 5 prickar per deltagare, högst per prioritering 3');
    expect(tableUnder(md.body, '## Prioriteringar')).toEqual([
      '| 1 | Kompetensförsörjning i hela länet | 4 | 3 | 1 | 0 | 0 | 0 | 0 |',
      '| 2 | Kollektivtrafik på landsbygden | 1 | 0 | 1 | 0 | 0 | 0 | 0 |',
      '| 3 | Klimatomställning i näringslivet (dold, räknas inte) | – | – | – | – | – | – | – |',
      '| 4 | Unga vuxnas psykiska hälsa | 5 | 2 | 0 | 3 | 0 | 0 | 0 |',
      '| 5 | Digital infrastruktur<br>Bredband | 2 | 0 | 2 | 0 | 0 | 0 | 0 |',
    ]);
    expect(md.body).toContain(
      '### Sammanslagen från\n\n- 5. Digital infrastruktur\n  - Bredband (Förberedd av processledaren)\n',
    );
    expect(tableUnder(md.body, '## Deltagare per sektor')).toEqual([
      '| Offentlig sektor | 1 | 1 |',
      '| Näringsliv | 1 | 1 |',
      '| Akademi | 1 | 1 |',
      '| Civilsamhälle | 0 | 0 |',
      '| Annat | 0 | 0 |',
      '| Vill inte ange | 0 | 0 |',
    ]);

    const csv = await api<string>(url, 'GET', `/api/workshops/${V1.rus.id}/export.csv?lang=sv`, { cookie });
    const lines = csv.body.split('\r\n');
    expect(lines).toContain('"Kod";"XBPXBAS7"');
    expect(lines.filter((l) => /^\d+;/.test(l))).toEqual([
      '1;"Kompetensförsörjning i hela länet";4;3;1;0;0;0;0;"nej";"Förberedd av processledaren";""',
      '2;"Kollektivtrafik på landsbygden";1;0;1;0;0;0;0;"nej";"Förberedd av processledaren";""',
      '3;"Klimatomställning i näringslivet";"–";"–";"–";"–";"–";"–";"–";"ja";"Förberedd av processledaren";""',
      '4;"Unga vuxnas psykiska hälsa";5;2;0;3;0;0;0;"nej";"Offentlig sektor";""',
      '5;"Digital infrastruktur\nBredband";2;0;2;0;0;0;0;"nej";"Förberedd av processledaren";"Bredband"',
    ]);
    const sectors = lines.indexOf('"Sektor";"Anslutna";"Röstade"');
    expect(lines.slice(sectors + 1, sectors + 8)).toEqual([
      '"Offentlig sektor";1;1',
      '"Näringsliv";1;1',
      '"Akademi";1;1',
      '"Civilsamhälle";0;0',
      '"Annat";0;0',
      '"Vill inte ange";0;0',
      '"Alla";3;3',
    ]);
  });

  it('lets a participant join with the stored code and read, but not write, when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();
    const { workshop } = (await api<CreatedWorkshop>(url, 'GET', `/api/workshops/${V1.rus.id}`, { cookie }))
      .body;

    const newcomer = await join(url, workshop.code, 'civil');
    const p = await h.socket(url, V1.rus.id, 'participant', newcomer.cookie);
    const snapshot = okData(await ack(p, 'workshop:sync', {}));
    expect([snapshot.role, snapshot.state, snapshot.allocation, snapshot.tally]).toEqual([
      'participant',
      RUS_STATE,
      {},
      RUS_TALLY,
    ]);
    expect(await rawAck(p, 'vote:cast', { allocation: { [P.kompetens]: 1 } })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
    const y = h.yjs(url, V1.rus.id, newcomer.cookie);
    await waitFor(() => y.provider.synced, 5000, 'participant synced');
    expect(y.texts.toJSON()).toEqual(RUS_TEXTS);
    y.texts.get(P.kompetens)?.insert(0, 'X');
    await waitFor(() => y.refused.length > 0, 5000, 'the edit refused');
    expect(y.refused).toEqual(['LOCKED']);
  });

  it('keeps the empty workshop empty and usable when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();

    const rest = await api<CreatedWorkshop>(url, 'GET', `/api/workshops/${V1.empty.id}`, { cookie });
    expect(rest.body.workshop).toEqual({
      ...V1.empty,
      date: '2025-03-14',
      place: 'Örebro slott',
      description: 'Workshop 1',
      phase: 'collect',
      locked: false,
      revealed: false,
      vote: null,
      priorities: [],
    });
    const f = await h.socket(url, V1.empty.id, 'facilitator', cookie);
    expect(okData(await ack(f, 'workshop:sync', {})).tally).toEqual({
      totalDots: 0,
      voters: 0,
      votersBySector: emptyBySector(),
      byPriority: {},
    });
    const { priorityId } = okData(await ack(f, 'priority:add', { text: 'Första' }));
    const y = h.yjs(url, V1.empty.id, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    expect(y.texts.toJSON()).toEqual({ [priorityId]: 'Första' });
  });

  it('stores a new edit and its text version when the migrated document is edited', async () => {
    const { url, cookie, dataDir } = await loggedInOnV1();
    const y = h.yjs(url, V1.rus.id, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');

    y.texts.get(P.kompetens)?.insert(RUS_TEXTS[P.kompetens].length, ' och Bergslagen');
    await waitFor(() => allSaved(y), 5000, 'the edit saved');
    const f = await h.socket(url, V1.rus.id, 'facilitator', cookie);
    const { versions } = okData(await ack(f, 'text:versions', { itemId: P.kompetens }));
    expect(versions.map((v) => [v.text, v.by])).toEqual([
      ['Kompetensförsörjning i hela länet och Bergslagen', { kind: 'facilitator' }],
    ]);
    expect(y.refused).toEqual([]);
    await h.cleanup();

    const again = await loggedInOnV1(dataDir);
    const fresh = h.yjs(again.url, V1.rus.id, again.cookie);
    await waitFor(() => fresh.provider.synced, 5000, 'synced after restart');
    expect(fresh.texts.toJSON()).toEqual({
      ...RUS_TEXTS,
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
    for (const [table, rows] of Object.entries(pristine.rows)) {
      const columns = Object.keys(rows[0] ?? {});
      const kept = (twice.rows[table] ?? []).map((row) => pick(row, columns)).sort(byJson);
      expect([table, kept]).toEqual([table, rows]);
    }

    const third = await loggedInOnV1(first.dataDir);
    const list = await api<WorkshopSummary[]>(third.url, 'GET', '/api/workshops', { cookie: third.cookie });
    expect(list.body.map((w) => [w.id, w.role])).toEqual([
      [V1.empty.id, 'owner'],
      [V1.rus.id, 'owner'],
    ]);
    const f = await h.socket(third.url, V1.rus.id, 'facilitator', third.cookie);
    const snapshot = okData(await ack(f, 'workshop:sync', {}));
    expect([snapshot.state, snapshot.tally]).toEqual([RUS_STATE, RUS_TALLY]);
  });
});

function pick(row: unknown, keys: string[]): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
