import { afterEach, describe, expect, it } from 'vitest';
import type {
  IdeasConfig,
  IdeasResults,
  IdeasView,
  MyCard,
  MyCards,
} from '../../../shared/activities/ideas/types.ts';
import { activityIn, addActivity, control, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { join } from '../helpers/http.ts';
import { ack, mineOf, okData, rawAck, type TestSocket, viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const CONFIG = { prompt: 'Vad behöver länet mest?', maxPerParticipant: 3 };

let seq = 0;
/** A phone's own id for a new card. */
const clientId = () => `card-${Date.now().toString(36)}-${(seq++).toString(36)}`;

const cmd = (t: TestSocket, activityId: string, name: string, payload: unknown) =>
  rawAck(t, 'activity:command', { activityId, name, payload });
const code = async (reply: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const r = await reply;
  return r.ok ? 'ok' : (r.error?.code ?? '?');
};
const post = async (t: TestSocket, activityId: string, text: string, id = clientId()) =>
  (okData(await cmd(t, activityId, 'post', { id, text })) as { card: MyCard }).card;
const theme = async (t: TestSocket, activityId: string, name: string) =>
  (okData(await cmd(t, activityId, 'createTheme', { name })) as { themeId: string }).themeId;
const viewOf = async (t: TestSocket, activityId: string) => (await sync(t)).views[activityId] as IdeasView;
const resultsOf = async (t: TestSocket, activityId: string) =>
  ((await sync(t)).results[activityId] ?? null) as IdeasResults | null;

describe('activities/ideas on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function ideasRoom(config: Partial<IdeasConfig> = {}): Promise<{
    room: Room;
    f: TestSocket;
    p1: TestSocket;
    p2: TestSocket;
    projector: TestSocket;
    ideas: string;
  }> {
    const room = await openRoom(h, ['Ett'], ['public', 'academia']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const ideas = await addActivity(f, 'ideas', { ...CONFIG, ...config });
    return { room, f, p1: p1 as TestSocket, p2: p2 as TestSocket, projector, ideas };
  }

  it('adds an idea collection with defaults, and refuses a bad config with VALIDATION', async () => {
    const { f } = await ideasRoom();
    const id = await addActivity(f, 'ideas');
    expect(activityIn(await sync(f), id).config).toEqual({
      prompt: '',
      preModeration: false,
      participantsGroup: false,
      maxPerParticipant: 10,
    });
    for (const config of [{ maxPerParticipant: 0 }, { maxPerParticipant: 51 }, { junk: true }]) {
      const bad = await ack(f, 'agenda:add', { type: 'ideas', config });
      expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
    }
  });

  it('takes cards only while open: a draft is unseen, a closed collection refuses', async () => {
    const { f, p1, ideas } = await ideasRoom();
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'Idé' }))).toBe('NOT_FOUND');
    await control(f, ideas, 'open');
    const card = await post(p1, ideas, '  Fler cykelbanor  ');
    expect(card).toMatchObject({ text: 'Fler cykelbanor', status: 'shown' });
    await control(f, ideas, 'close');
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'Sent' }))).toBe('VOTING_CLOSED');
    // The activity refuses answers through activity:respond: cards are posted as commands.
    const respond = await rawAck(p1, 'activity:respond', { activityId: ideas, value: { text: 'x' } });
    expect(respond.ok ? null : respond.error.code).toBe('VALIDATION');
  });

  it('never posts a retry twice, bounds text and counts the limit per participant', async () => {
    const { f, p1, p2, projector, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    const id = clientId();
    const first = await post(p1, ideas, 'Bredband på landsbygden', id);
    const again = await post(p1, ideas, 'Bredband på landsbygden', id);
    expect(again).toEqual(first);
    // Another participant's card with the same phone id is their own card.
    const theirs = await post(p2, ideas, 'Samma id, annan person', id);
    expect(theirs.id).not.toBe(first.id);
    expect((await viewOf(f, ideas)).cards).toHaveLength(2);

    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'x'.repeat(201) }))).toBe('VALIDATION');
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: '   ' }))).toBe('VALIDATION');
    expect(await code(cmd(p1, ideas, 'post', { id: 'short', text: 'Idé' }))).toBe('VALIDATION');
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'Idé', sector: 'business' }))).toBe(
      'VALIDATION',
    );
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'x'.repeat(200) }))).toBe('ok');
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'Tredje' }))).toBe('ok');
    expect(await code(cmd(p1, ideas, 'post', { id: clientId(), text: 'Fjärde' }))).toBe('TOO_MANY_POSTS');
    // A retry of a stored card still answers, even at the limit.
    expect(await code(cmd(p1, ideas, 'post', { id, text: 'Bredband på landsbygden' }))).toBe('ok');
    for (const t of [f, projector])
      expect(await code(cmd(t, ideas, 'post', { id: clientId(), text: 'Idé' }))).toBe('FORBIDDEN');
  });

  it('enforces roles on every grouping and moderation command', async () => {
    const { f, p1, projector, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    const card = await post(p1, ideas, 'Kollektivtrafik');
    const t1 = await theme(f, ideas, 'Resor');
    const attempts: Array<[string, unknown]> = [
      ['createTheme', { name: 'Eget tema' }],
      ['renameTheme', { themeId: t1, name: 'Nytt namn' }],
      ['moveCard', { cardId: card.id, themeId: t1 }],
      ['deleteTheme', { themeId: t1 }],
      ['reorderThemes', { themeIds: [t1] }],
      ['approve', { cardId: card.id }],
      ['hide', { cardId: card.id }],
      ['restore', { cardId: card.id }],
    ];
    for (const [name, payload] of attempts) {
      expect(await code(cmd(p1, ideas, name, payload)), name).toBe('FORBIDDEN');
      expect(await code(cmd(projector, ideas, name, payload)), name).toBe('FORBIDDEN');
    }
    // Allowed to group: participants move, create and rename, but never delete, reorder or moderate.
    okData(
      await ack(f, 'agenda:update', { activityId: ideas, config: { ...CONFIG, participantsGroup: true } }),
    );
    expect(await code(cmd(p1, ideas, 'moveCard', { cardId: card.id, themeId: t1 }))).toBe('ok');
    expect(await code(cmd(p1, ideas, 'createTheme', { name: 'Eget tema' }))).toBe('ok');
    expect(await code(cmd(p1, ideas, 'renameTheme', { themeId: t1, name: 'Resor och trafik' }))).toBe('ok');
    for (const [name, payload] of attempts.slice(3))
      expect(await code(cmd(p1, ideas, name, payload)), name).toBe('FORBIDDEN');
    // Caught words in a participant's theme name would reach the projector unreviewed: refused.
    expect(await code(cmd(p1, ideas, 'createTheme', { name: 'Skitsnack' }))).toBe('VALIDATION');
    // Closing stops participants grouping; the facilitator goes on clustering.
    await control(f, ideas, 'close');
    expect(await code(cmd(p1, ideas, 'moveCard', { cardId: card.id, themeId: null }))).toBe('VOTING_CLOSED');
    expect(await code(cmd(p1, ideas, 'createTheme', { name: 'Sent' }))).toBe('VOTING_CLOSED');
    expect(await code(cmd(f, ideas, 'moveCard', { cardId: card.id, themeId: null }))).toBe('ok');
    const view = await viewOf(f, ideas);
    expect(view.themes.map((t) => t.name)).toEqual(['Resor och trafik', 'Eget tema']);
    expect(view.cards[0]?.themeId).toBeNull();
  });

  it('keeps each card’s sector and time through grouping and moving back, and counts themes per sector', async () => {
    const { f, p1, p2, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    const a = await post(p1, ideas, 'Fler tåg');
    const b = await post(p2, ideas, 'Forskning om pendling');
    const c = await post(p2, ideas, 'Bostäder');
    const before = (await viewOf(f, ideas)).cards;
    const travel = await theme(f, ideas, 'Resor');
    okData(await cmd(f, ideas, 'moveCard', { cardId: a.id, themeId: travel }));
    okData(await cmd(f, ideas, 'moveCard', { cardId: b.id, themeId: travel }));
    let results = (await resultsOf(f, ideas)) as IdeasResults;
    expect(results.themes).toEqual([expect.objectContaining({ id: travel, name: 'Resor', total: 2 })]);
    expect(results.themes[0]?.bySector).toMatchObject({ public: 1, academia: 1, business: 0 });
    expect(results.themes[0]?.cards.map((x) => x.text)).toEqual(['Fler tåg', 'Forskning om pendling']);
    expect(results.ungrouped).toMatchObject({ total: 1, bySector: { academia: 1 } });
    expect(results.contributors).toBe(2);
    expect(results.contributorsBySector).toMatchObject({ public: 1, academia: 1 });

    // "Ta ur temat": back to the ungrouped cards, with everything it came with.
    okData(await cmd(f, ideas, 'moveCard', { cardId: a.id, themeId: null }));
    const after = (await viewOf(f, ideas)).cards;
    const strip = (cards: IdeasView['cards']) => cards.map(({ themeId: _t, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
    expect(after.find((x) => x.id === a.id)).toMatchObject({ sector: 'public', themeId: null });
    expect(after.find((x) => x.id === b.id)).toMatchObject({ sector: 'academia', themeId: travel });
    results = (await resultsOf(f, ideas)) as IdeasResults;
    expect(results.themes[0]?.bySector).toMatchObject({ public: 0, academia: 1 });
    expect(results.ungrouped.cards.map((x) => x.id)).toEqual([a.id, c.id]);
    // Unknown cards and themes are refused.
    expect(await code(cmd(f, ideas, 'moveCard', { cardId: a.id, themeId: 'nosuchtheme' }))).toBe('NOT_FOUND');
    expect(await code(cmd(f, ideas, 'moveCard', { cardId: 'nosuchcard', themeId: null }))).toBe('NOT_FOUND');
  });

  it('returns a deleted theme’s cards to the ungrouped ones, and reorders themes', async () => {
    const { f, p1, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    const a = await post(p1, ideas, 'Ett');
    const b = await post(p1, ideas, 'Två');
    const t1 = await theme(f, ideas, 'Första');
    const t2 = await theme(f, ideas, 'Andra');
    okData(await cmd(f, ideas, 'moveCard', { cardId: a.id, themeId: t1 }));
    okData(await cmd(f, ideas, 'moveCard', { cardId: b.id, themeId: t1 }));
    // A hidden card leaves its theme too, so a restore never points at a theme that is gone.
    okData(await cmd(f, ideas, 'hide', { cardId: b.id }));
    okData(await cmd(f, ideas, 'reorderThemes', { themeIds: [t2, 'nosuchtheme'] }));
    expect((await viewOf(p1, ideas)).themes.map((t) => t.id)).toEqual([t2, t1]);
    expect(okData(await cmd(f, ideas, 'deleteTheme', { themeId: t1 }))).toEqual({ returned: 2 });
    okData(await cmd(f, ideas, 'restore', { cardId: b.id }));
    const view = await viewOf(p1, ideas);
    expect(view.themes).toEqual([{ id: t2, name: 'Andra', count: 0 }]);
    expect(view.cards.map((x) => x.themeId)).toEqual([null, null]);
    expect(view.ungrouped).toBe(2);
    expect(await code(cmd(f, ideas, 'deleteTheme', { themeId: t1 }))).toBe('NOT_FOUND');
  });

  it('holds pending cards back from other participants and the projector; the author sees their own', async () => {
    const { room, f, p1, p2, projector, ideas } = await ideasRoom({ preModeration: true });
    await control(f, ideas, 'open');
    await control(f, ideas, 'live');
    const other = await h.socket(
      room.url,
      room.workshop.id,
      'participant',
      room.participants[0]?.cookie ?? null,
    );
    const card = await post(p1, ideas, 'Hemlig idé');
    expect(card.status).toBe('pending');
    // The author's other phone hears of it; the sending one has it in its ack.
    const mine = (await waitFor(() => mineOf(other, ideas).at(-1), 5000, 'activity:mine')) as MyCards;
    expect(mine.cards.map((c) => [c.text, c.status])).toEqual([['Hemlig idé', 'pending']]);
    expect(mineOf(p1, ideas)).toEqual([]);
    const staff = await viewOf(f, ideas);
    expect(staff.pending).toEqual([
      expect.objectContaining({ id: card.id, sector: 'public', filtered: false }),
    ]);
    expect(staff.cards).toEqual([]);
    for (const t of [p2, projector]) {
      expect(JSON.stringify(await sync(t))).not.toContain('Hemlig idé');
      expect(JSON.stringify(viewsOf(t, ideas))).not.toContain('Hemlig idé');
    }
    // Approved: the room sees it, without the sector.
    okData(await cmd(f, ideas, 'approve', { cardId: card.id }));
    const room2 = await viewOf(p2, ideas);
    expect(room2.cards).toEqual([
      expect.objectContaining({ id: card.id, text: 'Hemlig idé', themeId: null }),
    ]);
    expect(room2.cards[0]?.sector).toBeUndefined();
    expect(room2.pending).toBeUndefined();
    expect((await sync(p1)).mine[ideas]).toMatchObject({ cards: [{ status: 'shown' }] });
    // Hidden: gone from the room, kept for the staff and the author, marked.
    okData(await cmd(f, ideas, 'hide', { cardId: card.id }));
    expect(JSON.stringify(await sync(projector))).not.toContain('Hemlig idé');
    expect((await viewOf(f, ideas)).hidden?.map((c) => c.id)).toEqual([card.id]);
    expect((await sync(p1)).mine[ideas]).toMatchObject({ cards: [{ status: 'hidden' }] });
    const md = await (
      await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.md?lang=sv`, {
        headers: { cookie: room.facilitator },
      })
    ).text();
    expect(md).toMatch(/Hemlig idé\s*\|\s*Offentlig sektor\s*\|[^|]+\|\s*dold av processledaren/);
  });

  it('holds what the word filter catches, marked, unless the workshop turns the filter off', async () => {
    const { f, p1, p2, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    const caught = await post(p1, ideas, 'Vilket skitsnack');
    expect(caught.status).toBe('pending');
    expect((await viewOf(f, ideas)).pending).toEqual([expect.objectContaining({ filtered: true })]);
    expect(JSON.stringify(await sync(p2))).not.toContain('skitsnack');
    okData(await ack(f, 'workshop:settings', { wordFilter: false }));
    expect((await post(p1, ideas, 'Mer skitsnack')).status).toBe('shown');
  });

  it('sends results to participants only once revealed, and clears everything on reset', async () => {
    const { f, p1, p2, projector, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    await post(p1, ideas, 'Idé ett');
    await theme(f, ideas, 'Tema');
    expect(await resultsOf(p2, ideas)).toBeNull();
    expect(await resultsOf(projector, ideas)).toBeNull();
    expect((await resultsOf(f, ideas))?.total).toBe(1);
    await control(f, ideas, 'reveal');
    expect((await resultsOf(p2, ideas))?.themes.map((t) => t.name)).toEqual(['Tema']);
    expect((await resultsOf(projector, ideas))?.total).toBe(1);

    await control(f, ideas, 'reset');
    expect(await viewOf(p2, ideas)).toEqual({ themes: [], cards: [], ungrouped: 0 });
    expect((await sync(p1)).mine[ideas]).toEqual({ cards: [] });
    expect((await viewOf(f, ideas)).pending).toEqual([]);
  });

  it('shows authors’ names only when the workshop shows names', async () => {
    const { room, f, p1, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    await post(p1, ideas, 'Anonym idé');
    okData(await ack(f, 'workshop:settings', { names: 'shown' }));
    const named = await join(room.url, room.workshop.code, 'civil');
    const p3 = await h.socket(room.url, room.workshop.id, 'participant', named.cookie);
    await post(p3, ideas, 'Idé med namn');
    const view = await viewOf(p1, ideas);
    expect(view.cards.map((c) => c.authorName ?? null)).toEqual([null, 'Deltagare civil']);
    okData(await ack(f, 'workshop:settings', { names: 'anonymous' }));
    expect(JSON.stringify(await viewOf(p1, ideas))).not.toContain('Deltagare civil');
  });

  it('exports themes with the sectors behind them and every card, in Markdown, CSV and JSON', async () => {
    const { room, f, p1, p2, ideas } = await ideasRoom();
    await control(f, ideas, 'open');
    const a = await post(p1, ideas, 'Fler tåg');
    await post(p2, ideas, 'Forskning');
    const hidden = await post(p2, ideas, 'Olämpligt');
    const t = await theme(f, ideas, 'Resor');
    okData(await cmd(f, ideas, 'moveCard', { cardId: a.id, themeId: t }));
    okData(await cmd(f, ideas, 'hide', { cardId: hidden.id }));
    await control(f, ideas, 'close');
    const get = async (format: string, lang: string) => {
      const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
        headers: { cookie: room.facilitator },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const md = await get('md', 'sv');
    expect(md).toContain('Idéinsamling');
    expect(md).toContain('Vad behöver länet mest?');
    expect(md).toMatch(/Resor\s*\|\s*1\s*\|\s*Offentlig sektor\s*\|\s*1\s*\|\s*0/);
    expect(md).toMatch(/Utan tema\s*\|\s*1\s*\|\s*Akademi\s*\|/);
    expect(md).toMatch(
      /Resor\s*\|\s*Fler tåg\s*\|\s*Offentlig sektor\s*\|\s*\d{4}-\d\d-\d\dT[^|]+\|\s*visas/,
    );
    expect(md).toMatch(/Utan tema\s*\|\s*Olämpligt\s*\|\s*Akademi\s*\|[^|]+\|\s*dold av processledaren/);
    expect(md).toContain('Deltagare som bidrog, per sektor');
    const csv = await get('csv', 'en');
    expect(csv).toContain('Idea collection');
    expect(csv).toMatch(/"Resor";1;"Public sector";1;0/);
    expect(csv).toContain('hidden by the facilitator');
    const json = JSON.parse(await get('json', 'sv')) as { sections: Array<{ type: string }> };
    const section = json.sections.find((s) => s.type === 'ideas');
    expect(JSON.stringify(section)).toContain('Forskning');
    // Anonymous workshop: no names column, no names.
    expect(md).not.toContain('Deltagare public');
  });
});
