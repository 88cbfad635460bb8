import { afterEach, describe, expect, it } from 'vitest';
import type { DotsConfig } from '../../../shared/activities/dots/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import {
  activityIn,
  addActivity,
  addItem,
  addItemAck,
  castOk,
  control,
  itemIds,
  openVote,
  sync,
  tallyOf,
} from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { ack, okData, rawAck, viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
const validation = { ok: false, error: { code: 'VALIDATION' } };

describe('realtime agenda editing', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function room(priorities: string[] = ['Ett', 'Två']) {
    const r = await openRoom(h, priorities, ['public']);
    const f = await h.socket(r.url, r.workshop.id, 'facilitator', r.facilitator);
    const p = await h.socket(r.url, r.workshop.id, 'participant', r.participants[0]!.cookie);
    const projector = await h.socket(r.url, r.workshop.id, 'projector', r.facilitator);
    return { ...r, f, p, projector };
  }

  it('adds, renames, moves, duplicates and deletes activities for a facilitator', async () => {
    const { f, listId, dotsId } = await room();

    const second = okData(
      await ack(f, 'agenda:add', { type: 'list', title: 'Hinder', config: { prompt: 'Vad hindrar?' } }),
    );
    const first = okData(await ack(f, 'agenda:add', { type: 'list', index: 0 })).activityId;
    let snap = await sync(f);
    expect(snap.state.agenda.map((a) => a.id)).toEqual([first, listId, dotsId, second.activityId]);
    expect(activityIn(snap, second.activityId)).toEqual({
      id: second.activityId,
      type: 'list',
      title: 'Hinder',
      status: 'draft',
      locked: false,
      revealed: false,
      config: { prompt: 'Vad hindrar?' },
    });
    // A type's defaults fill what is left out.
    expect(activityIn(snap, first).config).toEqual({ prompt: '' });
    expect(snap.views[first]).toEqual({ items: [] });

    okData(
      await ack(f, 'agenda:update', { activityId: first, title: 'Uppvärmning', config: { prompt: 'Hej' } }),
    );
    okData(await ack(f, 'agenda:move', { activityId: first, toIndex: 3 }));
    const copy = okData(await ack(f, 'agenda:duplicate', { activityId: second.activityId })).activityId;
    snap = await sync(f);
    expect(snap.state.agenda.map((a) => a.id)).toEqual([listId, dotsId, second.activityId, copy, first]);
    expect(activityIn(snap, first)).toMatchObject({ title: 'Uppvärmning', config: { prompt: 'Hej' } });
    expect(activityIn(snap, copy)).toMatchObject({
      type: 'list',
      title: 'Hinder',
      status: 'draft',
      config: { prompt: 'Vad hindrar?' },
    });

    okData(await ack(f, 'agenda:delete', { activityId: second.activityId }));
    okData(await ack(f, 'agenda:delete', { activityId: first }));
    snap = await sync(f);
    expect(snap.state.agenda.map((a) => a.id)).toEqual([listId, dotsId, copy]);
    expect(Object.keys(snap.views).sort()).toEqual([listId, dotsId, copy].sort());
    expect(await ack(f, 'agenda:delete', { activityId: first })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // The control room was told: the last broadcast is the agenda as it is now.
    await waitFor(() => f.states.at(-1)?.agenda.length === 3, 5000, 'the last agenda broadcast');
    expect(f.states.at(-1)).toEqual(snap.state);
  });

  it('duplicates a dot voting with its rules and source, without items or responses', async () => {
    const { f, p, listId, dotsId, items } = await room();
    await openVote(f, dotsId, { dotsPerParticipant: 4, maxPerPriority: 2 });
    await castOk(p, dotsId, { [items[0]!]: 2 });
    const listCopy = okData(await ack(f, 'agenda:duplicate', { activityId: listId })).activityId;

    const copy = okData(await ack(f, 'agenda:duplicate', { activityId: dotsId })).activityId;

    const snap = await sync(f);
    expect(snap.state.agenda.map((a) => a.id)).toEqual([listId, listCopy, dotsId, copy]);
    expect(activityIn(snap, copy)).toMatchObject({
      type: 'dots',
      status: 'draft',
      revealed: false,
      config: { sourceActivityId: listId, dotsPerParticipant: 4, maxPerPriority: 2 },
    });
    expect(tallyOf(snap, copy)?.totalDots).toBe(0);
    expect(tallyOf(snap, dotsId)?.totalDots).toBe(2);
    expect(itemIds(snap, listCopy)).toEqual([]);
  });

  it('answers FORBIDDEN when a participant or the projector edits the agenda', async () => {
    const { f, p, projector, listId, dotsId } = await room();
    const before = (await sync(f)).state;

    for (const s of [p, projector]) {
      expect(await ack(s, 'agenda:add', { type: 'list' })).toEqual(forbidden);
      expect(await ack(s, 'agenda:update', { activityId: listId, title: 'Min' })).toEqual(forbidden);
      expect(await ack(s, 'agenda:move', { activityId: dotsId, toIndex: 0 })).toEqual(forbidden);
      expect(await ack(s, 'agenda:duplicate', { activityId: listId })).toEqual(forbidden);
      expect(await ack(s, 'agenda:delete', { activityId: listId })).toEqual(forbidden);
      expect(await ack(s, 'activity:control', { activityId: listId, action: 'close' })).toEqual(forbidden);
    }

    expect((await sync(f)).state).toEqual(before);
  });

  it('answers VALIDATION when the type is unknown or the config breaks its schema', async () => {
    const { f, listId, dotsId } = await room();
    const before = (await sync(f)).state;

    expect(await ack(f, 'agenda:add', { type: 'no-such-type' })).toEqual(validation);
    expect(await rawAck(f, 'agenda:add', { type: 'Not A Type' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', fields: ['type'] },
    });
    expect(await ack(f, 'agenda:add', { type: 'list', config: { prompt: 7 } })).toEqual(validation);
    expect(
      await ack(f, 'agenda:add', { type: 'list', config: { prompt: 'x'.repeat(LIMITS.promptLength + 1) } }),
    ).toEqual(validation);
    expect(await ack(f, 'agenda:add', { type: 'list', config: { prompt: '', extra: true } })).toEqual(
      validation,
    );
    const rules = (over: Partial<DotsConfig>) => ({
      sourceActivityId: listId,
      dotsPerParticipant: 5,
      maxPerPriority: 3,
      ...over,
    });
    expect(await ack(f, 'agenda:add', { type: 'dots', config: rules({ maxPerPriority: 6 }) })).toEqual(
      validation,
    );
    expect(
      await ack(f, 'agenda:add', {
        type: 'dots',
        config: rules({ dotsPerParticipant: 21, maxPerPriority: 1 }),
      }),
    ).toEqual(validation);
    // Dot voting votes on a list of this workshop: not on another dot voting, not on nothing.
    expect(await ack(f, 'agenda:add', { type: 'dots', config: rules({ sourceActivityId: dotsId }) })).toEqual(
      validation,
    );
    expect(
      await ack(f, 'agenda:add', { type: 'dots', config: rules({ sourceActivityId: 'no-such-list' }) }),
    ).toEqual(validation);
    expect(
      await ack(f, 'agenda:update', { activityId: dotsId, config: rules({ sourceActivityId: dotsId }) }),
    ).toEqual(validation);
    expect(await ack(f, 'agenda:update', { activityId: listId, config: { prompt: null } })).toEqual(
      validation,
    );

    expect((await sync(f)).state).toEqual(before);
  });

  it('picks the nearest list before it as the source of a dot voting added without config', async () => {
    const { f, listId } = await room();
    const later = await addActivity(f, 'list');
    const dots = await addActivity(f, 'dots');
    const early = await addActivity(f, 'dots', undefined, 1);

    const snap = await sync(f);
    expect(activityIn(snap, dots).config).toEqual({
      sourceActivityId: later,
      dotsPerParticipant: 5,
      maxPerPriority: 3,
    });
    expect((activityIn(snap, early).config as DotsConfig).sourceActivityId).toBe(listId);
  });

  it('answers TOO_MANY_ACTIVITIES when the agenda is full', async () => {
    const { f, listId } = await room([]);
    for (let i = 2; i < LIMITS.activitiesPerWorkshop; i++) await addActivity(f, 'list');

    expect(await ack(f, 'agenda:add', { type: 'list' })).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_ACTIVITIES' },
    });
    expect(await ack(f, 'agenda:duplicate', { activityId: listId })).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_ACTIVITIES' },
    });
    const snap = await sync(f);
    expect(snap.state.agenda).toHaveLength(LIMITS.activitiesPerWorkshop);
    // Room again after one goes.
    okData(await ack(f, 'agenda:delete', { activityId: snap.state.agenda.at(-1)!.id }));
    await addActivity(f, 'list');
  });

  it('answers ACTIVITY_IN_USE when a list that dot voting counts on is deleted', async () => {
    const { f, listId, dotsId, items } = await room();

    expect(await ack(f, 'agenda:delete', { activityId: listId })).toEqual({
      ok: false,
      error: { code: 'ACTIVITY_IN_USE' },
    });
    expect(itemIds(await sync(f), listId)).toEqual(items);

    okData(await ack(f, 'agenda:delete', { activityId: dotsId }));
    okData(await ack(f, 'agenda:delete', { activityId: listId }));
    const snap = await sync(f);
    expect(snap.state.agenda).toEqual([]);
    // The live activity went with it.
    expect(snap.state.liveActivityId).toBeNull();
  });

  it('tells every socket the new live activity, and opens a draft made live', async () => {
    const { f, p, projector, listId, dotsId } = await room();
    const extra = await addActivity(f, 'list');
    const everyone = [f, p, projector];

    await control(f, extra, 'live');

    for (const s of everyone)
      await waitFor(() => s.states.at(-1)?.liveActivityId === extra, 5000, 'the new live activity');
    for (const s of everyone) expect(activityIn(s.states.at(-1)!, extra).status).toBe('open');
    // The list that was live stays open for self-paced answers.
    expect(activityIn(await sync(p), listId).status).toBe('open');

    await control(f, listId, 'live');
    for (const s of everyone)
      await waitFor(() => s.states.at(-1)?.liveActivityId === listId, 5000, 'the list live again');
    expect(await ack(f, 'activity:control', { activityId: listId, action: 'live' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PHASE' },
    });
    expect(activityIn(await sync(f), dotsId).status).toBe('draft');
  });

  it('keeps a draft from participants and the projector until it is opened', async () => {
    const { f, p, projector, url, participants } = await room();
    const draft = await addActivity(f, 'list', { prompt: 'Hemligt än' });
    okData(await ack(f, 'agenda:update', { activityId: draft, title: 'Förberett' }));
    await addItem(f, draft, 'Förberedd punkt');
    await waitFor(
      () => viewsOf(f, draft).some((v) => (v as { items: unknown[] }).items.length === 1),
      5000,
      'the draft view',
    );

    for (const s of [p, projector]) {
      const snap = await sync(s);
      expect(snap.state.agenda.map((a) => a.id)).not.toContain(draft);
      expect(snap.views).not.toHaveProperty(draft);
      expect(s.states.flatMap((x) => x.agenda.map((a) => a.id))).not.toContain(draft);
      expect(viewsOf(s, draft)).toEqual([]);
    }
    expect(await addItemAck(p, draft, 'Smygtitt')).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    const peek = h.yjs(url, draft, participants[0]!.cookie);
    await waitFor(() => peek.closeCodes.length > 0, 5000, 'the draft document refused');
    expect(peek.closeCodes[0]).toBe(YJS_CLOSE.notFound);
    expect(peek.texts.size).toBe(0);

    await control(f, draft, 'open');

    const opened = h.yjs(url, draft, participants[0]!.cookie);
    await waitFor(() => opened.provider.synced, 5000, 'the opened document');
    expect(opened.texts.size).toBe(1);
    for (const s of [p, projector]) {
      await waitFor(() => s.states.at(-1)?.agenda.some((a) => a.id === draft), 5000, 'the opened activity');
      expect(activityIn(s.states.at(-1)!, draft)).toMatchObject({ title: 'Förberett', status: 'open' });
      const view = await waitFor(() => viewsOf(s, draft).at(-1), 5000, 'its state');
      expect((view as { items: unknown[] }).items).toHaveLength(1);
    }
  });

  it('lets a participant add to an open list that is not live', async () => {
    const { f, p, listId } = await room();
    const other = await addActivity(f, 'list');
    await control(f, other, 'live');

    const id = await addItem(p, listId, 'I egen takt');

    const snap = await sync(p);
    expect(snap.state.liveActivityId).toBe(other);
    expect(itemIds(snap, listId)).toContain(id);
    // And to the live one too; a closed one refuses.
    await addItem(p, other, 'I den levande');
    await control(f, listId, 'close');
    expect(await addItemAck(p, listId, 'Stängd')).toEqual({ ok: false, error: { code: 'WRONG_PHASE' } });
  });
});
