import { afterEach, describe, expect, it } from 'vitest';
import type { Writers } from '../../../shared/protocol/texts.ts';
import { Harness, openRoom, priorityIds } from '../helpers/harness.ts';
import { ack, okData, rawAck } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';

describe('collab/history', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('tells the room who writes in which text, and drops them once they pause', async () => {
    const room = await openRoom(h, ['Kompetensförsörjning', 'Bredband'], ['public', 'civil']);
    const [first] = priorityIds(room) as [string];
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

    const y = h.yjs(room.url, room.workshop.id, writer.cookie);
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

  it('keeps earlier versions of a text and lets the facilitator bring one back for everyone', async () => {
    const room = await openRoom(h, ['Kollektivtrafik på landsbygden'], ['business', 'academia']);
    const [item] = priorityIds(room) as [string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const vandal = h.yjs(room.url, room.workshop.id, room.participants[0]?.cookie ?? null);
    const reader = h.yjs(room.url, room.workshop.id, room.participants[1]?.cookie ?? null);
    await waitFor(() => vandal.provider.synced && reader.provider.synced, 5000, 'sync');

    const seeded = okData(await ack(fs, 'text:versions', { itemId: item })).versions;
    expect(seeded.map((v) => [v.text, v.by])).toEqual([
      ['Kollektivtrafik på landsbygden', { kind: 'server' }],
    ]);

    const text = vandal.texts.get(item);
    text?.delete(0, text.length);
    text?.insert(0, 'bort');
    await waitFor(() => allSaved(vandal) && textOf(reader, item) === 'bort', 5000, 'the vandal saved');

    const versions = okData(await ack(fs, 'text:versions', { itemId: item })).versions;
    expect(versions.map((v) => v.text)).toEqual(['bort', 'Kollektivtrafik på landsbygden']);
    expect(versions[0]?.by).toEqual({ kind: 'participant', name: 'Deltagare business', sector: 'business' });

    okData(await ack(fs, 'text:restore', { itemId: item, versionId: versions[1]?.id ?? 0 }));
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
    const after = okData(await ack(fs, 'text:versions', { itemId: item })).versions;
    expect(after[0]).toMatchObject({ text: 'Kollektivtrafik på landsbygden', by: { kind: 'facilitator' } });
    expect(after.map((v) => v.text)).toContain('bort');
  });

  it('refuses versions to participants and for items that are not in the workshop', async () => {
    const room = await openRoom(h, ['Bredband'], ['public']);
    const [item] = priorityIds(room) as [string];
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]?.cookie ?? null);
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    expect(await rawAck(p, 'text:versions', { itemId: item })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await rawAck(p, 'text:restore', { itemId: item, versionId: 1 })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await rawAck(fs, 'text:versions', { itemId: 'no-such-item' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await rawAck(fs, 'text:restore', { itemId: item, versionId: 123456 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
