import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RankingConfig, RankingResults } from '../../../shared/activities/ranking/types.ts';
import {
  activityIn,
  addActivity,
  control,
  controlAck,
  hideItem,
  mergeItems,
  sync,
} from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, mineOf, okData, rawAck, resultsOf, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const CONFIG: RankingConfig = {
  prompt: 'Vad är viktigast för länet?',
  items: [
    { id: 'item-bostad', text: 'Bostäder' },
    { id: 'item-trafik', text: 'Kollektivtrafik' },
    { id: 'item-kompetens', text: 'Kompetensförsörjning' },
  ],
};
const [A, B, C] = ['item-bostad', 'item-trafik', 'item-kompetens'] as const;

const respond = (t: TestSocket, activityId: string, value: unknown) =>
  rawAck(t, 'activity:respond', { activityId, value });
const rank = async (t: TestSocket, activityId: string, order: string[]) =>
  (okData(await respond(t, activityId, { order })) as { answer: { order: string[] } }).answer.order;
const codeOf = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const r = await p;
  return r.ok ? 'ok' : r.error?.code;
};
const update = (f: TestSocket, activityId: string, config: unknown, resetResponses = false) =>
  ack(f, 'agenda:update', { activityId, config, ...(resetResponses ? { resetResponses } : {}) });
const importItems = (t: TestSocket, activityId: string, fromActivityId: string) =>
  rawAck(t, 'activity:command', { activityId, name: 'importItems', payload: { fromActivityId } });
const resultsIn = async (t: TestSocket, id: string) =>
  (await sync(t)).results[id] as RankingResults | undefined;
const standing = (r: RankingResults | undefined) => r?.items.map((i) => [i.id, i.points]);

describe('activities/ranking on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function rankingRoom() {
    const room = await openRoom(h, ['Bostäder', 'Kollektivtrafik', 'Energi'], ['public', 'business']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = (await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    )) as [TestSocket, TestSocket];
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const ranking = await addActivity(f, 'ranking', CONFIG);
    return { room, f, p1, p2, projector, ranking };
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

  it('adds a ranking with two items when no config is given, and refuses a bad config', async () => {
    const { f } = await rankingRoom();
    const id = await addActivity(f, 'ranking');
    const config = activityIn(await sync(f), id).config as RankingConfig;
    expect(config.items.map((i) => i.text)).toEqual(['Punkt 1', 'Punkt 2']);
    expect(config.prompt).toBe('');
    const dup = { ...CONFIG, items: [CONFIG.items[0], CONFIG.items[0]] };
    expect(await codeOf(ack(f, 'agenda:add', { type: 'ranking', config: dup }))).toBe('VALIDATION');
    expect(
      await codeOf(ack(f, 'agenda:add', { type: 'ranking', config: { items: [CONFIG.items[0]] } })),
    ).toBe('VALIDATION');
  });

  it('keeps a draft from participants and refuses orders until it is open, and after it closes', async () => {
    const { room, f, p1, ranking } = await rankingRoom();
    expect((await sync(p1)).state.agenda.some((a) => a.id === ranking)).toBe(false);
    expect(await codeOf(respond(p1, ranking, { order: [A, B, C] }))).toBe('NOT_FOUND');
    await control(f, ranking, 'open');
    expect(await rank(p1, ranking, [C, A, B])).toEqual([C, A, B]);
    await control(f, ranking, 'close');
    expect(await codeOf(respond(p1, ranking, { order: [A, B, C] }))).toBe('VOTING_CLOSED');
    expect(rows(room, ranking)).toEqual([{ key: '', value: JSON.stringify({ order: [C, A, B] }) }]);
  });

  it('takes a whole order only: every item once, nothing unknown, no stray fields', async () => {
    const { f, p1, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    for (const value of [
      { order: [A, B] },
      { order: [A, B, B] },
      { order: [A, B, C, 'item-okand'] },
      { order: [] },
      { order: [A, B, C], extra: 1 },
      { ratings: { [A]: 1 } },
      { order: 'A,B,C' },
    ])
      expect(await codeOf(respond(p1, ranking, value))).toBe('VALIDATION');
    expect(await resultsIn(f, ranking)).toMatchObject({ respondents: 0 });
  });

  it('replaces the whole order, never counting a retry twice, and counts per sector', async () => {
    const { room, f, p1, p2, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    await rank(p1, ranking, [A, B, C]);
    await rank(p1, ranking, [A, B, C]);
    await rank(p1, ranking, [B, A, C]);
    await rank(p2, ranking, [C, A, B]);
    const r = await resultsIn(f, ranking);
    expect(r?.respondents).toBe(2);
    expect(r?.respondentsBySector).toMatchObject({ public: 1, business: 1 });
    // A: 1 + 1, B: 2 + 0, C: 0 + 2: all tie on 2 points; means A 2, B 2, C 2 → config order, one place.
    expect(r?.items.map((i) => [i.id, i.place, i.points, i.meanPosition])).toEqual([
      [A, 1, 2, 2],
      [B, 1, 2, 2],
      [C, 1, 2, 2],
    ]);
    expect(r?.items.find((i) => i.id === C)).toMatchObject({ best: 1, worst: 3, positions: [1, 0, 1] });
    expect(r?.bySector.public?.map((i) => [i.id, i.points])).toEqual([
      [B, 2],
      [A, 1],
      [C, 0],
    ]);
    expect(r?.bySector.business?.map((i) => [i.id, i.place])).toEqual([
      [C, 1],
      [A, 2],
      [B, 3],
    ]);
    expect(r?.bySector.academia).toBeUndefined();
    expect(rows(room, ranking)).toHaveLength(2);
  });

  it('echoes the stored order to the participant’s other sockets, never the sending one', async () => {
    const { room, f, p1, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    const other = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    await rank(p1, ranking, [B, C, A]);
    expect(await waitFor(() => mineOf(other, ranking).at(-1), 5000, 'activity:mine')).toEqual({
      order: [B, C, A],
    });
    expect(mineOf(p1, ranking)).toEqual([]);
    expect((await sync(other)).mine[ranking]).toEqual({ order: [B, C, A] });
  });

  it('gives the projector the respondent count only and participants nothing until the reveal', async () => {
    const { f, p1, p2, projector, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    await control(f, ranking, 'live');
    await rank(p1, ranking, [C, B, A]);
    const seen = (await waitFor(
      () => resultsOf(projector, ranking).find((r) => (r as RankingResults | null)?.respondents === 1),
      5000,
      'the projector count',
    )) as RankingResults;
    expect(seen.items).toEqual([]);
    expect(seen.bySector).toEqual({});
    expect((await sync(p2)).results[ranking]).toBeUndefined();
    expect((await resultsIn(projector, ranking))?.items).toEqual([]);
    expect((await resultsIn(f, ranking))?.items[0]).toMatchObject({ id: C, points: 2 });

    await control(f, ranking, 'reveal');
    expect((await resultsIn(p2, ranking))?.items[0]).toMatchObject({ id: C, points: 2 });
    expect(standing(await resultsIn(projector, ranking))).toEqual([
      [C, 2],
      [B, 1],
      [A, 0],
    ]);
  });

  it('refuses participants and the projector the facilitator’s controls, config and command', async () => {
    const { room, f, p1, projector, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    for (const t of [p1, projector]) {
      expect(await codeOf(controlAck(t, ranking, 'reveal'))).toBe('FORBIDDEN');
      expect(await codeOf(update(t, ranking, CONFIG))).toBe('FORBIDDEN');
      expect(await codeOf(importItems(t, ranking, room.listId))).toBe('FORBIDDEN');
    }
    expect(await codeOf(respond(projector, ranking, { order: [A, B, C] }))).toBe('FORBIDDEN');
    expect(await codeOf(respond(f, ranking, { order: [A, B, C] }))).toBe('FORBIDDEN');
  });

  it('keeps orders through a new prompt, order and item (unranked there); locks rewording unless reset', async () => {
    const { f, p1, p2, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    await rank(p1, ranking, [A, B, C]);
    const added = {
      prompt: 'Vad ska regionen satsa på?',
      items: [...CONFIG.items].reverse().concat({ id: 'item-energi', text: 'Energi' }),
    };
    okData(await update(f, ranking, added));
    // p1's order does not rank Energi; p2 ranks all four.
    expect(await codeOf(respond(p2, ranking, { order: [A, B, C] }))).toBe('VALIDATION');
    await rank(p2, ranking, ['item-energi', C, B, A]);
    const r = await resultsIn(f, ranking);
    // p1: A 2, B 1, C 0 (three ranked); p2: Energi 3, C 2, B 1, A 0.
    expect(r?.items.map((i) => [i.id, i.points, i.respondents])).toEqual([
      ['item-energi', 3, 1],
      // A full tie (2 points, mean 2.5): in the config's new order.
      [C, 2, 2],
      [B, 2, 2],
      [A, 2, 2],
    ]);
    expect(r?.items.map((i) => i.meanPosition)).toEqual([1, 2.5, 2.5, 2.5]);

    const reworded = { ...added, items: added.items.map((i) => (i.id === A ? { ...i, text: 'Boende' } : i)) };
    expect(await codeOf(update(f, ranking, reworded))).toBe('VOTE_RULES_LOCKED');
    expect(await codeOf(update(f, ranking, { ...added, items: added.items.slice(1) }))).toBe(
      'VOTE_RULES_LOCKED',
    );
    okData(await update(f, ranking, reworded, true));
    expect((await resultsIn(f, ranking))?.respondents).toBe(0);
    expect(await waitFor(() => mineOf(p1, ranking).at(-1), 5000, 'activity:mine after the reset')).toEqual({
      order: [],
    });
  });

  it('clears every order on reset', async () => {
    const { f, p1, p2, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    await rank(p1, ranking, [A, B, C]);
    await rank(p2, ranking, [C, B, A]);
    await control(f, ranking, 'reset');
    expect((await resultsIn(f, ranking))?.respondents).toBe(0);
    expect((await sync(p1)).mine[ranking]).toEqual({ order: [] });
  });

  it('fetches a list’s visible items for the setup, and refuses other sources and stored answers', async () => {
    const { room, f, p1, ranking } = await rankingRoom();
    const [bostad, trafik, energi] = room.items as [string, string, string];
    await hideItem(f, room.listId, trafik, true);
    let data = okData(await importItems(f, ranking, room.listId)) as { items: unknown[]; skipped: number };
    expect(data).toEqual({
      items: [
        { id: bostad, text: 'Bostäder' },
        { id: energi, text: 'Energi' },
      ],
      skipped: 0,
    });
    await hideItem(f, room.listId, trafik, false);
    await mergeItems(f, room.listId, energi, trafik);
    data = okData(await importItems(f, ranking, room.listId)) as { items: unknown[]; skipped: number };
    // The merged-away item is gone; the merge target keeps both texts, on two lines.
    expect(data.items).toEqual([
      { id: bostad, text: 'Bostäder' },
      { id: trafik, text: 'Kollektivtrafik\nEnergi' },
    ]);
    // What it returns is a config the server takes as it is.
    okData(await update(f, ranking, { prompt: '', items: data.items }));

    expect(await codeOf(importItems(f, ranking, ranking))).toBe('VALIDATION');
    expect(await codeOf(importItems(f, ranking, room.dotsId))).toBe('VALIDATION');
    expect(await codeOf(importItems(f, ranking, 'no-such-list'))).toBe('VALIDATION');
    expect(await codeOf(importItems(f, ranking, 'x'))).toBe('VALIDATION');

    await control(f, ranking, 'open');
    await rank(p1, ranking, [trafik, bostad]);
    expect(await codeOf(importItems(f, ranking, room.listId))).toBe('VOTE_RULES_LOCKED');
  });

  it('refuses a list of another workshop', async () => {
    const { f, ranking } = await rankingRoom();
    const other = await openRoom(h, ['Annat'], []);
    expect(await codeOf(importItems(f, ranking, other.listId))).toBe('VALIDATION');
  });

  it('exports the ranked table overall and per sector, and respondents', async () => {
    const { room, f, p1, p2, ranking } = await rankingRoom();
    await control(f, ranking, 'open');
    await rank(p1, ranking, [A, C, B]);
    await rank(p2, ranking, [A, B, C]);
    await control(f, ranking, 'close');
    const get = async (format: string, lang: string) => {
      const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
        headers: { cookie: room.facilitator },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const md = await get('md', 'sv');
    expect(md).toContain('Rangordning');
    expect(md).toContain('Vad är viktigast för länet?');
    expect(md).toContain('Borda');
    // Overall: A 4 points, mean 1, always first; B and C 1 point each, mean 2.5 → one shared place.
    expect(md).toMatch(/\| 1 \| Bostäder \| 4 \| 1 \| 1 \| 1 \| 2 \| 1: 2 \|/);
    expect(md).toMatch(/\| 2 \| Kollektivtrafik \| 1 \| 2\.5 \| 2 \| 3 \| 2 \| 2: 1, 3: 1 \|/);
    expect(md).toMatch(/\| 2 \| Kompetensförsörjning \| 1 \| 2\.5 \| 2 \| 3 \| 2 \| 2: 1, 3: 1 \|/);
    expect(md).toContain('Offentlig sektor (1 har svarat)');
    expect(md).toContain('Näringsliv (1 har svarat)');
    expect(md).not.toContain('Akademi (');
    expect(md).toContain('Har svarat, per sektor');
    const csv = await get('csv', 'en');
    expect(csv).toContain('Ranking');
    expect(csv).toContain('Mean place');
    expect(csv).toContain('Business (1 have answered)');
    const json = JSON.parse(await get('json', 'sv')) as { sections: Array<{ type: string }> };
    const section = json.sections.find((s) => s.type === 'ranking');
    expect(JSON.stringify(section)).toContain('Kompetensförsörjning');
  });
});
