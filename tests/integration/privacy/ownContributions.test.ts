import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tally } from '../../../shared/activities/dots/types.ts';
import type { ListView } from '../../../shared/activities/list/types.ts';
import type { PollConfig } from '../../../shared/activities/poll/types.ts';
import type { QuestionMine, QuestionView } from '../../../shared/activities/question/types.ts';
import type { OwnContributions, RemovedContributions } from '../../../shared/protocol/contributions.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import { activityIn, addActivity, addItem, castOk, control, openVote, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import type { Joined } from '../helpers/http.ts';
import { dbFileOf } from '../helpers/server.ts';
import { mineOf, okData, rawAck, type TestSocket, viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved } from '../helpers/yjs.ts';

const listOwn = async (t: TestSocket) =>
  okData((await rawAck(t, 'contributions:list', {})) as Ack<OwnContributions>);
const removeAck = (t: TestSocket, payload: unknown) =>
  rawAck(t, 'contributions:remove', payload) as Promise<Ack<RemovedContributions>>;
const remove = async (t: TestSocket, payload: unknown) => okData(await removeAck(t, payload));
const codeOf = async (reply: Promise<Ack<unknown>>) => {
  const r = await reply;
  return r.ok ? 'ok' : r.error.code;
};
const command = (t: TestSocket, activityId: string, name: string, payload: unknown) =>
  rawAck(t, 'activity:command', { activityId, name, payload });
const idsIn = (own: OwnContributions) =>
  own.activities.flatMap((a) => a.contributions.map((c) => `${a.activityId}/${c.id}`));
const textsIn = (own: OwnContributions) => own.activities.flatMap((a) => a.contributions.map((c) => c.text));

describe('own contributions ("Mina bidrag") on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function room() {
    const r = await openRoom(h, ['Seedad'], ['public', 'business']);
    const f = await h.socket(r.url, r.workshop.id, 'facilitator', r.facilitator);
    const [c1, c2] = r.participants as [Joined, Joined];
    const p1 = await h.socket(r.url, r.workshop.id, 'participant', c1.cookie);
    const p2 = await h.socket(r.url, r.workshop.id, 'participant', c2.cookie);
    const db = () => new Database(dbFileOf(r.dataDir), { readonly: true, fileMustExist: true });
    return { r, f, p1, p2, c1, c2, db };
  }

  it('lists only the caller’s own list items, and removes one for real: DB, document, versions, every screen', async () => {
    const { r, f, p1, p2, c2, db } = await room();
    const mine = await addItem(p1, r.listId, 'Hemlig text från ett');
    const y = h.yjs(r.url, r.listId, c2.cookie);
    await waitFor(() => y.provider.synced && y.texts.get(mine), 10_000, 'p2’s document has the item');
    const theirs = await addItem(p2, r.listId, 'Text från två');
    const own1 = await listOwn(p1);
    expect(idsIn(own1)).toEqual([`${r.listId}/${mine}`]);
    expect(own1.removable).toBe(true);
    expect(own1.activities[0]).toMatchObject({ type: 'list', status: 'open' });
    expect(own1.activities[0]?.contributions[0]).toEqual({
      id: mine,
      kind: 'item',
      text: 'Hemlig text från ett',
      shared: false,
    });
    expect(idsIn(await listOwn(p2))).toEqual([`${r.listId}/${theirs}`]);

    // Another's item is NOT_FOUND: the server looks only among the caller's own.
    expect(await codeOf(removeAck(p2, { activityId: r.listId, id: mine }))).toBe('NOT_FOUND');
    expect(await codeOf(removeAck(p1, { activityId: r.listId, id: 'seeded-item-x' }))).toBe('NOT_FOUND');

    // p2 has dots on p1's item when it goes: they go with it, and p2's phone hears so.
    await openVote(f, r.dotsId, { dotsPerParticipant: 3, maxPerPriority: 3 });
    await castOk(p2, r.dotsId, { [mine]: 2, [theirs]: 1 });
    const removed = await remove(p1, { activityId: r.listId, id: mine });
    expect(removed).toMatchObject({ removed: 1, detached: 0 });
    expect(idsIn(removed.contributions)).toEqual([]);

    for (const t of [f, p2]) {
      await waitFor(
        () => {
          const views = viewsOf(t, r.listId) as ListView[];
          const last = views.at(-1);
          return last && !last.items.some((i) => i.id === mine) && last.items.some((i) => i.id === theirs);
        },
        10_000,
        'the list view without the removed item',
      );
    }
    await waitFor(
      () => (mineOf(p2, r.dotsId).at(-1) as Record<string, number> | undefined)?.[theirs] === 1,
      10_000,
      'p2 told their dots on the removed item are gone',
    );
    // Co-editors' documents drop the text too.
    await waitFor(() => !y.texts.has(mine), 10_000, 'the text gone from p2’s document');
    const tally = (await sync(f)).results[r.dotsId] as Tally;
    expect(JSON.stringify(tally)).not.toContain(mine);

    const d = db();
    try {
      const row = d
        .prepare('SELECT merged_into, created_by, created_by_sector FROM items WHERE id = ?')
        .get(mine);
      expect(row).toEqual({ merged_into: mine, created_by: null, created_by_sector: null });
      const versions = d.prepare('SELECT text FROM item_versions WHERE item_id = ?').all(mine);
      expect(versions).toEqual([]);
      const blobs = d.prepare('SELECT data FROM doc_updates WHERE activity_id = ?').all(r.listId) as {
        data: Buffer;
      }[];
      const stored = Buffer.concat(blobs.map((b) => b.data)).toString('utf8');
      expect(stored).not.toContain('Hemlig text');
      expect(stored).toContain('Text från två');
      expect(d.prepare('SELECT count(*) AS n FROM responses WHERE key = ?').get(mine)).toEqual({ n: 0 });
    } finally {
      d.close();
    }
    // The others keep their numbers: the removed item leaves a gap, as a merged one does.
    const items = ((await sync(p2)).views[r.listId] as ListView).items;
    expect(items.map((i) => i.n)).toEqual([1, 3]);
  });

  it('takes only the author’s name off an item someone else wrote in; its text stays', async () => {
    const { r, f, p1, c2 } = await room();
    const mine = await addItem(p1, r.listId, 'Börjat av ett');
    const y = h.yjs(r.url, r.listId, c2.cookie);
    await waitFor(() => y.provider.synced && y.texts.get(mine), 10_000, 'p2 synced');
    y.texts.get(mine)?.insert(0, 'Två skrev: ');
    await waitFor(() => allSaved(y), 10_000, 'p2’s edit saved');
    const own = await listOwn(p1);
    expect(own.activities[0]?.contributions[0]).toMatchObject({ id: mine, shared: true });
    expect(await remove(p1, { activityId: r.listId, id: mine })).toMatchObject({ removed: 0, detached: 1 });
    expect(idsIn(await listOwn(p1))).toEqual([]);
    const items = ((await sync(f)).views[r.listId] as ListView).items;
    expect(items.some((i) => i.id === mine)).toBe(true);
  });

  it('removes a whole dot response and a poll answer with its own words; results recount for everyone', async () => {
    const { r, f, p1, p2, db } = await room();
    const poll = await addActivity(f, 'poll', { allowOther: true });
    const options = (activityIn(await sync(f), poll).config as PollConfig).options;
    await control(f, poll, 'open');
    const first = options[0]?.id ?? '';
    okData(
      await rawAck(p1, 'activity:respond', {
        activityId: poll,
        value: { choices: [], other: 'Mina egna ord' },
      }),
    );
    okData(
      await rawAck(p2, 'activity:respond', { activityId: poll, value: { choices: [first], other: '' } }),
    );
    await openVote(f, r.dotsId, { dotsPerParticipant: 2, maxPerPriority: 2 });
    const seeded = r.items[0] ?? '';
    await castOk(p1, r.dotsId, { [seeded]: 2 });
    const own = await listOwn(p1);
    expect(own.activities.map((a) => [a.type, a.contributions])).toEqual([
      ['dots', [{ id: 'response', kind: 'response', text: null, shared: false, parts: 1 }]],
      ['poll', [{ id: 'response', kind: 'response', text: null, shared: false, parts: expect.any(Number) }]],
    ]);
    // Another participant cannot remove p1's response: `response` means the caller's own.
    expect(await codeOf(removeAck(p2, { activityId: r.dotsId, id: 'response' }))).toBe('NOT_FOUND');

    expect(await remove(p1, { all: true })).toMatchObject({ removed: 2, detached: 0 });
    await waitFor(
      () => JSON.stringify(mineOf(p1, r.dotsId).at(-1)) === '{}',
      10_000,
      'p1’s phone told its dots are gone',
    );
    const snap = await sync(f);
    expect(JSON.stringify(snap.results[r.dotsId])).not.toContain(seeded);
    expect(JSON.stringify(snap.results[poll])).not.toContain('Mina egna ord');
    const d = db();
    try {
      const rows = d
        .prepare('SELECT count(*) AS n FROM responses WHERE participant_id = ?')
        .get(r.participants[0]?.profile.id);
      expect(rows).toEqual({ n: 0 });
      expect(JSON.stringify(d.prepare('SELECT value FROM responses').all())).not.toContain('Mina egna ord');
    } finally {
      d.close();
    }
  });

  it('removes a scale, a ranking and a matrix answer; the others’ answers and counts stay', async () => {
    const { r, f, p1, p2, db } = await room();
    const scale = await addActivity(f, 'scale', {
      statements: [{ id: 'stmt-lyssnar', text: 'Regionen lyssnar' }],
      labels: { kind: 'agree' },
    });
    const ranking = await addActivity(f, 'ranking', {
      items: [
        { id: 'item-bostad', text: 'Bostäder' },
        { id: 'item-trafik', text: 'Trafik' },
      ],
    });
    const matrix = await addActivity(f, 'matrix', {
      variant: 'grid',
      axes: { x: { name: 'X', low: 'L', high: 'H' }, y: { name: 'Y', low: 'L', high: 'H' } },
      items: [{ id: 'item-pendel', text: 'Pendel' }],
    });
    const answers: Array<[string, unknown]> = [
      [scale, { ratings: { 'stmt-lyssnar': 4 } }],
      [ranking, { order: ['item-trafik', 'item-bostad'] }],
      [matrix, { placements: { 'item-pendel': { x: 3, y: 4 } } }],
    ];
    for (const [id, value] of answers) {
      await control(f, id, 'open');
      for (const t of [p1, p2]) okData(await rawAck(t, 'activity:respond', { activityId: id, value }));
    }
    const own = await listOwn(p1);
    expect(own.activities.map((a) => [a.type, a.contributions.map((c) => c.kind)])).toEqual([
      ['scale', ['response']],
      ['ranking', ['response']],
      ['matrix', ['response']],
    ]);
    // Removed while each is closed: still the participant's to take back while the workshop is open.
    await control(f, scale, 'close');
    expect(await remove(p1, { all: true })).toMatchObject({ removed: 3 });
    expect((await listOwn(p2)).activities).toHaveLength(3);
    const d = db();
    try {
      const who = d.prepare('SELECT DISTINCT participant_id AS who FROM responses').all();
      expect(who).toEqual([{ who: r.participants[1]?.profile.id }]);
    } finally {
      d.close();
    }
    const results = (await sync(f)).results;
    for (const id of [scale, ranking, matrix])
      expect((results[id] as { respondents: number }).respondents, id).toBe(1);
  });

  it('removes a question post with the upvotes others gave it, and a word-cloud answer', async () => {
    const { f, p1, p2, db } = await room();
    const q = await addActivity(f, 'question', { prompt: 'Vad behövs?', mode: 'qa' });
    const w = await addActivity(f, 'wordcloud', { prompt: 'Ett ord' });
    await control(f, q, 'open');
    await control(f, w, 'open');
    const posted = okData(
      await command(p1, q, 'post', { id: 'client-0001-abcdef', text: 'Min fråga här' }),
    ) as {
      entryId: string;
    };
    okData(
      await rawAck(p2, 'activity:respond', { activityId: q, value: { entryId: posted.entryId, on: true } }),
    );
    okData(await command(p1, w, 'answer', { text: 'Solsken' }));
    const own = await listOwn(p1);
    expect(textsIn(own)).toEqual(['Min fråga här', 'Solsken']);
    expect(textsIn(await listOwn(p2))).toEqual([null]); // p2's upvote, not p1's post

    expect(await codeOf(removeAck(p2, { activityId: q, id: posted.entryId }))).toBe('NOT_FOUND');
    expect(await remove(p1, { activityId: q, id: posted.entryId })).toMatchObject({ removed: 1 });
    await waitFor(
      () => (mineOf(p2, q).at(-1) as QuestionMine | undefined)?.upvoted.length === 0,
      10_000,
      'p2’s upvote on the gone post dropped',
    );
    await waitFor(
      () => (viewsOf(p2, q).at(-1) as QuestionView | undefined)?.posts.length === 0,
      10_000,
      'the post gone from the room’s view',
    );
    const wordId = own.activities.find((a) => a.activityId === w)?.contributions[0]?.id;
    expect(await remove(p1, { activityId: w, id: wordId })).toMatchObject({ removed: 1 });
    const d = db();
    try {
      expect(d.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 0 });
      expect(d.prepare('SELECT count(*) AS n FROM responses WHERE activity_id = ?').get(q)).toEqual({ n: 0 });
    } finally {
      d.close();
    }
    expect(JSON.stringify((await sync(f)).results[w])).not.toContain('olsken');
  });

  it('deletes an idea card but only detaches a theme the participant named', async () => {
    const { f, p1, db } = await room();
    const ideas = await addActivity(f, 'ideas', { participantsGroup: true });
    await control(f, ideas, 'open');
    okData(await command(p1, ideas, 'post', { id: 'client-0002-abcdef', text: 'Min idé' }));
    okData(await command(p1, ideas, 'createTheme', { name: 'Trafik' }));
    const own = (await listOwn(p1)).activities[0]?.contributions ?? [];
    expect(own.map((c) => [c.text, c.shared])).toEqual([
      ['Min idé', false],
      ['Trafik', true],
    ]);
    expect(await remove(p1, { all: true })).toMatchObject({ removed: 1, detached: 1 });
    const d = db();
    try {
      expect(d.prepare('SELECT text, participant_id FROM entries').all()).toEqual([
        { text: 'Trafik', participant_id: null },
      ]);
    } finally {
      d.close();
    }
  });

  it('refuses removal once the workshop has ended, and to anyone but a participant', async () => {
    const { r, f, p1 } = await room();
    const mine = await addItem(p1, r.listId, 'Sent tillagd');
    expect(await codeOf(rawAck(f, 'contributions:list', {}))).toBe('FORBIDDEN');
    expect(await codeOf(rawAck(f, 'contributions:remove', { all: true }))).toBe('FORBIDDEN');
    expect(await codeOf(removeAck(p1, { activityId: r.listId }))).toBe('VALIDATION');
    expect(await codeOf(removeAck(p1, { all: false }))).toBe('VALIDATION');
    // Every activity closed (the dot voting was never opened: opened and closed here).
    await openVote(f, r.dotsId);
    await control(f, r.dotsId, 'close');
    const ended = await listOwn(p1);
    expect(ended.removable).toBe(false);
    expect(idsIn(ended)).toEqual([`${r.listId}/${mine}`]);
    expect(await codeOf(removeAck(p1, { activityId: r.listId, id: mine }))).toBe('WORKSHOP_ENDED');
    expect(await codeOf(removeAck(p1, { all: true }))).toBe('WORKSHOP_ENDED');
    // Opened again, the workshop is open again.
    await control(f, r.dotsId, 'open');
    expect(await remove(p1, { activityId: r.listId, id: mine })).toMatchObject({ removed: 1 });
  });

  it('refuses removal after an open dialogue’s closing time', async () => {
    const { r, f, p1 } = await room();
    await addItem(p1, r.listId, 'Under dialogen');
    const hour = 3_600_000;
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    okData(
      await rawAck(f, 'workshop:settings', { dialogue: { opensAt: at(-2 * hour), closesAt: at(-hour) } }),
    );
    const own = await listOwn(p1);
    expect(own.removable).toBe(false);
    expect(await codeOf(removeAck(p1, { all: true }))).toBe('WORKSHOP_ENDED');
    okData(await rawAck(f, 'workshop:settings', { dialogue: { opensAt: at(hour), closesAt: at(2 * hour) } }));
    expect(await codeOf(removeAck(p1, { all: true }))).toBe('DIALOGUE_CLOSED');
  });
});
