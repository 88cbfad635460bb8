import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../../server/activities/index.ts';
import type { PollConfig } from '../../../shared/activities/poll/types.ts';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import type { CreatedFromTemplate, TemplateSummary } from '../../../shared/protocol/templates.ts';
import { addActivity, addItem, castOk, control, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { api, createFacilitator, type ErrorBody } from '../helpers/http.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, okData } from '../helpers/sockets.ts';

const POLL = {
  question: 'Vad ska regionen satsa mest på?',
  options: [
    { id: 'trafik', text: 'Kollektivtrafik' },
    { id: 'bostad', text: 'Bostäder' },
  ],
};
const body = { title: 'Ny dialog', date: '2026-03-04' };

describe('http/templateRouter: templates and duplicates', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  /** A workshop that has been used: items added, dots cast, a poll answered, a name given. */
  async function usedRoom(): Promise<Room & { pollId: string }> {
    const room = await openRoom(h, ['Seedad prioritering'], ['public', 'civil'], 'shown');
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]?.cookie ?? null);
    const typed = await addItem(p, room.listId, 'Deltagarens hemliga text');
    const pollId = await addActivity(f, 'poll', POLL);
    okData(await ack(f, 'agenda:update', { activityId: room.listId, title: 'Idéer' }));
    await control(f, room.dotsId, 'open');
    await castOk(p, room.dotsId, { [typed]: 2 });
    await control(f, pollId, 'open');
    okData(await ack(p, 'activity:respond', { activityId: pollId, value: { choices: ['trafik'] } }));
    return { ...room, pollId };
  }

  const save = (room: Room, cookie = room.facilitator, payload: unknown = { title: 'Vår metod' }) =>
    api<TemplateSummary>(room.url, 'POST', `/api/workshops/${room.workshop.id}/template`, {
      cookie,
      body: payload,
    });

  it('saves the agenda as a template with types, titles and configs, never what people gave', async () => {
    const room = await usedRoom();
    const saved = await save(room);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      title: 'Vår metod',
      description: '',
      builtin: false,
      canDelete: true,
      steps: [
        { type: 'list', title: 'Idéer', available: true },
        { type: 'dots', title: '', available: true },
        { type: 'poll', title: '', available: true },
      ],
    });
    const db = new Database(dbFileOf(room.dataDir), { readonly: true });
    const row = db.prepare('SELECT agenda FROM templates WHERE id = ?').get(saved.body.id) as {
      agenda: string;
    };
    db.close();
    for (const leak of [
      'Deltagarens hemliga text',
      'Seedad prioritering',
      'Deltagare public',
      room.participants[0]?.profile.id,
      room.workshop.id,
      room.listId,
      room.dotsId,
      room.pollId,
    ])
      expect(row.agenda).not.toContain(leak);
    const agenda = JSON.parse(row.agenda);
    expect(agenda.steps[1].config.sourceActivityId).toBe('@step1');
  });

  it('makes a workshop from a saved template: new ids, the source remapped, drafts after the first', async () => {
    const room = await usedRoom();
    const saved = await save(room);
    const made = await api<CreatedFromTemplate>(
      room.url,
      'POST',
      `/api/templates/${saved.body.id}/workshops`,
      {
        cookie: room.facilitator,
        body,
      },
    );
    expect(made.status).toBe(201);
    const w = made.body.workshop;
    expect(made.body).toMatchObject({ role: 'owner', skipped: [] });
    expect(made.body.joinUrl).toContain(`/j/${w.code}`);
    expect(w).toMatchObject({ title: 'Ny dialog', date: '2026-03-04', settings: { names: 'anonymous' } });
    const [list, dots, poll] = w.agenda as [
      WorkshopState['agenda'][0],
      WorkshopState['agenda'][0],
      WorkshopState['agenda'][0],
    ];
    expect(w.agenda.map((a) => [a.type, a.title, a.status])).toEqual([
      ['list', 'Idéer', 'open'],
      ['dots', '', 'draft'],
      ['poll', '', 'draft'],
    ]);
    expect(w.liveActivityId).toBe(list.id);
    expect(list.id).not.toBe(room.listId);
    expect(dots.config).toMatchObject({ sourceActivityId: list.id });
    expect((poll.config as PollConfig).options).toEqual(POLL.options);
    // Nothing people gave came along: no items, no votes, no answers, no participants.
    const f = await h.socket(room.url, w.id, 'facilitator', room.facilitator);
    const snap = await sync(f);
    expect(snap.views[list.id]).toMatchObject({ items: [] });
    expect(snap.presence.total).toBe(0);
    const listed = await api<Array<{ id: string; participants: number }>>(room.url, 'GET', '/api/workshops', {
      cookie: room.facilitator,
    });
    expect(listed.body.find((x) => x.id === w.id)?.participants).toBe(0);
    // The dot voting over the new list opens (and closes its list) as in any workshop.
    await control(f, dots.id, 'open');
    expect((await sync(f)).state.agenda[0]?.status).toBe('closed');
  });

  it('duplicates a workshop as "Kopia av …" for a member; the caller owns the copy', async () => {
    const room = await usedRoom();
    const other = await createFacilitator(room.url, room.facilitator);
    const path = `/api/workshops/${room.workshop.id}/duplicate`;
    const stranger = await api<ErrorBody>(room.url, 'POST', path, { cookie: other.cookie, body: {} });
    expect(stranger.status).toBe(404);
    await api(room.url, 'POST', `/api/workshops/${room.workshop.id}/facilitators`, {
      cookie: room.facilitator,
      body: { email: other.email },
    });
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const window = { opensAt: '2026-01-01T08:00:00.000Z', closesAt: '2026-02-01T08:00:00.000Z' };
    okData(await ack(f, 'workshop:settings', { wordFilter: false, dialogue: window, joinsOpen: false }));
    const copy = await api<CreatedFromTemplate>(room.url, 'POST', path, { cookie: other.cookie, body: {} });
    expect(copy.status).toBe(201);
    expect(copy.body.workshop).toMatchObject({
      title: 'Kopia av Regional utvecklingsstrategi',
      date: room.workshop.date,
      place: room.workshop.place,
      // The settings come along; the dialogue's dates and the closed door belong to the original.
      settings: { names: 'shown', wordFilter: false, dialogue: null, joinsOpen: true },
    });
    expect(copy.body.workshop.agenda.map((a) => a.type)).toEqual(['list', 'dots', 'poll']);
    expect(copy.body.workshop.code).not.toBe(room.workshop.code);
    const roles = await api<Array<{ id: string; role: string }>>(room.url, 'GET', '/api/workshops', {
      cookie: other.cookie,
    });
    expect(roles.body.find((x) => x.id === copy.body.workshop.id)?.role).toBe('owner');
    const mine = await api<Array<{ id: string }>>(room.url, 'GET', '/api/workshops', {
      cookie: room.facilitator,
    });
    expect(mine.body.some((x) => x.id === copy.body.workshop.id)).toBe(false);
    const named = await api<CreatedWorkshop>(room.url, 'POST', path, {
      cookie: room.facilitator,
      body: { title: 'Omgång 2', date: '2026-05-05', lang: 'en' },
    });
    expect(named.body.workshop).toMatchObject({ title: 'Omgång 2', date: '2026-05-05' });
    const english = await api<CreatedWorkshop>(room.url, 'POST', path, {
      cookie: room.facilitator,
      body: { lang: 'en' },
    });
    expect(english.body.workshop.title).toBe('Copy of Regional utvecklingsstrategi');
  });

  it('lists templates to every facilitator; only the creator or the admin deletes one', async () => {
    const room = await usedRoom();
    const saved = await save(room);
    const other = await createFacilitator(room.url, room.facilitator);
    const third = await createFacilitator(room.url, room.facilitator, 'tredje@example.se', 'Tredje');
    const seen = await api<TemplateSummary[]>(room.url, 'GET', '/api/templates', { cookie: other.cookie });
    expect(seen.body.map((t) => [t.id, t.builtin, t.canDelete])).toEqual([
      ['builtin-rus-dialog', true, false],
      ['builtin-riskworkshop', true, false],
      [saved.body.id, false, false],
    ]);
    expect(seen.body[2]?.createdBy?.name).toBeTruthy();
    expect((await api(room.url, 'GET', '/api/templates')).status).toBe(401);
    const own = await save({ ...room }, room.facilitator, { title: 'Adminens', description: 'Kort' });
    const othersOwn = await api<TemplateSummary>(
      room.url,
      'POST',
      `/api/templates/builtin-rus-dialog/workshops`,
      {
        cookie: other.cookie,
        body,
      },
    );
    expect(othersOwn.status).toBe(201);
    const del = (id: string, cookie: string) =>
      api<ErrorBody>(room.url, 'DELETE', `/api/templates/${id}`, { cookie });
    expect((await del(saved.body.id, other.cookie)).status).toBe(403);
    expect((await del('builtin-rus-dialog', room.facilitator)).body).toEqual({
      error: { code: 'FORBIDDEN' },
    });
    expect((await del('nosuchtemplate', room.facilitator)).status).toBe(404);
    // A template saved by `third` (a member of a workshop of its own) is the admin's to delete too.
    const theirs = await api<CreatedWorkshop>(room.url, 'POST', '/api/workshops', {
      cookie: third.cookie,
      body: { title: 'Tredjes', date: '2026-01-01' },
    });
    const thirdTemplate = await api<TemplateSummary>(
      room.url,
      'POST',
      `/api/workshops/${theirs.body.workshop.id}/template`,
      { cookie: third.cookie, body: { title: 'Tredjes mall' } },
    );
    expect(thirdTemplate.status).toBe(201);
    expect((await del(thirdTemplate.body.id, other.cookie)).status).toBe(403);
    expect((await del(thirdTemplate.body.id, room.facilitator)).status).toBe(204);
    expect((await del(own.body.id, room.facilitator)).status).toBe(204);
    expect((await del(saved.body.id, room.facilitator)).status).toBe(204);
    const left = await api<TemplateSummary[]>(room.url, 'GET', '/api/templates', { cookie: other.cookie });
    expect(left.body.filter((t) => !t.builtin)).toEqual([]);
  });

  it('refuses what is not a member, a template or a valid body', async () => {
    const room = await usedRoom();
    const other = await createFacilitator(room.url, room.facilitator);
    expect((await save(room, other.cookie)).status).toBe(404);
    const noTitle = await save(room, room.facilitator, { title: ' ', extra: 1 });
    expect([noTitle.status, noTitle.body]).toEqual([
      400,
      { error: { code: 'VALIDATION', fields: ['title', '(root)'] } },
    ]);
    const unknown = await api<ErrorBody>(room.url, 'POST', '/api/templates/nosuchtemplate/workshops', {
      cookie: room.facilitator,
      body,
    });
    expect(unknown.status).toBe(404);
    const badDate = await api<ErrorBody>(room.url, 'POST', '/api/templates/builtin-rus-dialog/workshops', {
      cookie: room.facilitator,
      body: { title: 'X', date: '3 december' },
    });
    expect(badDate.body).toEqual({ error: { code: 'VALIDATION', fields: ['date'] } });
  });

  it('makes the built-in RUS dialogue from the registered types, in Swedish or English', async () => {
    const room = await openRoom(h, []);
    const made = await api<CreatedFromTemplate>(
      room.url,
      'POST',
      '/api/templates/builtin-rus-dialog/workshops',
      {
        cookie: room.facilitator,
        body,
      },
    );
    expect(made.status).toBe(201);
    const wanted = ['question', 'ideas', 'ranking', 'question'];
    const kept = wanted.filter((t) => ACTIVITY_TYPES.includes(t));
    expect(made.body.workshop.agenda.map((a) => a.type)).toEqual(kept);
    expect(made.body.skipped.map((s) => s.type)).toEqual(wanted.filter((t) => !ACTIVITY_TYPES.includes(t)));
    expect(made.body.workshop.agenda[0]).toMatchObject({ status: 'open', title: 'Inledande fråga' });
    expect(made.body.workshop.agenda.slice(1).every((a) => a.status === 'draft')).toBe(true);
    const english = await api<CreatedFromTemplate>(
      room.url,
      'POST',
      '/api/templates/builtin-riskworkshop/workshops',
      {
        cookie: room.facilitator,
        body: { ...body, lang: 'en', names: 'shown' },
      },
    );
    expect(english.body.workshop.settings.names).toBe('shown');
    expect(english.body.workshop.agenda[0]).toMatchObject({
      type: 'list',
      title: 'Identify risks',
      status: 'open',
    });
    const listed = await api<TemplateSummary[]>(room.url, 'GET', '/api/templates?lang=en', {
      cookie: room.facilitator,
    });
    expect(listed.body.map((t) => t.title)).toEqual(['RUS dialogue', 'Risk workshop']);
  });

  it('leaves out a stored step of an unknown type, and one whose config neither it nor the defaults fit', async () => {
    const room = await openRoom(h, []);
    const steps = [
      { ref: '@step1', type: 'kanban', title: 'Tavla', config: {} },
      // Its list is gone: the dot voting falls back to its default, and there is no list at all.
      { ref: '@step2', type: 'dots', title: 'Röstning', config: { sourceActivityId: '@step1' } },
      { ref: '@step3', type: 'poll', title: 'Fråga', config: { options: 'inte en lista' } },
      { ref: '@step4', type: 'list', title: 'Lista', config: { prompt: 'Vad?' } },
      { ref: '@step5', type: 'dots', title: 'Prickar', config: { sourceActivityId: '@step1' } },
      'inte ett steg',
    ];
    const db = new Database(dbFileOf(room.dataDir));
    db.prepare(
      "INSERT INTO templates (id, title, description, agenda, created_by, created_at) VALUES ('gammalmall', 'Gammal', '', ?, NULL, '2025-01-01T00:00:00.000Z')",
    ).run(JSON.stringify({ v: 1, steps }));
    db.close();
    const made = await api<CreatedFromTemplate>(room.url, 'POST', '/api/templates/gammalmall/workshops', {
      cookie: room.facilitator,
      body,
    });
    expect(made.status).toBe(201);
    expect(made.body.skipped).toEqual([
      { type: 'kanban', title: 'Tavla', reason: 'unknown-type' },
      { type: 'dots', title: 'Röstning', reason: 'config' },
    ]);
    const agenda = made.body.workshop.agenda;
    expect(agenda.map((a) => [a.type, a.title])).toEqual([
      ['poll', 'Fråga'], // its refused options fell back to the type's defaults
      ['list', 'Lista'],
      ['dots', 'Prickar'],
    ]);
    expect(agenda[2]?.config).toMatchObject({ sourceActivityId: agenda[1]?.id });
    const listed = await api<TemplateSummary[]>(room.url, 'GET', '/api/templates', {
      cookie: room.facilitator,
    });
    expect(listed.body.find((t) => t.id === 'gammalmall')).toMatchObject({
      createdBy: null,
      canDelete: true,
    });
  });
});
