import { afterEach, describe, expect, it } from 'vitest';
import type {
  WordcloudConfig,
  WordcloudMine,
  WordcloudResults,
  WordcloudView,
} from '../../../shared/activities/wordcloud/types.ts';
import { activityIn, addActivity, control, controlAck, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { ack, mineOf, okData, rawAck, resultsOf, type TestSocket, viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const CONFIG = { prompt: 'Vad gör Örebro län attraktivt?', maxWordsPerParticipant: 3, maxLength: 40 };

const cmd = (t: TestSocket, activityId: string, name: string, payload: unknown) =>
  rawAck(t, 'activity:command', { activityId, name, payload });
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const answer = async (t: TestSocket, activityId: string, text: string) =>
  okData(await cmd(t, activityId, 'answer', { text })) as WordcloudMine;
const resultsIn = async (t: TestSocket, activityId: string) =>
  (await sync(t)).results[activityId] as WordcloudResults | undefined;
const staffAnswers = async (f: TestSocket, activityId: string) =>
  ((await sync(f)).views[activityId] as WordcloudView).answers ?? [];

describe('activities/wordcloud on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function cloudRoom(config: unknown = CONFIG, names: 'anonymous' | 'shown' = 'anonymous') {
    const room: Room = await openRoom(h, ['Ett'], ['public', 'business', 'academia'], names);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2, p3] = (await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    )) as [TestSocket, TestSocket, TestSocket];
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const cloud = await addActivity(f, 'wordcloud', config);
    return { room, f, p1, p2, p3, projector, cloud };
  }

  it('adds a cloud with defaults, and refuses a config out of bounds with VALIDATION', async () => {
    const { f } = await cloudRoom();
    const id = await addActivity(f, 'wordcloud');
    expect(activityIn(await sync(f), id).config).toEqual({
      prompt: '',
      maxWordsPerParticipant: 3,
      maxLength: 40,
      showLive: true,
      preModeration: false,
    });
    for (const config of [
      { maxWordsPerParticipant: 11 },
      { maxWordsPerParticipant: 0 },
      { maxLength: 5 },
      { x: 1 },
    ]) {
      const bad = await ack(f, 'agenda:add', { type: 'wordcloud', config });
      expect(code(bad)).toBe('VALIDATION');
    }
  });

  it('keeps a draft from the room and takes answers only while open', async () => {
    const { f, p1, cloud } = await cloudRoom();
    expect((await sync(p1)).state.agenda.some((a) => a.id === cloud)).toBe(false);
    expect(code(await cmd(p1, cloud, 'answer', { text: 'Natur' }))).toBe('NOT_FOUND');
    await control(f, cloud, 'open');
    expect((await answer(p1, cloud, 'Natur')).answers).toEqual([
      expect.objectContaining({ text: 'Natur', status: 'shown' }),
    ]);
    // Answers come through the command, which knows the sender's sector.
    expect(code(await rawAck(p1, 'activity:respond', { activityId: cloud, value: { answers: [] } }))).toBe(
      'VALIDATION',
    );
    await control(f, cloud, 'close');
    expect(code(await cmd(p1, cloud, 'answer', { text: 'Kultur' }))).toBe('VOTING_CLOSED');
    const mine = (await sync(p1)).mine[cloud] as WordcloudMine;
    expect(code(await cmd(p1, cloud, 'withdraw', { id: mine.answers[0]?.id }))).toBe('VOTING_CLOSED');
  });

  it('validates answers, never counts a retry twice, and holds each participant to their number', async () => {
    const { f, p1, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    expect(code(await cmd(p1, cloud, 'answer', { text: 'x'.repeat(41) }))).toBe('TEXT_TOO_LONG');
    expect(code(await cmd(p1, cloud, 'answer', { text: 'x'.repeat(81) }))).toBe('VALIDATION');
    expect(code(await cmd(p1, cloud, 'answer', { text: '   ' }))).toBe('VALIDATION');
    expect(code(await cmd(p1, cloud, 'answer', { text: 'ok', extra: 1 }))).toBe('VALIDATION');
    expect(code(await cmd(p1, cloud, 'answer', { text: ['a'] }))).toBe('VALIDATION');
    await answer(p1, cloud, 'Natur');
    const retried = await answer(p1, cloud, '  natur ');
    expect(retried.answers.map((a) => a.text)).toEqual(['Natur']);
    await answer(p1, cloud, 'Kultur');
    await answer(p1, cloud, 'Sjöar');
    expect(code(await cmd(p1, cloud, 'answer', { text: 'Skog' }))).toBe('TOO_MANY_POSTS');
    // Withdrawing one frees its place; withdrawing it again is a harmless retry.
    const id = retried.answers[0]?.id ?? '';
    expect((okData(await cmd(p1, cloud, 'withdraw', { id })) as WordcloudMine).answers).toHaveLength(2);
    expect((okData(await cmd(p1, cloud, 'withdraw', { id })) as WordcloudMine).answers).toHaveLength(2);
    expect((await answer(p1, cloud, 'Skog')).answers.map((a) => a.text)).toEqual(['Kultur', 'Sjöar', 'Skog']);
    expect((await resultsIn(f, cloud))?.answers).toBe(3);
  });

  it('refuses the facilitator’s commands to participants and the projector, and answers to staff', async () => {
    const { f, p1, projector, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    const mine = await answer(p1, cloud, 'Natur');
    const id = mine.answers[0]?.id ?? '';
    for (const t of [p1, projector]) {
      expect(code(await cmd(t, cloud, 'moderate', { ids: [id], status: 'hidden' }))).toBe('FORBIDDEN');
      expect(code(await cmd(t, cloud, 'hideTerm', { key: 'natur' }))).toBe('FORBIDDEN');
      expect(code(await controlAck(t, cloud, 'reveal'))).toBe('FORBIDDEN');
    }
    for (const t of [f, projector])
      expect(code(await cmd(t, cloud, 'answer', { text: 'Skog' }))).toBe('FORBIDDEN');
  });

  it('counts folded terms per participant and per sector', async () => {
    const { f, p1, p2, p3, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    await answer(p1, cloud, 'Naturen');
    await answer(p1, cloud, 'natur!');
    await answer(p2, cloud, 'Natur');
    await answer(p2, cloud, 'en bra kollektivtrafik');
    await answer(p3, cloud, 'Bra kollektivtrafik.');
    await answer(p3, cloud, 'och');
    const r = (await resultsIn(f, cloud)) as WordcloudResults;
    expect(r.answers).toBe(6);
    expect(r.respondents).toBe(3);
    expect(r.respondentsBySector).toMatchObject({ public: 1, business: 1, academia: 1 });
    expect(r.terms.map((t) => [t.word, t.count])).toEqual([
      ['bra kollektivtrafik', 2],
      ['natur', 2],
    ]);
    const natur = r.terms.find((t) => t.key === 'natur');
    expect(natur?.bySector).toMatchObject({ public: 1, business: 1, academia: 0 });
    expect(natur?.forms.map((x) => x.form).sort()).toEqual(['Naturen', 'natur']);
  });

  it('holds what the word filter catches: only its author and the staff see it, until approved', async () => {
    const { room, f, p1, p2, projector, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    await control(f, cloud, 'live');
    const mine = await answer(p1, cloud, 'Skitsnack');
    expect(mine.answers).toEqual([expect.objectContaining({ text: 'Skitsnack', status: 'pending' })]);
    await answer(p2, cloud, 'Natur');
    await waitFor(
      () => resultsOf(projector, cloud).find((r) => (r as WordcloudResults).answers === 1),
      5000,
      'the projector counts',
    );
    const staff = await staffAnswers(f, cloud);
    expect(staff.find((a) => a.text === 'Skitsnack')).toMatchObject({
      status: 'pending',
      filtered: true,
      sector: 'public',
    });
    expect(staff.some((a) => 'author' in a)).toBe(false);
    for (const t of [p2, projector]) {
      expect(JSON.stringify(await sync(t))).not.toContain('Skitsnack');
      expect(JSON.stringify(viewsOf(t, cloud))).not.toContain('Skitsnack');
      expect(JSON.stringify(resultsOf(t, cloud))).not.toContain('Skitsnack');
    }
    expect((await resultsIn(f, cloud))?.terms.map((t) => t.word)).toEqual(['Natur']);
    expect((await sync(p1)).mine[cloud]).toEqual(mine);

    const id = mine.answers[0]?.id ?? '';
    okData(await cmd(f, cloud, 'moderate', { ids: [id], status: 'shown' }));
    expect((await resultsIn(f, cloud))?.terms.map((t) => t.word).sort()).toEqual(['Natur', 'Skitsnack']);
    // The author's phone hears where their answer stands.
    const pushed = (await waitFor(
      () => mineOf(p1, cloud).find((m) => (m as WordcloudMine).answers[0]?.status === 'shown'),
      5000,
      'activity:mine after approval',
    )) as WordcloudMine;
    expect(pushed.answers).toHaveLength(1);
    expect(code(await cmd(f, cloud, 'moderate', { ids: [id, 'unknownid'], status: 'hidden' }))).toBe(
      'NOT_FOUND',
    );

    // With the filter off, the same words are shown at once.
    okData(await ack(f, 'workshop:settings', { wordFilter: false }));
    expect((await answer(p2, cloud, 'skitbra')).answers.at(-1)?.status).toBe('shown');
    expect(room.participants).toHaveLength(3);
  });

  it('holds every answer with pre-moderation', async () => {
    const { f, p1, cloud } = await cloudRoom({ ...CONFIG, preModeration: true });
    await control(f, cloud, 'open');
    expect((await answer(p1, cloud, 'Natur')).answers[0]?.status).toBe('pending');
    expect((await staffAnswers(f, cloud))[0]).toMatchObject({ status: 'pending', filtered: false });
    expect((await resultsIn(f, cloud))?.answers).toBe(0);
  });

  it('hides and restores answers; a hidden answer stays in the data and cannot be withdrawn', async () => {
    const { room, f, p1, p2, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    const mine = await answer(p1, cloud, 'Olämpligt');
    await answer(p2, cloud, 'Natur');
    const id = mine.answers[0]?.id ?? '';
    okData(await cmd(f, cloud, 'moderate', { ids: [id], status: 'hidden' }));
    expect((await resultsIn(f, cloud))?.terms.map((t) => t.word)).toEqual(['Natur']);
    expect((await staffAnswers(f, cloud)).find((a) => a.id === id)?.status).toBe('hidden');
    expect(code(await cmd(p1, cloud, 'withdraw', { id }))).toBe('FORBIDDEN');
    // Sending the same words again is the same (hidden) answer, not a way around the facilitator.
    expect((await answer(p1, cloud, 'olämpligt')).answers).toEqual([
      expect.objectContaining({ id, status: 'hidden' }),
    ]);
    const md = await (
      await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.md?lang=sv`, {
        headers: { cookie: room.facilitator },
      })
    ).text();
    expect(md).toMatch(/Olämpligt\s*\|[^|\n]*\|\s*Offentlig sektor\s*\|\s*dold av processledaren/);
    okData(await cmd(f, cloud, 'moderate', { ids: [id], status: 'shown' }));
    expect((await resultsIn(f, cloud))?.terms).toHaveLength(2);
  });

  it('hides a whole term, every form of it, in one step, and undoes it with moderate', async () => {
    const { f, p1, p2, p3, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    await answer(p1, cloud, 'Skolan');
    await answer(p2, cloud, 'skolor');
    await answer(p3, cloud, 'skola');
    await answer(p3, cloud, 'Vård');
    expect(code(await cmd(f, cloud, 'hideTerm', { key: 'nothing' }))).toBe('NOT_FOUND');
    const { ids } = okData(await cmd(f, cloud, 'hideTerm', { key: 'skolor' })) as { ids: string[] };
    expect(ids).toHaveLength(3);
    expect((await resultsIn(f, cloud))?.terms.map((t) => t.word)).toEqual(['Vård']);
    expect((await staffAnswers(f, cloud)).filter((a) => a.status === 'hidden')).toHaveLength(3);
    okData(await cmd(f, cloud, 'moderate', { ids, status: 'shown' }));
    expect((await resultsIn(f, cloud))?.terms[0]).toMatchObject({ count: 3 });
  });

  it('shows the projector the cloud live only with showLive, and participants only once revealed', async () => {
    const { f, p1, p2, projector, cloud } = await cloudRoom({ ...CONFIG, showLive: false });
    await control(f, cloud, 'open');
    await control(f, cloud, 'live');
    await answer(p1, cloud, 'Hemligt');
    const seen = (await waitFor(
      () => resultsOf(projector, cloud).find((r) => (r as WordcloudResults).answers === 1),
      5000,
      'the projector count',
    )) as WordcloudResults;
    expect(seen.terms).toEqual([]);
    expect(seen.termCount).toBe(1);
    expect((await sync(p2)).results[cloud] ?? null).toBeNull();
    expect(JSON.stringify(await sync(projector))).not.toContain('Hemligt');
    expect(JSON.stringify(await sync(p2))).not.toContain('Hemligt');

    // Turned on mid-session: the projector gets the words without waiting for the next answer.
    okData(await ack(f, 'agenda:update', { activityId: cloud, config: { ...CONFIG, showLive: true } }));
    await waitFor(
      () => resultsOf(projector, cloud).find((r) => (r as WordcloudResults).terms.length === 1),
      5000,
      'the live cloud',
    );
    expect((await sync(p2)).results[cloud] ?? null).toBeNull();
    await control(f, cloud, 'reveal');
    expect((await resultsIn(p2, cloud))?.terms.map((t) => t.word)).toEqual(['Hemligt']);
  });

  it('shows writers’ names to the staff only when the workshop shows names', async () => {
    const { f, p1, cloud } = await cloudRoom(CONFIG, 'shown');
    await control(f, cloud, 'open');
    await answer(p1, cloud, 'Natur');
    expect((await staffAnswers(f, cloud))[0]?.author).toBe('Deltagare public');
    expect(JSON.stringify(await sync(p1))).not.toContain('Deltagare public');
  });

  it('echoes one’s answers to one’s other sockets, never the sending one', async () => {
    const { room, f, p1, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    const other = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    await answer(p1, cloud, 'Natur');
    const echoed = (await waitFor(() => mineOf(other, cloud).at(-1), 5000, 'activity:mine')) as WordcloudMine;
    expect(echoed.answers.map((a) => a.text)).toEqual(['Natur']);
    expect(mineOf(p1, cloud)).toEqual([]);
  });

  it('locks the question once answered unless reset; more words or letters may be given', async () => {
    const { f, p1, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    await answer(p1, cloud, 'Natur');
    const update = (config: unknown, resetResponses = false) =>
      ack(f, 'agenda:update', { activityId: cloud, config, ...(resetResponses ? { resetResponses } : {}) });
    okData(await update({ ...CONFIG, maxWordsPerParticipant: 5, maxLength: 60 }));
    expect(code(await update({ ...CONFIG, prompt: 'Något annat?' }))).toBe('VOTE_RULES_LOCKED');
    expect(code(await update({ ...CONFIG, maxWordsPerParticipant: 2 }))).toBe('VOTE_RULES_LOCKED');
    okData(await update({ ...CONFIG, prompt: 'Något annat?' }, true));
    expect((activityIn(await sync(f), cloud).config as WordcloudConfig).prompt).toBe('Något annat?');
    expect((await resultsIn(f, cloud))?.answers).toBe(0);
    expect(await staffAnswers(f, cloud)).toEqual([]);
    expect(await waitFor(() => mineOf(p1, cloud).at(-1), 5000, 'activity:mine after the reset')).toEqual({
      answers: [],
    });
  });

  it('clears every answer on reset', async () => {
    const { f, p1, p2, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    await answer(p1, cloud, 'Natur');
    await answer(p2, cloud, 'Kultur');
    await control(f, cloud, 'reset');
    expect((await resultsIn(f, cloud))?.answers).toBe(0);
    expect((await sync(p1)).mine[cloud]).toEqual({ answers: [] });
    expect(await staffAnswers(f, cloud)).toEqual([]);
  });

  it('exports the frequency table overall and per sector, and every answer, in both languages', async () => {
    const { room, f, p1, p2, p3, cloud } = await cloudRoom();
    await control(f, cloud, 'open');
    await answer(p1, cloud, 'Naturen');
    await answer(p2, cloud, 'natur');
    await answer(p3, cloud, 'Kultur');
    const held = await answer(p3, cloud, 'Skitsnack');
    expect(held.answers.at(-1)?.status).toBe('pending');
    await control(f, cloud, 'close');
    const get = async (format: string, lang: string) => {
      const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
        headers: { cookie: room.facilitator },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const md = await get('md', 'sv');
    expect(md).toContain('Ordmoln');
    expect(md).toContain('Vad gör Örebro län attraktivt?');
    expect(md).toMatch(
      /natur\s*\|\s*2\s*\|\s*1\s*\|\s*1\s*\|\s*0\s*\|\s*0\s*\|\s*0\s*\|\s*0\s*\|\s*natur \(1\), Naturen \(1\)/,
    );
    expect(md).toMatch(/Kultur\s*\|\s*1\s*\|\s*0\s*\|\s*0\s*\|\s*1/);
    expect(md).toMatch(/Naturen\s*\|\s*natur\s*\|\s*Offentlig sektor\s*\|\s*visas/);
    expect(md).toMatch(/Skitsnack\s*\|\s*\|\s*Akademi\s*\|\s*väntar på granskning, fångad av ordfiltret/);
    expect(md).toContain('Har svarat, per sektor');
    expect(md).not.toContain('Deltagare public');
    const csv = await get('csv', 'en');
    expect(csv).toContain('Word cloud');
    expect(csv).toContain('Forms counted together');
    expect(csv).toMatch(/"natur";2;1;1;0;0;0;0/);
    expect(csv).toContain('waiting for review, caught by the word filter');
    const json = JSON.parse(await get('json', 'sv')) as { sections: Array<{ type: string }> };
    const section = json.sections.find((s) => s.type === 'wordcloud');
    expect(JSON.stringify(section)).toContain('Skitsnack');
  });
});
