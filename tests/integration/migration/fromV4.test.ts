import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/db/migrations.ts';
import type { Tally } from '../../../shared/activities/dots/types.ts';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import { timerStatus } from '../../../shared/domain/timer.ts';
import type { CreatedWorkshop, WorkshopFacilitator, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { sha256Of } from '../../fixtures/v1.ts';
import { copyV4, V4, V4_FILE } from '../../fixtures/v4.ts';
import { activityIn, cast, castOk, listAndDots, mineIn, sync, tallyOf } from '../helpers/agenda.ts';
import { Harness } from '../helpers/harness.ts';
import { api, join, login, loginAs } from '../helpers/http.ts';
import { dbFileOf, tempDir } from '../helpers/server.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';

const P = V4.priority;
const W = V4.karlskoga;
const CO = { email: 'kollega@example.se', password: 'ett annat långt lösenord' };

/** The list's texts (README.md): Bredband keeps its key after the merge. */
const TEXTS = {
  [P.kompetens]: 'Kompetensförsörjning i hela länet',
  [P.bredband]: 'Bredband',
  [P.klimat]: 'Klimatomställning',
  [P.unga]: 'Ungas inflytande\nBredband',
};

/**
 * What the list's Yjs document holds once the server has started: the two hidden items' texts are
 * moved out of it (into `items.hidden_text`, server/activities/list/hide.ts).
 */
const DOC_TEXTS = { [P.bredband]: TEXTS[P.bredband], [P.unga]: TEXTS[P.unga] };

/** Public 1 and civil 2 on Ungas inflytande; public's 2 on the hidden Kompetensförsörjning are not counted. */
const TALLY: Tally = {
  totalDots: 3,
  voters: 2,
  votersBySector: { ...emptyBySector(), public: 1, civil: 1 },
  byPriority: { [P.unga]: { total: 3, bySector: { ...emptyBySector(), public: 1, civil: 2 } } },
};

describe('db/migrations from schema 4 (the agenda, step 5)', () => {
  const h = new Harness();
  const fixtureHash = sha256Of(V4_FILE);
  afterEach(() => h.cleanup());
  afterAll(() => expect(sha256Of(V4_FILE)).toBe(fixtureHash));

  /** The real server on a fresh copy of the fixture, the owner logged in, and the new activity ids. */
  async function startOnV4(dataDir?: string) {
    const dir = dataDir ?? path.dirname(copyV4(dbFileOf(tempDir())));
    const { app } = await h.start({ dataDir: dir, admin: false });
    const cookie = await login(app.url);
    const rest = await api<CreatedWorkshop>(app.url, 'GET', `/api/workshops/${W.id}`, { cookie });
    return { app, url: app.url, dataDir: dir, cookie, rest, ...listAndDots(rest.body.workshop) };
  }

  function rows<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
    const db = new Database(dbFileOf(dataDir), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  it('makes the workshop an agenda of a closed list and open dot voting, the dot voting live', async () => {
    const { rest, listId, dotsId, dataDir, app } = await startOnV4();

    expect([rest.status, rest.body.role]).toEqual([200, 'owner']);
    expect(rest.body.workshop).toEqual({
      id: W.id,
      code: W.code,
      title: W.title,
      date: '2025-03-14',
      place: 'Örebro slott',
      description: 'Workshop 1',
      liveActivityId: dotsId,
      // Workshops from before the setting showed the names people gave: they still do.
      settings: { names: 'shown', wordFilter: true, dialogue: null, joinsOpen: true },
      agenda: [
        {
          id: listId,
          type: 'list',
          title: '',
          status: 'closed',
          locked: false,
          revealed: false,
          config: { prompt: '' },
        },
        {
          id: dotsId,
          type: 'dots',
          title: '',
          status: 'open',
          locked: false,
          revealed: false,
          config: { sourceActivityId: listId, dotsPerParticipant: 4, maxPerPriority: 2 },
        },
      ],
    });
    await h.closeApp(app);
    const db = new Database(dbFileOf(dataDir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps the items with their order, hidden flags, merge and provenance', async () => {
    const { url, cookie, listId, dotsId, dataDir } = await startOnV4();
    const f = await h.socket(url, W.id, 'facilitator', cookie);

    const snap = await sync(f);

    expect(snap.views[listId]).toEqual({
      hiddenTexts: { [P.kompetens]: TEXTS[P.kompetens], [P.klimat]: TEXTS[P.klimat] },
      items: [
        // Numbered by creation: the merged-away Bredband keeps its 2, so no one is renumbered.
        { id: P.kompetens, hidden: true, mergedFrom: [], createdBySector: null, n: 1 },
        { id: P.klimat, hidden: true, mergedFrom: [], createdBySector: null, n: 3 },
        {
          id: P.unga,
          hidden: false,
          mergedFrom: [
            {
              priorityId: P.bredband,
              text: 'Bredband',
              createdBySector: null,
              mergedAt: '2026-11-29T14:29:21.286Z',
            },
          ],
          createdBySector: 'civil',
          n: 4,
        },
      ],
    });
    expect(snap.views[dotsId]).toEqual({
      items: [
        // Hidden texts are not sent to the room; the merge's text keeps its line break.
        { id: P.kompetens, hidden: true, n: 1, merged: 0, label: '' },
        { id: P.klimat, hidden: true, n: 3, merged: 0, label: '' },
        { id: P.unga, hidden: false, n: 4, merged: 1, label: 'Ungas inflytande\nBredband' },
      ],
    });
    // The merged-away item is kept, pointing at where it went.
    expect(
      rows<{ id: string; merged_into: string | null }>(
        dataDir,
        'SELECT id, merged_into FROM items WHERE activity_id = ? ORDER BY position',
        listId,
      ),
    ).toEqual([
      { id: P.kompetens, merged_into: null },
      { id: P.bredband, merged_into: P.unga },
      { id: P.klimat, merged_into: null },
      { id: P.unga, merged_into: null },
    ]);
  });

  it('serves the texts over y-websocket as the list document, and keeps client ids owned', async () => {
    const { url, cookie, listId, dotsId } = await startOnV4();

    const y = h.yjs(url, listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    expect(y.texts.toJSON()).toEqual(DOC_TEXTS);
    expect(y.closeCodes).toEqual([]);
    // The dot voting has no document of its own.
    const none = h.yjs(url, dotsId, cookie);
    await waitFor(() => none.closeCodes.length > 0, 5000, 'the dot voting refused');

    // The facilitator edits under their own client id…
    y.texts.get(P.unga)!.insert(0, 'Unga: ');
    await waitFor(() => allSaved(y), 5000, 'the facilitator edit saved');
    expect(y.refused).toEqual([]);
    // …but not under the one the public participant's edits were made with.
    const thief = h.yjs(url, listId, cookie);
    await waitFor(() => thief.provider.synced, 5000, 'second client synced');
    thief.doc.clientID = V4.ownedClientId;
    thief.texts.get(P.unga)!.insert(0, 'Stulet ');
    await waitFor(() => thief.refused.length > 0, 5000, 'the foreign client id refused');
    expect(thief.refused).toEqual(['YJS_FOREIGN_CLIENT']);
    const fresh = h.yjs(url, listId, cookie);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(fresh.texts.toJSON()).toEqual({ ...DOC_TEXTS, [P.unga]: `Unga: ${TEXTS[P.unga]}` });
  });

  it('counts the stored dots as responses, not those on the hidden item, and lets the room vote on', async () => {
    const { url, cookie, dotsId, dataDir } = await startOnV4();
    const f = await h.socket(url, W.id, 'facilitator', cookie);
    const projector = await h.socket(url, W.id, 'projector', cookie);

    expect(tallyOf(await sync(f), dotsId)).toEqual(TALLY);
    // Not revealed yet: the projector gets the totals only.
    expect(tallyOf(await sync(projector), dotsId)).toEqual({ ...TALLY, byPriority: {} });
    const stored = rows<{ participant_id: string; key: string; value: string }>(
      dataDir,
      'SELECT participant_id, key, value FROM responses WHERE activity_id = ? ORDER BY participant_id, key',
      dotsId,
    );
    expect(stored.map((r) => [r.participant_id, r.key, JSON.parse(r.value)])).toEqual(
      [
        [V4.participant.public, P.kompetens, 2],
        [V4.participant.public, P.unga, 1],
        [V4.participant.civil, P.unga, 2],
      ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );

    // A newcomer votes under the migrated rules (4 dots, at most 2 per priority).
    const newcomer = await join(url, W.code, 'academia');
    const p = await h.socket(url, W.id, 'participant', newcomer.cookie);
    const snap = await sync(p);
    expect([snap.state.liveActivityId, mineIn(snap, dotsId), tallyOf(snap, dotsId)]).toEqual([
      dotsId,
      {},
      null,
    ]);
    expect(await cast(p, dotsId, { [P.unga]: 3 })).toEqual({
      ok: false,
      error: { code: 'MAX_PER_PRIORITY' },
    });
    expect(await cast(p, dotsId, { [P.bredband]: 1 })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PRIORITY' },
    });
    // Dots on a hidden item are left out of what is stored, as for anyone whose phone still shows it.
    expect(await castOk(p, dotsId, { [P.kompetens]: 1 })).toEqual({});
    expect(await castOk(p, dotsId, { [P.unga]: 2 })).toEqual({ [P.unga]: 2 });
    const after = tallyOf(await sync(f), dotsId);
    expect([after?.totalDots, after?.voters, after?.byPriority[P.unga]?.bySector.academia]).toEqual([
      5, 3, 2,
    ]);
    // The stored votes are under the rules: changing them needs a reset, as before.
    expect(
      await ack(f, 'agenda:update', {
        activityId: dotsId,
        config: { ...(activityIn(await sync(f), dotsId).config as object), dotsPerParticipant: 5 },
      }),
    ).toEqual({ ok: false, error: { code: 'VOTE_RULES_LOCKED' } });
  });

  it('keeps the owner and the co-facilitator, each with their role', async () => {
    const { url, cookie } = await startOnV4();
    const co = await loginAs(url, CO);

    const members = await api<WorkshopFacilitator[]>(url, 'GET', `/api/workshops/${W.id}/facilitators`, {
      cookie,
    });
    expect(members.body.map((m) => [m.id, m.role])).toEqual([
      [V4.ownerId, 'owner'],
      [V4.coId, 'co'],
    ]);
    const list = await api<WorkshopSummary[]>(url, 'GET', '/api/workshops', { cookie: co });
    expect(list.body.map((w) => [w.id, w.role, w.participants])).toEqual([[W.id, 'co', 2]]);
    const f = await h.socket(url, W.id, 'facilitator', co);
    expect((await sync(f)).state.id).toBe(W.id);
  });

  it('keeps the text versions with their authors, and restores one', async () => {
    const { url, cookie, listId } = await startOnV4();
    const f = await h.socket(url, W.id, 'facilitator', cookie);

    const { versions } = okData(await ack(f, 'text:versions', { activityId: listId, itemId: P.kompetens }));
    expect(versions.sort((a, b) => a.id - b.id).map((v) => [v.text, v.by.kind])).toEqual([
      ['Kompetensförsörjning', 'server'],
      ['Kompetensförsörjning i hela länet', 'participant'],
    ]);
    expect(versions.find((v) => v.by.kind === 'participant')?.by).toEqual({
      kind: 'participant',
      name: 'Deltagare public',
      sector: 'public',
    });
    const unga = okData(await ack(f, 'text:versions', { activityId: listId, itemId: P.unga })).versions;
    expect(unga.map((v) => v.text)).toEqual([TEXTS[P.unga]]);

    const first = versions.find((v) => v.text === 'Kompetensförsörjning')!;
    okData(await ack(f, 'text:restore', { activityId: listId, itemId: P.kompetens, versionId: first.id }));
    // Kompetensförsörjning is hidden: the restore writes its kept text, never the shared document.
    const staff = (await sync(f)).views[listId] as { hiddenTexts?: Record<string, string> };
    expect(staff.hiddenTexts?.[P.kompetens]).toBe('Kompetensförsörjning');
    const y = h.yjs(url, listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    expect(textOf(y, P.kompetens)).toBeUndefined();
  });

  it('keeps the paused timer on the dot voting, and it resumes', async () => {
    const { url, cookie, listId, dotsId } = await startOnV4();
    const f = await h.socket(url, W.id, 'facilitator', cookie);

    const snap = await sync(f);

    expect(snap.timers).toEqual({ [dotsId]: JSON.parse(W.timer) });
    expect(timerStatus(snap.timers[dotsId]!)).toBe('paused');
    expect(snap.timers[listId]).toBeUndefined();
    okData(await ack(f, 'timer:resume', { activityId: dotsId }));
    const running = (await sync(f)).timers[dotsId]!;
    expect(timerStatus(running)).toBe('running');
    expect(running).toMatchObject({ durationMs: 1_800_000, closeOnEnd: true, ended: false });
  });

  it('opens the same data again unchanged when the server restarts', async () => {
    const first = await startOnV4();
    await h.closeApp(first.app);
    const again = await startOnV4(first.dataDir);

    expect([again.listId, again.dotsId]).toEqual([first.listId, first.dotsId]);
    expect(again.rest.body.workshop).toEqual(first.rest.body.workshop);
    const f = await h.socket(again.url, W.id, 'facilitator', again.cookie);
    expect(tallyOf(await sync(f), again.dotsId)).toEqual(TALLY);
  });
});
