import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ratings, ScaleConfig, ScaleResults } from '../../../shared/activities/scale/types.ts';
import { activityIn, addActivity, control, controlAck, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, mineOf, okData, rawAck, resultsOf, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const CONFIG = {
  prompt: 'Hur ser du på regionens arbete?',
  statements: [
    { id: 'stmt-lyssnar', text: 'Regionen lyssnar på kommunerna' },
    { id: 'stmt-trafik', text: 'Kollektivtrafiken räcker för att pendla' },
  ],
  labels: { kind: 'agree' },
  allowSkip: true,
};
const [A, B] = ['stmt-lyssnar', 'stmt-trafik'] as const;

const respond = (t: TestSocket, activityId: string, value: unknown) =>
  rawAck(t, 'activity:respond', { activityId, value });
const rateAll = async (t: TestSocket, activityId: string, ratings: Ratings) =>
  (okData(await respond(t, activityId, { ratings })) as { ratings: Ratings }).ratings;
const codeOf = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const r = await p;
  return r.ok ? 'ok' : r.error?.code;
};
const update = (f: TestSocket, activityId: string, config: unknown, resetResponses = false) =>
  ack(f, 'agenda:update', { activityId, config, ...(resetResponses ? { resetResponses } : {}) });

describe('activities/scale on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function scaleRoom() {
    const room = await openRoom(h, ['Ett'], ['public', 'business']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = (await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    )) as [TestSocket, TestSocket];
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const scale = await addActivity(f, 'scale', CONFIG);
    return { room, f, p1, p2, projector, scale };
  }

  /** The stored rows of one activity, straight from the database. */
  function rows(room: Room, activityId: string): Array<{ key: string; value: string }> {
    const db = new Database(dbFileOf(room.dataDir), { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare<[string], { key: string; value: string }>(
          'SELECT key, value FROM responses WHERE activity_id = ? ORDER BY participant_id, key',
        )
        .all(activityId);
    } finally {
      db.close();
    }
  }

  it('adds a scale with one statement when no config is given, and refuses a bad config', async () => {
    const { f } = await scaleRoom();
    const id = await addActivity(f, 'scale');
    const config = activityIn(await sync(f), id).config as ScaleConfig;
    expect(config.statements).toHaveLength(1);
    expect(config.labels).toEqual({ kind: 'agree' });
    expect(config.allowSkip).toBe(true);
    const dup = { ...CONFIG, statements: [CONFIG.statements[0], CONFIG.statements[0]] };
    expect(await codeOf(ack(f, 'agenda:add', { type: 'scale', config: dup }))).toBe('VALIDATION');
    expect(await codeOf(ack(f, 'agenda:add', { type: 'scale', config: { ...CONFIG, statements: [] } }))).toBe(
      'VALIDATION',
    );
  });

  it('keeps a draft from participants and refuses ratings until it is open, and after it closes', async () => {
    const { room, f, p1, scale } = await scaleRoom();
    expect((await sync(p1)).state.agenda.some((a) => a.id === scale)).toBe(false);
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 3 } }))).toBe('NOT_FOUND');
    await control(f, scale, 'open');
    expect(await rateAll(p1, scale, { [A]: 3 })).toEqual({ [A]: 3 });
    await control(f, scale, 'close');
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 5 } }))).toBe('VOTING_CLOSED');
    expect(rows(room, scale)).toEqual([{ key: A, value: '3' }]);
  });

  it('validates ratings: unknown statements, out of range, stray fields, skip when not offered', async () => {
    const { f, p1, scale } = await scaleRoom();
    await control(f, scale, 'open');
    expect(await codeOf(respond(p1, scale, { ratings: { 'stmt-okand': 3 } }))).toBe('VALIDATION');
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 0 } }))).toBe('VALIDATION');
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 6 } }))).toBe('VALIDATION');
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 2.5 } }))).toBe('VALIDATION');
    expect(await codeOf(respond(p1, scale, { ratings: {}, extra: 1 }))).toBe('VALIDATION');
    expect(await codeOf(respond(p1, scale, { allocation: { [A]: 1 } }))).toBe('VALIDATION');
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 'skip' } }))).toBe('ok');
    okData(await update(f, scale, { ...CONFIG, allowSkip: false }, true));
    expect(await codeOf(respond(p1, scale, { ratings: { [A]: 'skip' } }))).toBe('VALIDATION');
  });

  it('replaces the whole set of ratings, never counting a retry twice, and counts per sector', async () => {
    const { room, f, p1, p2, scale } = await scaleRoom();
    await control(f, scale, 'open');
    await rateAll(p1, scale, { [A]: 4, [B]: 2 });
    await rateAll(p1, scale, { [A]: 4, [B]: 2 });
    await rateAll(p1, scale, { [A]: 5, [B]: 'skip' });
    await rateAll(p2, scale, { [A]: 1 });
    const r = (await sync(f)).results[scale] as ScaleResults;
    expect(r.respondents).toBe(2);
    expect(r.respondentsBySector).toMatchObject({ public: 1, business: 1 });
    expect(r.byStatement[A]).toMatchObject({ counts: [1, 0, 0, 0, 1], n: 2, median: 3, mean: 3, skips: 0 });
    expect(r.byStatement[A]?.bySector.public).toMatchObject({ counts: [0, 0, 0, 0, 1], median: 5 });
    expect(r.byStatement[A]?.bySector.business).toMatchObject({ counts: [1, 0, 0, 0, 0], median: 1 });
    expect(r.byStatement[B]).toMatchObject({ counts: [0, 0, 0, 0, 0], skips: 1, n: 0, median: null });
    expect(rows(room, scale)).toHaveLength(3);
    // An empty set withdraws every rating: no longer a respondent.
    await rateAll(p2, scale, {});
    expect(((await sync(f)).results[scale] as ScaleResults).respondents).toBe(1);
  });

  it('echoes the stored ratings to the participant’s other sockets, never the sending one', async () => {
    const { room, f, p1, scale } = await scaleRoom();
    await control(f, scale, 'open');
    const other = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    await rateAll(p1, scale, { [B]: 2 });
    expect(await waitFor(() => mineOf(other, scale).at(-1), 5000, 'activity:mine')).toEqual({ [B]: 2 });
    expect(mineOf(p1, scale)).toEqual([]);
    expect((await sync(other)).mine[scale]).toEqual({ [B]: 2 });
  });

  it('gives the projector the respondent count only and participants nothing until the reveal', async () => {
    const { f, p1, p2, projector, scale } = await scaleRoom();
    await control(f, scale, 'open');
    await control(f, scale, 'live');
    await rateAll(p1, scale, { [A]: 4 });
    const seen = (await waitFor(
      () => resultsOf(projector, scale).find((r) => (r as ScaleResults | null)?.respondents === 1),
      5000,
      'the projector count',
    )) as ScaleResults;
    expect(seen.byStatement).toEqual({});
    expect((await sync(p2)).results[scale]).toBeUndefined();
    expect(((await sync(projector)).results[scale] as ScaleResults).byStatement).toEqual({});
    expect(((await sync(f)).results[scale] as ScaleResults).byStatement[A]?.counts).toEqual([0, 0, 0, 1, 0]);

    await control(f, scale, 'reveal');
    expect(((await sync(p2)).results[scale] as ScaleResults).byStatement[A]?.counts).toEqual([0, 0, 0, 1, 0]);
    expect(((await sync(projector)).results[scale] as ScaleResults).byStatement[A]?.n).toBe(1);
  });

  it('refuses participants and the projector the facilitator’s controls and config edits', async () => {
    const { f, p1, projector, scale } = await scaleRoom();
    await control(f, scale, 'open');
    for (const t of [p1, projector]) {
      expect(await codeOf(controlAck(t, scale, 'reveal'))).toBe('FORBIDDEN');
      expect(await codeOf(update(t, scale, CONFIG))).toBe('FORBIDDEN');
    }
    expect(await codeOf(respond(projector, scale, { ratings: { [A]: 1 } }))).toBe('FORBIDDEN');
    expect(await codeOf(respond(f, scale, { ratings: { [A]: 1 } }))).toBe('FORBIDDEN');
  });

  it('allows a new prompt, order and statement with ratings stored; locks rewording unless reset', async () => {
    const { f, p1, scale } = await scaleRoom();
    await control(f, scale, 'open');
    await rateAll(p1, scale, { [A]: 2 });
    const added = {
      ...CONFIG,
      prompt: 'Ny fråga',
      statements: [...CONFIG.statements].reverse().concat({ id: 'stmt-ny', text: 'Ett nytt påstående' }),
    };
    okData(await update(f, scale, added));
    const after = (await sync(f)).results[scale] as ScaleResults;
    expect(after.byStatement[A]?.counts).toEqual([0, 1, 0, 0, 0]);
    expect(after.byStatement['stmt-ny']?.n).toBe(0);

    const reworded = {
      ...added,
      statements: added.statements.map((s) => (s.id === A ? { ...s, text: 'Regionen lyssnar inte' } : s)),
    };
    expect(await codeOf(update(f, scale, reworded))).toBe('VOTE_RULES_LOCKED');
    expect(await codeOf(update(f, scale, { ...added, statements: added.statements.slice(0, 1) }))).toBe(
      'VOTE_RULES_LOCKED',
    );
    expect(
      await codeOf(update(f, scale, { ...added, labels: { kind: 'custom', low: 'Låg', high: 'Hög' } })),
    ).toBe('VOTE_RULES_LOCKED');
    okData(await update(f, scale, reworded, true));
    expect(((await sync(f)).results[scale] as ScaleResults).respondents).toBe(0);
    expect(await waitFor(() => mineOf(p1, scale).at(-1), 5000, 'activity:mine after the reset')).toEqual({});
  });

  it('clears every rating on reset', async () => {
    const { f, p1, p2, scale } = await scaleRoom();
    await control(f, scale, 'open');
    await rateAll(p1, scale, { [A]: 1 });
    await rateAll(p2, scale, { [B]: 5 });
    await control(f, scale, 'reset');
    expect(((await sync(f)).results[scale] as ScaleResults).respondents).toBe(0);
    expect((await sync(p1)).mine[scale]).toEqual({});
  });

  it('exports the scale, the distribution per statement and sector, and respondents', async () => {
    const { room, f, p1, p2, scale } = await scaleRoom();
    await control(f, scale, 'open');
    await rateAll(p1, scale, { [A]: 5, [B]: 'skip' });
    await rateAll(p2, scale, { [A]: 4, [B]: 2 });
    await control(f, scale, 'close');
    const get = async (format: string, lang: string) => {
      const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
        headers: { cookie: room.facilitator },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const md = await get('md', 'sv');
    expect(md).toContain('Skalfrågor');
    expect(md).toContain('Hur ser du på regionens arbete?');
    expect(md).toContain('1. Regionen lyssnar på kommunerna');
    expect(md).toContain('5 Instämmer helt');
    // All: 0,0,0,1,1 · no skips · n 2 · median 4.5 · mean 4.5.
    expect(md).toMatch(/\| Alla \| 0 \| 0 \| 0 \| 1 \| 1 \| 0 \| 2 \| 4\.5 \| 4\.5 \|/);
    expect(md).toMatch(/\| Offentlig sektor \| 0 \| 0 \| 0 \| 0 \| 1 \| 0 \| 1 \| 5 \| 5 \|/);
    expect(md).toMatch(/\| Alla \| 0 \| 1 \| 0 \| 0 \| 0 \| 1 \| 1 \| 2 \| 2 \|/);
    expect(md).toMatch(/\| Akademi \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| – \| – \|/);
    expect(md).toContain('Har svarat, per sektor');
    const csv = await get('csv', 'en');
    expect(csv).toContain('Scales');
    expect(csv).toContain('Strongly agree');
    expect(csv).toContain('Have answered, by sector');
    const json = JSON.parse(await get('json', 'sv')) as { sections: Array<{ type: string }> };
    const section = json.sections.find((s) => s.type === 'scale');
    expect(JSON.stringify(section)).toContain('Kollektivtrafiken räcker för att pendla');
  });
});
