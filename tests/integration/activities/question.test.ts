import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  QuestionConfig,
  QuestionMine,
  QuestionResults,
  QuestionView,
} from '../../../shared/activities/question/types.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { activityIn, addActivity, control, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { api, join, login } from '../helpers/http.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, mineOf, okData, rawAck, type TestSocket, viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

type Posted = { entryId: string; mine: QuestionMine };

const command = (t: TestSocket, activityId: string, name: string, payload: unknown) =>
  rawAck(t, 'activity:command', { activityId, name, payload });
const codeOf = async (reply: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const r = await reply;
  return r.ok ? 'ok' : r.error?.code;
};
let counter = 0;
const clientId = () =>
  `client-${(++counter).toString().padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
const post = async (t: TestSocket, activityId: string, text: string, id = clientId()) =>
  okData(await command(t, activityId, 'post', { id, text })) as Posted;
const viewIn = async (t: TestSocket, activityId: string) => (await sync(t)).views[activityId] as QuestionView;
const settings = (f: TestSocket, patch: Record<string, unknown>) =>
  ack(f, 'workshop:settings', patch as never);

describe('activities/question on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function questionRoom(config: Partial<QuestionConfig> = {}, room?: Room) {
    const r = room ?? (await openRoom(h, ['Ett'], ['public', 'business']));
    const f = await h.socket(r.url, r.workshop.id, 'facilitator', r.facilitator);
    const [p1, p2] = (await Promise.all(
      r.participants.map((p) => h.socket(r.url, r.workshop.id, 'participant', p.cookie)),
    )) as [TestSocket, TestSocket];
    const projector = await h.socket(r.url, r.workshop.id, 'projector', r.facilitator);
    const q = await addActivity(f, 'question', { prompt: 'Vad behöver länet?', ...config });
    return { room: r, f, p1, p2, projector, q };
  }

  it('adds an open question with defaults, and refuses a bad config with VALIDATION', async () => {
    const { f } = await questionRoom();
    const id = await addActivity(f, 'question');
    expect(activityIn(await sync(f), id).config).toEqual({
      prompt: '',
      mode: 'answers',
      showLive: true,
      preModeration: false,
      maxPerParticipant: 10,
      sort: 'votes',
    });
    for (const config of [{ mode: 'chat' }, { maxPerParticipant: 0 }, { maxPerParticipant: 21 }, { x: 1 }]) {
      const bad = await ack(f, 'agenda:add', { type: 'question', config });
      expect(bad.ok ? null : bad.error.code, JSON.stringify(config)).toBe('VALIDATION');
    }
  });

  it('takes posts only while open, and stores a retried post once', async () => {
    const { f, p1, q } = await questionRoom();
    expect(await codeOf(command(p1, q, 'post', { id: clientId(), text: 'Tidigt' }))).toBe('NOT_FOUND');
    await control(f, q, 'open');
    const id = clientId();
    const first = await post(p1, q, '  Fler bussar  ', id);
    const again = await post(p1, q, 'Fler bussar', id);
    expect(again.entryId).toBe(first.entryId);
    expect(first.mine.posts).toEqual([
      expect.objectContaining({ text: 'Fler bussar', status: 'shown', n: 1 }),
    ]);
    const view = await viewIn(p1, q);
    expect(view.posts.map((p) => p.text)).toEqual(['Fler bussar']);
    expect(view.posts[0]).toMatchObject({ sector: 'public', upvotes: 0, n: 1 });
    // Empty, too long, a malformed id or a stray field: VALIDATION.
    for (const payload of [
      { id: clientId(), text: '   ' },
      { id: clientId(), text: 'x'.repeat(281) },
      { id: 'short', text: 'Hej' },
      { id: clientId(), text: 'Hej', sector: 'civil' },
    ])
      expect(await codeOf(command(p1, q, 'post', payload)), JSON.stringify(payload)).toBe('VALIDATION');
    await control(f, q, 'close');
    expect(await codeOf(command(p1, q, 'post', { id: clientId(), text: 'Sent' }))).toBe('VOTING_CLOSED');
    // A retry of a post stored before the close is still the same, acknowledged post.
    expect((await post(p1, q, 'Fler bussar', id)).entryId).toBe(first.entryId);
  });

  it('keeps pre-moderated posts from everyone but their writer and the staff until approved', async () => {
    const { room, f, p1, p2, projector, q } = await questionRoom({ preModeration: true });
    await control(f, q, 'open');
    await control(f, q, 'live');
    const { entryId, mine } = await post(p1, q, 'Hemlig väntande fråga');
    expect(mine.posts).toEqual([expect.objectContaining({ id: entryId, status: 'pending' })]);
    // The writer's other tab hears of it; the writer's own socket has it in the ack.
    const tab = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    expect((await sync(tab)).mine[q]).toEqual(mine);
    const staff = await waitFor(
      () => viewsOf(f, q).find((v) => (v as QuestionView).pending === 1) as QuestionView | undefined,
      5000,
      'the staff view',
    );
    expect(staff.posts).toEqual([
      expect.objectContaining({
        id: entryId,
        status: 'pending',
        filtered: false,
        text: 'Hemlig väntande fråga',
      }),
    ]);
    await waitFor(() => viewsOf(p2, q).length > 0 || undefined, 5000, 'a view at the other phone');
    await control(f, q, 'reveal');
    for (const t of [p2, projector]) {
      const snap = await sync(t);
      expect((snap.views[q] as QuestionView).posts).toEqual([]);
      expect(JSON.stringify(snap)).not.toContain('Hemlig');
      expect(JSON.stringify([t.views, t.results, t.mine])).not.toContain('Hemlig');
    }
    expect(((await sync(p2)).results[q] as QuestionResults).posts).toBe(0);

    okData(await command(f, q, 'approve', { entryId }));
    okData(await command(f, q, 'approve', { entryId }));
    expect((await viewIn(p2, q)).posts.map((p) => p.text)).toEqual(['Hemlig väntande fråga']);
    expect(
      await waitFor(
        () => (mineOf(p1, q).at(-1) as QuestionMine | undefined)?.posts[0]?.status === 'shown' || undefined,
        5000,
        'the writer hears of the approval',
      ),
    ).toBe(true);
  });

  it('holds a post the word filter catches, and lets it through when the workshop turns the filter off', async () => {
    const { f, p1, p2, q } = await questionRoom();
    await control(f, q, 'open');
    const caught = await post(p1, q, 'Vilket jävla krångel');
    expect(caught.mine.posts[0]?.status).toBe('pending');
    expect((await viewIn(f, q)).posts[0]).toMatchObject({ status: 'pending', filtered: true });
    expect(JSON.stringify(await sync(p2))).not.toContain('krångel');
    // A participant's socket cannot change the workshop's settings.
    expect(await codeOf(settings(p1, { wordFilter: false }))).toBe('FORBIDDEN');
    okData(await settings(f, { wordFilter: false }));
    const through = await post(p1, q, 'Vilket jävla krångel igen');
    expect(through.mine.posts.map((p) => p.status)).toEqual(['pending', 'shown']);
    expect((await viewIn(p2, q)).posts.map((p) => p.text)).toEqual(['Vilket jävla krångel igen']);
    // Approving the caught one shows it, still marked as caught for the staff.
    okData(await command(f, q, 'approve', { entryId: caught.entryId }));
    expect((await viewIn(f, q)).posts[0]).toMatchObject({ status: 'shown', filtered: true });
  });

  it('counts one upvote per participant per question, never one’s own, idempotently', async () => {
    const { room, f, p1, p2, q } = await questionRoom({ mode: 'qa' });
    await control(f, q, 'open');
    const { entryId } = await post(p1, q, 'Hur finansieras det?');
    const up = (t: TestSocket, on: boolean, id = entryId) => command(t, q, 'upvote', { entryId: id, on });
    expect(await codeOf(up(p1, true))).toBe('FORBIDDEN');
    okData(await up(p2, true));
    okData(await up(p2, true));
    // The response path does the same, and counts no more.
    okData(await rawAck(p2, 'activity:respond', { activityId: q, value: { entryId, on: true } }));
    expect((await viewIn(p1, q)).posts[0]?.upvotes).toBe(1);
    expect((await sync(p2)).mine[q]).toEqual({ posts: [], upvoted: [entryId] });
    const third = await join(room.url, room.workshop.code, 'civil');
    const p3 = await h.socket(room.url, room.workshop.id, 'participant', third.cookie);
    okData(await up(p3, true));
    const results = (await sync(f)).results[q] as QuestionResults;
    expect(results.entries[0]).toMatchObject({ upvotes: 2, upvotesBySector: { business: 1, civil: 1 } });
    expect(results.bySector.upvotes).toMatchObject({ business: 1, civil: 1, public: 0 });
    expect(results.bySector.posts).toMatchObject({ public: 1 });
    okData(await up(p2, false));
    okData(await up(p2, false));
    expect((await viewIn(p1, q)).posts[0]?.upvotes).toBe(1);
    expect(await codeOf(up(p2, true, 'nosuchpost'))).toBe('NOT_FOUND');
    // A held post cannot be upvoted: the room does not know it.
    const held = await post(p1, q, 'Skit också');
    expect(await codeOf(up(p2, true, held.entryId))).toBe('NOT_FOUND');
    await control(f, q, 'close');
    expect(await codeOf(up(p2, true))).toBe('VOTING_CLOSED');
  });

  it('refuses upvotes in an open question (answers mode)', async () => {
    const { f, p1, p2, q } = await questionRoom();
    await control(f, q, 'open');
    const { entryId } = await post(p1, q, 'Bredband');
    expect(await codeOf(command(p2, q, 'upvote', { entryId, on: true }))).toBe('NOT_SUPPORTED');
  });

  it('limits posts per participant and per activity with TOO_MANY_POSTS', async () => {
    const { room, f, p1, p2, q } = await questionRoom({ maxPerParticipant: 2 });
    await control(f, q, 'open');
    await post(p1, q, 'Ett');
    await post(p1, q, 'Två');
    expect(await codeOf(command(p1, q, 'post', { id: clientId(), text: 'Tre' }))).toBe('TOO_MANY_POSTS');
    await post(p2, q, 'Annans');
    // Fill the activity up to its limit of 500 posts directly in the database.
    const db = new Database(dbFileOf(room.dataDir), { fileMustExist: true });
    try {
      const insert = db.prepare(
        `INSERT INTO entries (id, activity_id, participant_id, sector, text, status, meta, created_at)
         VALUES (?, ?, NULL, 'other', ?, 'shown', ?, ?)`,
      );
      db.transaction(() => {
        for (let i = 0; i < 496; i++)
          insert.run(
            `filler-${i}`,
            q,
            `Fyllnad ${i}`,
            JSON.stringify({ n: 100 + i }),
            new Date().toISOString(),
          );
      })();
    } finally {
      db.close();
    }
    expect(await codeOf(command(p2, q, 'post', { id: clientId(), text: 'Sista' }))).toBe('ok');
    expect(await codeOf(command(p2, q, 'post', { id: clientId(), text: 'För många' }))).toBe(
      'TOO_MANY_POSTS',
    );
    // The numbers go on from the highest given.
    expect((await viewIn(f, q)).posts.at(-1)).toMatchObject({ text: 'Sista', n: 596 });
  });

  it('lets only facilitators moderate, and only participants post and upvote', async () => {
    const { f, p1, p2, projector, q } = await questionRoom({ mode: 'qa' });
    await control(f, q, 'open');
    const { entryId } = await post(p1, q, 'Vem bestämmer?');
    for (const name of ['approve', 'hide', 'restore'])
      for (const t of [p2, projector])
        expect(await codeOf(command(t, q, name, { entryId })), name).toBe('FORBIDDEN');
    for (const name of ['highlight', 'markAnswered'])
      expect(await codeOf(command(p2, q, name, { entryId, on: true })), name).toBe('FORBIDDEN');
    expect(await codeOf(command(p2, q, 'sort', { by: 'time' }))).toBe('FORBIDDEN');
    for (const t of [f, projector]) {
      expect(await codeOf(command(t, q, 'post', { id: clientId(), text: 'Staff' }))).toBe('FORBIDDEN');
      expect(await codeOf(command(t, q, 'upvote', { entryId, on: true }))).toBe('FORBIDDEN');
    }
    expect((await viewIn(f, q)).posts).toHaveLength(1);
  });

  it('hides and restores, highlights one question at a time, marks answered, and exports all of it', async () => {
    const { room, f, p1, p2, projector, q } = await questionRoom({ mode: 'qa' });
    await control(f, q, 'open');
    const a = (await post(p1, q, 'Olämplig fråga')).entryId;
    const b = (await post(p2, q, 'Hur når vi unga?')).entryId;
    const c = (await post(p2, q, 'Vad kostar det?')).entryId;
    okData(await command(f, q, 'hide', { entryId: a }));
    okData(await command(f, q, 'hide', { entryId: a }));
    expect(await codeOf(command(f, q, 'approve', { entryId: a }))).toBe('WRONG_PHASE');
    expect(await codeOf(command(f, q, 'highlight', { entryId: a, on: true }))).toBe('WRONG_PHASE');
    expect((await viewIn(projector, q)).posts.map((p) => p.text)).toEqual([
      'Hur når vi unga?',
      'Vad kostar det?',
    ]);
    expect(JSON.stringify(await sync(p2))).not.toContain('Olämplig');
    expect((await sync(p1)).mine[q]).toMatchObject({ posts: [{ id: a, status: 'hidden' }] });
    const staff = await viewIn(f, q);
    expect(staff).toMatchObject({ shown: 2, hidden: 1, pending: 0 });

    okData(await command(f, q, 'highlight', { entryId: b, on: true }));
    okData(await command(f, q, 'highlight', { entryId: c, on: true }));
    okData(await command(f, q, 'markAnswered', { entryId: b, on: true }));
    const marked = await viewIn(projector, q);
    expect(marked.posts.map((p) => [p.text, p.highlighted, p.answered])).toEqual([
      ['Hur når vi unga?', false, true],
      ['Vad kostar det?', true, false],
    ]);
    // Answered, it leaves the projector's top spot.
    okData(await command(f, q, 'markAnswered', { entryId: c, on: true }));
    expect((await viewIn(projector, q)).posts.find((p) => p.id === c)).toMatchObject({
      highlighted: false,
      answered: true,
    });
    okData(await command(f, q, 'markAnswered', { entryId: c, on: false }));
    okData(await command(f, q, 'sort', { by: 'time' }));
    expect((activityIn(await sync(projector), q).config as QuestionConfig).sort).toBe('time');

    const exported = async (format: string, lang: string) => {
      const res = await api<string>(
        room.url,
        'GET',
        `/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`,
        {
          cookie: room.facilitator,
        },
      );
      expect(res.status).toBe(200);
      return typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    };
    const md = await exported('md', 'sv');
    expect(md).toContain('## ');
    expect(md).toMatch(
      /\| 1 \| Olämplig fråga \| Offentlig sektor \| .* \| dolt av processledaren \| – \| nej \|/,
    );
    expect(md).toMatch(/\| 2 \| Hur når vi unga\? \| Näringsliv \| .* \| visas \| 0 \| ja \|/);
    expect(md).toContain('Visade inlägg och röster per sektor');
    const en = await exported('md', 'en');
    expect(en).toContain('hidden by the facilitator');
    expect(en).toContain('Shown posts and upvotes by sector');
    const csv = await exported('csv', 'sv');
    expect(csv).toContain('Olämplig fråga');
    expect(csv).toContain('dolt av processledaren');
    const json = await exported('json', 'en');
    expect(json).toContain('"question"');
    expect(json).toContain('Vad kostar det?');

    okData(await command(f, q, 'restore', { entryId: a }));
    expect((await viewIn(p2, q)).posts.map((p) => p.text)).toContain('Olämplig fråga');
  });

  it('withholds answers from the room until the reveal when they are not shown live', async () => {
    const { f, p1, p2, projector, q } = await questionRoom({ showLive: false });
    await control(f, q, 'open');
    await control(f, q, 'live');
    await post(p1, q, 'Ett svar i det tysta');
    for (const t of [p2, projector]) {
      const view = await viewIn(t, q);
      expect(view).toMatchObject({ posts: [], shown: 1, withheld: true });
      expect(JSON.stringify(await sync(t))).not.toContain('tysta');
    }
    expect(((await sync(projector)).results[q] as QuestionResults).posts).toBe(1);
    await control(f, q, 'reveal');
    const results = (await sync(p2)).results[q] as QuestionResults;
    expect(results.entries.map((e) => e.text)).toEqual(['Ett svar i det tysta']);
  });

  it('shows writers’ names only when the workshop shows names', async () => {
    const anonymous = await questionRoom();
    await control(anonymous.f, anonymous.q, 'open');
    await post(anonymous.p1, anonymous.q, 'Utan namn');
    expect((await viewIn(anonymous.p2, anonymous.q)).posts[0]?.author).toBeUndefined();
    okData(await settings(anonymous.f, { names: 'shown' }));
    // Joined while anonymous: no name was kept, so none appears.
    expect((await viewIn(anonymous.p2, anonymous.q)).posts[0]?.author).toBeUndefined();

    const { app } = await h.start();
    const facilitatorCookie = await login(app.url);
    const created = await api<CreatedWorkshop>(app.url, 'POST', '/api/workshops', {
      cookie: facilitatorCookie,
      body: { title: 'Med namn', date: '2025-03-14', place: 'Örebro', names: 'shown' },
    });
    expect(created.status).toBe(201);
    const named = await join(app.url, created.body.workshop.code, 'academia');
    const f = await h.socket(app.url, created.body.workshop.id, 'facilitator', facilitatorCookie);
    const p = await h.socket(app.url, created.body.workshop.id, 'participant', named.cookie);
    const projector = await h.socket(app.url, created.body.workshop.id, 'projector', facilitatorCookie);
    const q = await addActivity(f, 'question', {});
    await control(f, q, 'open');
    await post(p, q, 'Med namn');
    expect((await viewIn(projector, q)).posts[0]?.author).toBe('Deltagare academia');
    const md = await api<string>(
      app.url,
      'GET',
      `/api/workshops/${created.body.workshop.id}/export.md?lang=sv`,
      {
        cookie: facilitatorCookie,
      },
    );
    expect(md.body).toContain('Deltagare academia');
    // Back to anonymity: the names are gone from every screen and the export.
    okData(await settings(f, { names: 'anonymous' }));
    await waitFor(
      () =>
        viewsOf(projector, q).some((v) => (v as QuestionView).posts[0]?.author === undefined) || undefined,
      5000,
      'the projector hears the name go',
    );
    expect((await viewIn(projector, q)).posts[0]?.author).toBeUndefined();
    const after = await api<string>(
      app.url,
      'GET',
      `/api/workshops/${created.body.workshop.id}/export.md?lang=sv`,
      {
        cookie: facilitatorCookie,
      },
    );
    expect(after.body).not.toContain('Deltagare academia');
  });

  it('lets a writer withdraw a post still waiting for review, and a reset clears posts and upvotes', async () => {
    const { f, p1, p2, q } = await questionRoom({ mode: 'qa', preModeration: true });
    await control(f, q, 'open');
    const waiting = await post(p1, q, 'Ångrar mig');
    const shown = await post(p1, q, 'Står kvar');
    expect(await codeOf(command(p2, q, 'withdraw', { entryId: waiting.entryId }))).toBe('NOT_FOUND');
    const after = okData(await command(p1, q, 'withdraw', { entryId: waiting.entryId })) as {
      mine: QuestionMine;
    };
    expect(after.mine.posts.map((p) => p.text)).toEqual(['Står kvar']);
    okData(await command(p1, q, 'withdraw', { entryId: waiting.entryId }));
    okData(await command(f, q, 'approve', { entryId: shown.entryId }));
    expect(await codeOf(command(p1, q, 'withdraw', { entryId: shown.entryId }))).toBe('WRONG_PHASE');
    okData(await command(p2, q, 'upvote', { entryId: shown.entryId, on: true }));
    // A post keeps the number it was given: a withdrawal before it renumbers nothing.
    expect((await viewIn(p2, q)).posts[0]).toMatchObject({ n: 2, upvotes: 1 });

    await control(f, q, 'reset');
    expect((await viewIn(f, q)).posts).toEqual([]);
    expect((await sync(p2)).mine[q]).toEqual({ posts: [], upvoted: [] });
    // The room is told too (batched: the last view it got is the empty one).
    expect(
      await waitFor(
        () => ((viewsOf(p2, q).at(-1) as QuestionView | undefined)?.shown === 0 ? true : undefined),
        5000,
        'the room sees the posts go',
      ),
    ).toBe(true);
    expect((await viewIn(p2, q)).posts).toEqual([]);
  });
});
