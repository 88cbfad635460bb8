import { afterEach, describe, expect, it } from 'vitest';
import type { PollAnswer, PollConfig, PollResults } from '../../../shared/activities/poll/types.ts';
import { activityIn, addActivity, control, controlAck, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { ack, mineOf, okData, rawAck, resultsOf, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const CONFIG = {
  question: 'Vad ska regionen satsa mest på?',
  options: [
    { id: 'trafik', text: 'Kollektivtrafik' },
    { id: 'bostad', text: 'Bostäder' },
    { id: 'kompetens', text: 'Kompetensförsörjning' },
  ],
  multiple: true,
  maxChoices: 2,
  allowOther: true,
};

const respond = (t: TestSocket, activityId: string, value: unknown) =>
  rawAck(t, 'activity:respond', { activityId, value });
const answer = async (t: TestSocket, activityId: string, value: PollAnswer) =>
  (okData(await respond(t, activityId, value)) as { answer: PollAnswer }).answer;
const update = (f: TestSocket, activityId: string, config: unknown, resetResponses = false) =>
  ack(f, 'agenda:update', { activityId, config, ...(resetResponses ? { resetResponses } : {}) });

describe('activities/poll on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function pollRoom(): Promise<{
    room: Room;
    f: TestSocket;
    p1: TestSocket;
    p2: TestSocket;
    projector: TestSocket;
    poll: string;
  }> {
    const room = await openRoom(h, ['Ett'], ['public', 'business']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const poll = await addActivity(f, 'poll', CONFIG);
    return { room, f, p1: p1 as TestSocket, p2: p2 as TestSocket, projector, poll };
  }

  it('adds a poll with defaults when no config is given, and refuses a bad config with VALIDATION', async () => {
    const { f } = await pollRoom();
    const id = await addActivity(f, 'poll');
    const config = activityIn(await sync(f), id).config as PollConfig;
    expect(config.options.map((o) => o.text)).toEqual(['Ja', 'Nej']);
    expect(config.multiple).toBe(false);
    const bad = await ack(f, 'agenda:add', {
      type: 'poll',
      config: {
        options: [
          { id: 'a', text: 'A' },
          { id: 'a', text: 'B' },
        ],
      },
    });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });

  it('keeps a draft from participants and refuses answers until it is open, and after it closes', async () => {
    const { f, p1, poll } = await pollRoom();
    expect((await sync(p1)).state.agenda.some((a) => a.id === poll)).toBe(false);
    const draft = await respond(p1, poll, { choices: ['trafik'] });
    expect(draft.ok ? null : draft.error.code).toBe('NOT_FOUND');
    await control(f, poll, 'open');
    expect(await answer(p1, poll, { choices: ['trafik'], other: '' })).toEqual({
      choices: ['trafik'],
      other: '',
    });
    await control(f, poll, 'close');
    const closed = await respond(p1, poll, { choices: ['bostad'], other: '' });
    expect(closed.ok ? null : closed.error.code).toBe('VOTING_CLOSED');
  });

  it('validates answers: unknown options, too many choices, long or stray fields', async () => {
    const { f, p1, poll } = await pollRoom();
    await control(f, poll, 'open');
    const code = async (value: unknown) => {
      const r = await respond(p1, poll, value);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code({ choices: ['nope'], other: '' })).toBe('VALIDATION');
    expect(await code({ choices: ['trafik', 'bostad'], other: 'Vård' })).toBe('TOO_MANY_CHOICES');
    expect(await code({ choices: [], other: 'x'.repeat(201) })).toBe('VALIDATION');
    expect(await code({ choices: [], extra: 1 })).toBe('VALIDATION');
    expect(await code({ allocation: { trafik: 1 } })).toBe('VALIDATION');
    expect(await code({ choices: ['trafik', 'bostad'], other: '' })).toBe('ok');
  });

  it('replaces a whole answer, never counting a retry twice, and counts per sector', async () => {
    const { f, p1, p2, poll } = await pollRoom();
    await control(f, poll, 'open');
    await answer(p1, poll, { choices: ['trafik', 'bostad'], other: '' });
    await answer(p1, poll, { choices: ['trafik', 'bostad'], other: '' });
    await answer(p1, poll, { choices: ['kompetens'], other: ' Vård ' });
    await answer(p2, poll, { choices: ['kompetens', 'trafik'], other: '' });
    const results = (await sync(f)).results[poll] as PollResults;
    expect(results.respondents).toBe(2);
    expect(results.respondentsBySector).toMatchObject({ public: 1, business: 1 });
    expect(results.byOption.trafik).toMatchObject({ total: 1, bySector: { business: 1, public: 0 } });
    expect(results.byOption.bostad?.total).toBe(0);
    expect(results.byOption.kompetens).toMatchObject({ total: 2, bySector: { public: 1, business: 1 } });
    expect(results.other).toMatchObject({ total: 1, bySector: { public: 1 } });
    expect(results.otherTexts).toEqual([expect.objectContaining({ text: 'Vård', sector: 'public' })]);
    // An empty answer withdraws: no longer a respondent.
    await answer(p2, poll, { choices: [], other: '' });
    expect(((await sync(f)).results[poll] as PollResults).respondents).toBe(1);
  });

  it('echoes the stored answer to the participant’s other sockets, never the sending one', async () => {
    const { room, f, p1, poll } = await pollRoom();
    await control(f, poll, 'open');
    const other = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    await answer(p1, poll, { choices: ['bostad'], other: '' });
    expect(await waitFor(() => mineOf(other, poll).at(-1), 5000, 'activity:mine')).toEqual({
      choices: ['bostad'],
      other: '',
    });
    expect(mineOf(p1, poll)).toEqual([]);
    expect((await sync(other)).mine[poll]).toEqual({ choices: ['bostad'], other: '' });
  });

  it('gives the projector counts of people only and participants nothing until the reveal', async () => {
    const { room, f, p1, p2, projector, poll } = await pollRoom();
    await control(f, poll, 'open');
    await control(f, poll, 'live');
    await answer(p1, poll, { choices: ['trafik'], other: 'Hemlig text' });
    const seen = (await waitFor(
      () => resultsOf(projector, poll).find((r) => (r as PollResults | null)?.respondents === 1),
      5000,
      'the projector count',
    )) as PollResults;
    expect(seen.byOption).toEqual({});
    expect(seen.other).toBeNull();
    expect(seen.otherTexts).toEqual([]);
    expect((await sync(p2)).results[poll] ?? null).toBeNull();
    expect(JSON.stringify(await sync(projector))).not.toContain('Hemlig text');
    expect(JSON.stringify(await sync(p2))).not.toContain('Hemlig text');
    // The facilitator sees everything at all times.
    expect(((await sync(f)).results[poll] as PollResults).otherTexts).toHaveLength(1);

    await control(f, poll, 'reveal');
    const revealed = (await sync(p2)).results[poll] as PollResults;
    expect(revealed.byOption.trafik?.total).toBe(1);
    expect(revealed.otherTexts).toEqual([expect.objectContaining({ text: 'Hemlig text', sector: 'public' })]);
    // The id stands for the writer without naming them.
    expect(JSON.stringify(revealed)).not.toContain(room.participants[0]?.profile.id ?? 'none');
    expect(((await sync(projector)).results[poll] as PollResults).byOption.trafik?.total).toBe(1);
  });

  it('refuses participants and the projector the facilitator’s controls and config edits', async () => {
    const { f, p1, projector, poll } = await pollRoom();
    await control(f, poll, 'open');
    for (const t of [p1, projector]) {
      const c = await controlAck(t, poll, 'reveal');
      expect(c.ok ? null : c.error.code).toBe('FORBIDDEN');
      const u = await update(t, poll, CONFIG);
      expect(u.ok ? null : u.error.code).toBe('FORBIDDEN');
    }
    const r = await respond(projector, poll, { choices: ['trafik'], other: '' });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });

  it('lets options be reordered with answers stored, locks other changes unless the answers are reset', async () => {
    const { f, p1, poll } = await pollRoom();
    await control(f, poll, 'open');
    await answer(p1, poll, { choices: ['bostad'], other: '' });
    // A reorder keeps the answer on its option: it follows the id, not the position.
    okData(await update(f, poll, { ...CONFIG, options: [...CONFIG.options].reverse() }));
    const after = (await sync(f)).results[poll] as PollResults;
    expect(after.byOption.bostad?.total).toBe(1);
    expect(after.byOption.trafik?.total).toBe(0);

    const renamed = {
      ...CONFIG,
      options: CONFIG.options.map((o) => (o.id === 'bostad' ? { ...o, text: 'Fler bostäder' } : o)),
    };
    const locked = await update(f, poll, renamed);
    expect(locked.ok ? null : locked.error.code).toBe('VOTE_RULES_LOCKED');
    const fewer = await update(f, poll, { ...CONFIG, options: CONFIG.options.slice(0, 2) });
    expect(fewer.ok ? null : fewer.error.code).toBe('VOTE_RULES_LOCKED');

    okData(await update(f, poll, renamed, true));
    const cleared = await sync(f);
    expect((cleared.results[poll] as PollResults).respondents).toBe(0);
    expect(await waitFor(() => mineOf(p1, poll).at(-1), 5000, 'activity:mine after the reset')).toEqual({
      choices: [],
      other: '',
    });
  });

  it('lets the facilitator hide and restore an "other" answer, which keeps counting', async () => {
    const { room, f, p1, p2, poll } = await pollRoom();
    await control(f, poll, 'open');
    await control(f, poll, 'reveal');
    await answer(p1, poll, { choices: [], other: 'Olämpligt' });
    await answer(p2, poll, { choices: [], other: 'Kultur' });
    const command = (t: TestSocket, name: string, payload: unknown) =>
      rawAck(t, 'activity:command', { activityId: poll, name, payload });
    const before = (await sync(f)).results[poll] as PollResults;
    const target = before.otherTexts.find((o) => o.text === 'Olämpligt');
    expect(target).toBeDefined();
    const id = target?.id ?? '';

    const refused = await command(p2, 'hideOther', { id, hidden: true });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const unknown = await command(f, 'hideOther', { id: 'abcdefgh', hidden: true });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    okData(await command(f, 'hideOther', { id, hidden: true }));

    const hidden = (await sync(p2)).results[poll] as PollResults;
    expect(hidden.otherTexts.map((o) => o.text)).toEqual(['Kultur']);
    expect(hidden.otherHidden).toBe(1);
    expect(hidden.other?.total).toBe(2);
    expect(hidden.respondents).toBe(2);
    expect(JSON.stringify(await sync(p2))).not.toContain('Olämpligt');
    expect(okData(await command(f, 'hiddenOthers', { limit: 50 }))).toEqual({
      hidden: [{ id, sector: 'public', text: 'Olämpligt' }],
    });
    // The same words sent again stay hidden; new words are shown until hidden in turn.
    await answer(p1, poll, { choices: ['trafik'], other: 'Olämpligt' });
    expect(((await sync(f)).results[poll] as PollResults).otherHidden).toBe(1);
    const md = await (
      await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.md?lang=sv`, {
        headers: { cookie: room.facilitator },
      })
    ).text();
    expect(md).toContain('Olämpligt (Offentlig sektor, dold av processledaren)');
    okData(await command(f, 'hideOther', { id, hidden: false }));
    expect(((await sync(p2)).results[poll] as PollResults).otherTexts.map((o) => o.text)).toEqual([
      'Olämpligt',
      'Kultur',
    ]);
    okData(await command(f, 'hideOther', { id, hidden: true }));
    await answer(p1, poll, { choices: [], other: 'Något annat' });
    expect(((await sync(f)).results[poll] as PollResults).otherHidden).toBe(0);
  });

  it('clears every answer on reset', async () => {
    const { f, p1, p2, poll } = await pollRoom();
    await control(f, poll, 'open');
    await answer(p1, poll, { choices: ['bostad'], other: '' });
    await answer(p2, poll, { choices: ['trafik'], other: '' });
    await control(f, poll, 'reset');
    expect(((await sync(f)).results[poll] as PollResults).respondents).toBe(0);
    expect((await sync(p1)).mine[poll]).toEqual({ choices: [], other: '' });
  });

  it('exports the question, counts per option and sector, the other answers and respondents', async () => {
    const { room, f, p1, p2, poll } = await pollRoom();
    await control(f, poll, 'open');
    await answer(p1, poll, { choices: ['trafik'], other: 'Vård' });
    await answer(p2, poll, { choices: ['trafik', 'kompetens'], other: '' });
    await control(f, poll, 'close');
    const get = async (format: string, lang: string) => {
      const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
        headers: { cookie: room.facilitator },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const md = await get('md', 'sv');
    expect(md).toContain('Omröstning');
    expect(md).toContain('Vad ska regionen satsa mest på?');
    expect(md).toMatch(/Kollektivtrafik\s*\|\s*2\s*\|\s*100\s*\|\s*1\s*\|\s*1/);
    expect(md).toMatch(/Kompetensförsörjning\s*\|\s*1\s*\|\s*50/);
    expect(md).toContain('Vård (Offentlig sektor)');
    expect(md).toContain('Har svarat, per sektor');
    const csv = await get('csv', 'en');
    expect(csv).toContain('Poll');
    expect(csv).toContain('Have answered, by sector');
    expect(csv).toMatch(/"Kollektivtrafik";2;100;1;1/);
    const json = JSON.parse(await get('json', 'sv')) as {
      sections: Array<{ type: string; blocks: unknown[] }>;
    };
    const section = json.sections.find((s) => s.type === 'poll');
    expect(section).toBeDefined();
    expect(JSON.stringify(section)).toContain('Vård');
  });
});
