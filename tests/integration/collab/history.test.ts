import { afterEach, describe, expect, it } from 'vitest';
import type { Writers } from '../../../shared/protocol/texts.ts';
import { addActivity, addItem, listAndDots, mergeItems } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { createWorkshop } from '../helpers/http.ts';
import { ack, okData, rawAck } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';

describe('collab/history', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('tells the room who writes in which text, and drops them once they pause', async () => {
    const room = await openRoom(h, ['Kompetensförsörjning', 'Bredband'], ['public', 'civil'], 'shown');
    const [first] = room.items as [string];
    const [writer, watcher] = room.participants as [
      (typeof room.participants)[0],
      (typeof room.participants)[0],
    ];
    const watching = await h.socket(room.url, room.workshop.id, 'participant', watcher.cookie);
    const seen: Writers[] = [];
    watching.socket.on('writers', (w) => seen.push(w));
    const snap = okData(await ack(watching, 'workshop:sync', {}));
    expect(snap.you).toBe(watcher.profile.id);
    expect(snap.writers).toEqual({});

    const y = h.yjs(room.url, room.listId, writer.cookie);
    await waitFor(() => y.provider.synced && y.texts.get(first), 5000, 'sync');
    y.texts.get(first)?.insert(0, 'Bättre ');
    await waitFor(
      () => seen.some((w) => w[first]?.some((x) => x.id === writer.profile.id)),
      5000,
      'the writer announced',
    );
    const announced = seen.find((w) => w[first])?.[first]?.[0];
    expect(announced).toEqual({ id: writer.profile.id, name: 'Deltagare public', sector: 'public' });
    await waitFor(() => Object.keys(seen.at(-1) ?? { x: 1 }).length === 0, 10_000, 'the writer dropped');
  });

  it('keeps the text the server wrote as the first version when an item is seeded, added or merged into', async () => {
    const room = await openRoom(h, ['Fröad', 'Källa'], ['public']);
    const [seeded, source] = room.items as [string, string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const added = await addItem(p, room.listId, 'Tillagd');
    await mergeItems(fs, room.listId, source, seeded);
    const versionsOf = async (itemId: string) =>
      okData(await ack(fs, 'text:versions', { activityId: room.listId, itemId })).versions.map((v) => [
        v.text,
        v.by,
      ]);

    expect({ seeded: await versionsOf(seeded), added: await versionsOf(added) }).toEqual({
      seeded: [
        ['Fröad\nKälla', { kind: 'server' }],
        ['Fröad', { kind: 'server' }],
      ],
      added: [['Tillagd', { kind: 'server' }]],
    });
  });

  it('keeps earlier versions of a text and lets the facilitator bring one back for everyone', async () => {
    const room = await openRoom(h, ['Kollektivtrafik på landsbygden'], ['business', 'academia'], 'shown');
    const [item] = room.items as [string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const vandal = h.yjs(room.url, room.listId, room.participants[0]?.cookie ?? null);
    const reader = h.yjs(room.url, room.listId, room.participants[1]?.cookie ?? null);
    await waitFor(() => vandal.provider.synced && reader.provider.synced, 5000, 'sync');

    const seeded = okData(await ack(fs, 'text:versions', { activityId: room.listId, itemId: item })).versions;
    expect(seeded.map((v) => [v.text, v.by])).toEqual([
      ['Kollektivtrafik på landsbygden', { kind: 'server' }],
    ]);

    const text = vandal.texts.get(item);
    text?.delete(0, text.length);
    text?.insert(0, 'bort');
    await waitFor(() => allSaved(vandal) && textOf(reader, item) === 'bort', 5000, 'the vandal saved');

    const versions = okData(
      await ack(fs, 'text:versions', { activityId: room.listId, itemId: item }),
    ).versions;
    expect(versions.map((v) => v.text)).toEqual(['bort', 'Kollektivtrafik på landsbygden']);
    expect(versions[0]?.by).toEqual({ kind: 'participant', name: 'Deltagare business', sector: 'business' });

    okData(
      await ack(fs, 'text:restore', {
        activityId: room.listId,
        itemId: item,
        versionId: versions[1]?.id ?? 0,
      }),
    );
    await waitFor(
      () => textOf(reader, item) === 'Kollektivtrafik på landsbygden',
      5000,
      'restored for readers',
    );
    await waitFor(
      () => textOf(vandal, item) === 'Kollektivtrafik på landsbygden',
      5000,
      'restored for the vandal',
    );
    const after = okData(await ack(fs, 'text:versions', { activityId: room.listId, itemId: item })).versions;
    expect(after[0]).toMatchObject({ text: 'Kollektivtrafik på landsbygden', by: { kind: 'facilitator' } });
    expect(after.map((v) => v.text)).toContain('bort');
  });

  it('refuses versions to participants, and for items or activities that are not that list', async () => {
    const room = await openRoom(h, ['Bredband'], ['public']);
    const [item] = room.items as [string];
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]?.cookie ?? null);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    // A version of the list's text, made by an edit (whatever the seeding stored).
    const y = h.yjs(room.url, room.listId, room.participants[0]?.cookie ?? null);
    await waitFor(() => y.provider.synced, 5000, 'sync');
    y.texts.get(item)?.insert(0, 'Snabbt ');
    await waitFor(() => allSaved(y), 5000, 'edit saved');
    const [version] = okData(
      await ack(fs, 'text:versions', { activityId: room.listId, itemId: item }),
    ).versions;
    const versionId = version?.id ?? 0;
    expect(versionId).toBeGreaterThan(0);
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    const notFound = { ok: false, error: { code: 'NOT_FOUND' } };
    expect(await rawAck(p, 'text:versions', { activityId: room.listId, itemId: item })).toEqual(forbidden);
    expect(await rawAck(p, 'text:restore', { activityId: room.listId, itemId: item, versionId })).toEqual(
      forbidden,
    );
    expect(await rawAck(fs, 'text:versions', { activityId: room.listId, itemId: 'no-such-item' })).toEqual(
      notFound,
    );
    expect(
      await rawAck(fs, 'text:restore', { activityId: room.listId, itemId: item, versionId: 123456 }),
    ).toEqual(notFound);
    // The item named under another activity: the dot voting over it, another list, another workshop's list.
    const otherList = await addActivity(fs, 'list');
    const other = await createWorkshop(room.url, room.facilitator, ['Annat']);
    const { listId: foreignList } = listAndDots(other.workshop);
    for (const activityId of [room.dotsId, otherList, foreignList, 'no-such-activity']) {
      expect(await rawAck(fs, 'text:versions', { activityId, itemId: item }), activityId).toEqual(notFound);
      expect(await rawAck(fs, 'text:restore', { activityId, itemId: item, versionId }), activityId).toEqual(
        notFound,
      );
    }
    expect(await rawAck(fs, 'text:versions', { itemId: item })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
