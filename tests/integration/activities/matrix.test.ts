import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MatrixConfig, MatrixResults, Placements } from '../../../shared/activities/matrix/types.ts';
import {
  activityIn,
  addActivity,
  addItem,
  control,
  controlAck,
  hideItem,
  listCommand,
  mergeItems,
  sync,
} from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, mineOf, okData, rawAck, resultsOf, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const CONFIG = {
  prompt: 'Var hamnar åtgärderna?',
  variant: 'grid',
  axes: {
    x: { name: 'Genomförbarhet', low: 'Svår', high: 'Lätt' },
    y: { name: 'Effekt', low: 'Liten', high: 'Stor' },
  },
  items: [
    { id: 'item-pendel', text: 'Pendlarparkering vid stationerna' },
    { id: 'item-kompetens', text: 'Kompetenscentrum för vården' },
  ],
};
const [A, B] = ['item-pendel', 'item-kompetens'] as const;

const respond = (t: TestSocket, activityId: string, value: unknown) =>
  rawAck(t, 'activity:respond', { activityId, value });
const place = async (t: TestSocket, activityId: string, placements: Placements) =>
  (okData(await respond(t, activityId, { placements })) as { placements: Placements }).placements;
const codeOf = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const r = await p;
  return r.ok ? 'ok' : r.error?.code;
};
const update = (f: TestSocket, activityId: string, config: unknown, resetResponses = false) =>
  ack(f, 'agenda:update', { activityId, config, ...(resetResponses ? { resetResponses } : {}) });
const importFrom = (t: TestSocket, matrixId: string, fromActivityId: string) =>
  listCommand(t, matrixId, 'importItems', { fromActivityId });
const configOf = async (t: TestSocket, id: string) => activityIn(await sync(t), id).config as MatrixConfig;

describe('activities/matrix on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function matrixRoom(config: unknown = CONFIG) {
    const room = await openRoom(
      h,
      ['Cykelvägar', 'Bredband på landsbygden', 'Fler bussar'],
      ['public', 'business'],
    );
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = (await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    )) as [TestSocket, TestSocket];
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const matrix = await addActivity(f, 'matrix', config);
    return { room, f, p1, p2, projector, matrix };
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

  it('adds a 2×2 matrix with one item when no config is given, fills in risk axes, refuses bad configs', async () => {
    const { f } = await matrixRoom();
    const id = await addActivity(f, 'matrix');
    const config = await configOf(f, id);
    expect(config.variant).toBe('grid');
    expect(config.items).toHaveLength(1);
    expect(config.axes.x).toEqual({ name: 'Genomförbarhet', low: 'Svår', high: 'Lätt' });
    const risk = await addActivity(f, 'matrix', { variant: 'risk', items: CONFIG.items });
    expect((await configOf(f, risk)).axes.y).toEqual({
      name: 'Konsekvens',
      low: 'Mycket liten',
      high: 'Mycket stor',
    });
    const bad = [
      { ...CONFIG, items: [] },
      { ...CONFIG, items: [CONFIG.items[0], CONFIG.items[0]] },
      { ...CONFIG, variant: 'heatmap' },
      { ...CONFIG, axes: { x: CONFIG.axes.x } },
    ];
    for (const config of bad)
      expect(await codeOf(ack(f, 'agenda:add', { type: 'matrix', config })), JSON.stringify(config)).toBe(
        'VALIDATION',
      );
  });

  it('keeps a draft from participants and refuses placements until open, and after it closes', async () => {
    const { room, f, p1, matrix } = await matrixRoom();
    expect((await sync(p1)).state.agenda.some((a) => a.id === matrix)).toBe(false);
    expect(await codeOf(respond(p1, matrix, { placements: { [A]: { x: 3, y: 3 } } }))).toBe('NOT_FOUND');
    await control(f, matrix, 'open');
    expect(await place(p1, matrix, { [A]: { x: 3, y: 4 } })).toEqual({ [A]: { x: 3, y: 4 } });
    await control(f, matrix, 'close');
    expect(await codeOf(respond(p1, matrix, { placements: { [A]: { x: 5, y: 5 } } }))).toBe('VOTING_CLOSED');
    expect(rows(room, matrix)).toEqual([{ key: A, value: '{"x":3,"y":4}' }]);
  });

  it('validates placements: unknown items, out of range, half placements, stray fields', async () => {
    const { f, p1, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    const bad = [
      { placements: { 'item-okand': { x: 1, y: 1 } } },
      { placements: { [A]: { x: 0, y: 1 } } },
      { placements: { [A]: { x: 1, y: 6 } } },
      { placements: { [A]: { x: 2.5, y: 1 } } },
      { placements: { [A]: { x: 2 } } },
      { placements: { [A]: { x: 2, y: 2, z: 2 } } },
      { placements: {}, extra: 1 },
      { ratings: { [A]: 3 } },
    ];
    for (const value of bad)
      expect(await codeOf(respond(p1, matrix, value)), JSON.stringify(value)).toBe('VALIDATION');
  });

  it('replaces the whole set of placements, never counting a retry twice, and counts per sector', async () => {
    const { room, f, p1, p2, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    await place(p1, matrix, { [A]: { x: 4, y: 2 }, [B]: { x: 1, y: 1 } });
    await place(p1, matrix, { [A]: { x: 4, y: 2 }, [B]: { x: 1, y: 1 } });
    await place(p1, matrix, { [A]: { x: 5, y: 5 } });
    await place(p2, matrix, { [A]: { x: 1, y: 3 } });
    const r = (await sync(f)).results[matrix] as MatrixResults;
    expect(r.respondents).toBe(2);
    expect(r.respondentsBySector).toMatchObject({ public: 1, business: 1 });
    expect(r.byItem[A]).toMatchObject({ n: 2, x: { mean: 3, sd: 2 }, y: { mean: 4, sd: 1 }, score: null });
    expect(r.byItem[A]?.grid[4]?.[4]).toBe(1);
    expect(r.byItem[A]?.grid[2]?.[0]).toBe(1);
    expect(r.byItem[A]?.bySector.public).toMatchObject({ n: 1, x: { mean: 5 }, y: { mean: 5 } });
    expect(r.byItem[A]?.bySector.business).toMatchObject({ n: 1, x: { mean: 1 }, y: { mean: 3 } });
    expect(r.byItem[B]).toMatchObject({ n: 0, x: { mean: null } });
    expect(rows(room, matrix)).toHaveLength(2);
    // An empty set withdraws every placement: no longer a respondent.
    await place(p2, matrix, {});
    expect(((await sync(f)).results[matrix] as MatrixResults).respondents).toBe(1);
  });

  it('counts a risk matrix’s mean score and its band', async () => {
    const { f, p1, p2, matrix } = await matrixRoom({ ...CONFIG, variant: 'risk', axes: undefined });
    await control(f, matrix, 'open');
    await place(p1, matrix, { [A]: { x: 5, y: 5 } });
    await place(p2, matrix, { [A]: { x: 4, y: 4 } });
    const r = (await sync(f)).results[matrix] as MatrixResults;
    expect(r.byItem[A]).toMatchObject({ score: 20.5, band: 'veryHigh' });
    expect(r.byItem[A]?.bySector.business).toMatchObject({ score: 16, band: 'high' });
  });

  it('echoes the stored placements to the participant’s other sockets, never the sending one', async () => {
    const { room, f, p1, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    const other = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    await place(p1, matrix, { [B]: { x: 2, y: 4 } });
    expect(await waitFor(() => mineOf(other, matrix).at(-1), 5000, 'activity:mine')).toEqual({
      [B]: { x: 2, y: 4 },
    });
    expect(mineOf(p1, matrix)).toEqual([]);
    expect((await sync(other)).mine[matrix]).toEqual({ [B]: { x: 2, y: 4 } });
  });

  it('gives the projector the head count only and participants nothing until the reveal', async () => {
    const { f, p1, p2, projector, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    await control(f, matrix, 'live');
    await place(p1, matrix, { [A]: { x: 4, y: 4 } });
    const seen = (await waitFor(
      () => resultsOf(projector, matrix).find((r) => (r as MatrixResults | null)?.respondents === 1),
      5000,
      'the projector count',
    )) as MatrixResults;
    expect(seen.byItem).toEqual({});
    expect((await sync(p2)).results[matrix]).toBeUndefined();
    expect(((await sync(projector)).results[matrix] as MatrixResults).byItem).toEqual({});
    expect(((await sync(f)).results[matrix] as MatrixResults).byItem[A]?.n).toBe(1);

    await control(f, matrix, 'reveal');
    expect(((await sync(p2)).results[matrix] as MatrixResults).byItem[A]?.x.mean).toBe(4);
    expect(((await sync(projector)).results[matrix] as MatrixResults).byItem[A]?.n).toBe(1);
  });

  it('refuses participants and the projector the facilitator’s controls, config edits and import', async () => {
    const { room, f, p1, projector, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    for (const t of [p1, projector]) {
      expect(await codeOf(controlAck(t, matrix, 'reveal'))).toBe('FORBIDDEN');
      expect(await codeOf(update(t, matrix, CONFIG))).toBe('FORBIDDEN');
      expect(await codeOf(importFrom(t, matrix, room.listId))).toBe('FORBIDDEN');
    }
    expect(await codeOf(respond(projector, matrix, { placements: { [A]: { x: 1, y: 1 } } }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(respond(f, matrix, { placements: { [A]: { x: 1, y: 1 } } }))).toBe('FORBIDDEN');
  });

  it('allows a new prompt, order and item with placements stored; locks rewording and axes unless reset', async () => {
    const { f, p1, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    await place(p1, matrix, { [A]: { x: 2, y: 5 } });
    const added = {
      ...CONFIG,
      prompt: 'Ny fråga',
      items: [...CONFIG.items].reverse().concat({ id: 'item-nytt', text: 'En ny åtgärd' }),
    };
    okData(await update(f, matrix, added));
    const after = (await sync(f)).results[matrix] as MatrixResults;
    expect(after.byItem[A]).toMatchObject({ n: 1, x: { mean: 2 } });
    expect(after.byItem['item-nytt']?.n).toBe(0);

    const reworded = {
      ...added,
      items: added.items.map((s) => (s.id === A ? { ...s, text: 'Parkering vid stationen' } : s)),
    };
    expect(await codeOf(update(f, matrix, reworded))).toBe('VOTE_RULES_LOCKED');
    expect(await codeOf(update(f, matrix, { ...added, items: added.items.slice(0, 1) }))).toBe(
      'VOTE_RULES_LOCKED',
    );
    const axes = { ...CONFIG.axes, y: { name: 'Nytta', low: 'Liten', high: 'Stor' } };
    expect(await codeOf(update(f, matrix, { ...added, axes }))).toBe('VOTE_RULES_LOCKED');
    expect(await codeOf(update(f, matrix, { ...added, variant: 'risk', axes: undefined }))).toBe(
      'VOTE_RULES_LOCKED',
    );
    okData(await update(f, matrix, reworded, true));
    expect(((await sync(f)).results[matrix] as MatrixResults).respondents).toBe(0);
    expect(await waitFor(() => mineOf(p1, matrix).at(-1), 5000, 'activity:mine after the reset')).toEqual({});
  });

  it('imports the visible items of a list in its order, and tells the room', async () => {
    const { room, f, p1, matrix } = await matrixRoom();
    const [cykel, bredband, bussar] = room.items as [string, string, string];
    const extra = await addItem(f, room.listId, 'Laddstolpar');
    await hideItem(f, room.listId, bredband, true);
    await mergeItems(f, room.listId, bussar, cykel);
    await control(f, matrix, 'open');
    const before = (await sync(p1)).state;
    const data = okData(await importFrom(f, matrix, room.listId));
    expect(data).toEqual({ imported: 2, leftOut: 0 });
    const config = await configOf(f, matrix);
    expect(config.items.map((i) => i.text)).toEqual(['Cykelvägar\nFler bussar', 'Laddstolpar']);
    // Axes and prompt stay; new ids, distinct.
    expect(config.axes).toEqual(CONFIG.axes);
    expect(config.prompt).toBe(CONFIG.prompt);
    expect(new Set(config.items.map((i) => i.id)).size).toBe(2);
    expect(config.items.map((i) => i.id)).not.toContain(extra);
    // The room's agenda follows.
    const itemsSeen = (s: (typeof p1.states)[number]) =>
      (s.agenda.find((a) => a.id === matrix)?.config as MatrixConfig | undefined)?.items.map((i) => i.text);
    const seen = await waitFor(
      () => p1.states.findLast((s) => s !== before && itemsSeen(s)?.at(-1) === 'Laddstolpar'),
      5000,
      'the imported items on a phone',
    );
    expect(seen).toBeDefined();
    const r = (await sync(f)).results[matrix] as MatrixResults;
    expect(Object.keys(r.byItem)).toEqual(config.items.map((i) => i.id));
  });

  it('refuses an import while placements are stored, and from what is not a list of the workshop', async () => {
    const { room, f, p1, matrix } = await matrixRoom();
    const other = await addActivity(f, 'matrix', CONFIG);
    expect(await codeOf(importFrom(f, matrix, other))).toBe('VALIDATION');
    expect(await codeOf(importFrom(f, matrix, 'activity-okand'))).toBe('NOT_FOUND');
    expect(await codeOf(listCommand(f, matrix, 'importItems', { fromActivityId: 'a b' }))).toBe('VALIDATION');
    expect(await codeOf(listCommand(f, matrix, 'importItems', {}))).toBe('VALIDATION');
    await control(f, matrix, 'open');
    await place(p1, matrix, { [A]: { x: 1, y: 1 } });
    expect(await codeOf(importFrom(f, matrix, room.listId))).toBe('VOTE_RULES_LOCKED');
    expect((await configOf(f, matrix)).items).toEqual(CONFIG.items);
    await control(f, matrix, 'reset');
    expect(okData(await importFrom(f, matrix, room.listId))).toEqual({ imported: 3, leftOut: 0 });
  });

  it('takes at most 20 items from a long list and says how many were left out', async () => {
    const { room, f, matrix } = await matrixRoom();
    for (let i = 4; i <= 23; i++) await addItem(f, room.listId, `Punkt ${i}`);
    expect(okData(await importFrom(f, matrix, room.listId))).toEqual({ imported: 20, leftOut: 3 });
    const items = (await configOf(f, matrix)).items;
    expect(items).toHaveLength(20);
    expect(items[0]?.text).toBe('Cykelvägar');
    expect(items[19]?.text).toBe('Punkt 20');
  });

  it('clears every placement on reset', async () => {
    const { f, p1, p2, matrix } = await matrixRoom();
    await control(f, matrix, 'open');
    await place(p1, matrix, { [A]: { x: 1, y: 2 } });
    await place(p2, matrix, { [B]: { x: 5, y: 4 } });
    await control(f, matrix, 'reset');
    expect(((await sync(f)).results[matrix] as MatrixResults).respondents).toBe(0);
    expect((await sync(p1)).mine[matrix]).toEqual({});
  });

  it('exports the axes, the means and spread per item and sector, and respondents', async () => {
    const { room, f, p1, p2, matrix } = await matrixRoom({ ...CONFIG, variant: 'risk', axes: undefined });
    await control(f, matrix, 'open');
    await place(p1, matrix, { [A]: { x: 5, y: 4 }, [B]: { x: 1, y: 2 } });
    await place(p2, matrix, { [A]: { x: 3, y: 4 } });
    await control(f, matrix, 'close');
    const get = async (format: string, lang: string) => {
      const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
        headers: { cookie: room.facilitator },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const md = await get('md', 'sv');
    expect(md).toContain('Matris');
    expect(md).toContain('Riskmatris');
    expect(md).toContain('Sannolikhet: 1 = Mycket låg, 5 = Mycket hög');
    expect(md).toContain('låg 1–4, medel 5–9, hög 10–16, mycket hög 20–25');
    expect(md).toContain('1. Pendlarparkering vid stationerna');
    expect(md).toContain('Sannolikhet, medel');
    // All: n 2 · x 4 ± 1 · y 4 ± 0 · score (20 + 12) / 2 = 16, high.
    expect(md).toMatch(/\| Alla \| 2 \| 4 \| 1 \| 4 \| 0 \| 16 \| Hög \|/);
    expect(md).toMatch(/\| Offentlig sektor \| 1 \| 5 \| 0 \| 4 \| 0 \| 20 \| Mycket hög \|/);
    expect(md).toMatch(/\| Akademi \| 0 \| – \| – \| – \| – \| – \| – \|/);
    expect(md).toMatch(/\| Alla \| 1 \| 1 \| 0 \| 2 \| 0 \| 2 \| Låg \|/);
    expect(md).toContain('Har svarat, per sektor');
    const csv = await get('csv', 'en');
    expect(csv).toContain('Risk matrix');
    expect(csv).toContain('Risk level');
    expect(csv).toContain('Very high');
    expect(csv).toContain('Have answered, by sector');
    const json = JSON.parse(await get('json', 'sv')) as { sections: Array<{ type: string }> };
    const section = json.sections.find((s) => s.type === 'matrix');
    expect(JSON.stringify(section)).toContain('Kompetenscentrum för vården');
  });
});
