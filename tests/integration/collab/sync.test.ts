import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActivity, addItem, control } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, closeYjs, textOf } from '../helpers/yjs.ts';

describe('collab/yjsServer sync', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('syncs an edit from one client to another when both are connected', async () => {
    const room = await openRoom(h, ['Kollektivtrafik'], ['public', 'business']);
    const [id] = room.items;
    const [a, b] = room.participants.map((p) => h.yjs(room.url, room.listId, p.cookie));
    await waitFor(() => a!.provider.synced && b!.provider.synced, 5000, 'both synced');
    expect(textOf(a!, id!)).toBe('Kollektivtrafik');

    a!.texts.get(id!)!.insert(15, ' i Hällefors');

    await waitFor(() => textOf(b!, id!) === 'Kollektivtrafik i Hällefors', 5000, 'edit at b');
    expect(textOf(a!, id!)).toBe('Kollektivtrafik i Hällefors');
  });

  it('keeps both clients characters when they type into the same text at once', async () => {
    const room = await openRoom(h, ['Bredband'], ['public', 'civil']);
    const [id] = room.items;
    const [a, b] = room.participants.map((p) => h.yjs(room.url, room.listId, p.cookie));
    await waitFor(() => a!.provider.synced && b!.provider.synced, 5000, 'both synced');

    // Neither client has seen the other's edit when it makes its own.
    a!.texts.get(id!)!.insert(0, 'AAA ');
    b!.texts.get(id!)!.insert(8, ' BBB');

    const converged = await waitFor(
      () => textOf(a!, id!) === textOf(b!, id!) && textOf(a!, id!)?.length === 16 && textOf(a!, id!),
      5000,
      'convergence',
    );
    expect(converged).toBe('AAA Bredband BBB');
    const fresh = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textOf(fresh, id!)).toBe('AAA Bredband BBB');
  });

  it('acknowledges with the saved message when an edit is stored', async () => {
    const room = await openRoom(h, ['Kompetensförsörjning'], ['academia']);
    const [id] = room.items;
    const y = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    await waitFor(() => allSaved(y), 5000, 'nothing unsaved after the first sync');
    const before = y.saved;

    y.texts.get(id!)!.insert(0, '1. ');
    y.texts.get(id!)!.insert(0, '0');

    expect(y.sent).toBe(before + 2);
    await waitFor(() => y.saved === before + 2, 5000, 'saved ack for both edits');
    expect(y.refused).toEqual([]);
  });

  it('stores the edits a client made offline when it reconnects', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'civil']);
    const [id] = room.items;
    const [a, b] = room.participants.map((p) => h.yjs(room.url, room.listId, p.cookie));
    await waitFor(() => a!.provider.synced && b!.provider.synced, 5000, 'both synced');
    a!.texts.get(id!)!.insert(6, ' och');
    await waitFor(() => allSaved(a!), 5000, 'first edit saved');

    a!.provider.disconnect();
    a!.texts.get(id!)!.insert(10, ' avlopp');
    b!.texts.get(id!)!.insert(0, 'Rent ');
    a!.provider.connect();

    await waitFor(() => textOf(b!, id!) === 'Rent Vatten och avlopp', 5000, 'offline edit at b');
    await waitFor(() => allSaved(a!) && textOf(a!, id!) === 'Rent Vatten och avlopp', 5000, 'a converged');
    expect(a!.refused).toEqual([]);
  });

  it('accepts edits from the fresh document a client opens after a refusal', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'civil']);
    const [id] = room.items;
    const refusedClient = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    const other = h.yjs(room.url, room.listId, room.participants[1]!.cookie);
    await waitFor(() => refusedClient.provider.synced && other.provider.synced, 5000, 'both synced');
    refusedClient.texts.set('egen', new Y.Text('Nej'));
    await waitFor(() => refusedClient.refused.length > 0, 5000, 'refused');
    expect(refusedClient.refused).toEqual(['YJS_KEY_CHANGE']);

    // What client/realtime/yjs.ts does on `refused`: drop the document, sync a new one.
    closeYjs(refusedClient);
    const again = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => again.provider.synced, 5000, 'resynced');
    expect([...again.texts.keys()]).toEqual([id]);
    again.texts.get(id!)!.insert(6, '!');

    await waitFor(() => textOf(other, id!) === 'Vatten!', 5000, 'edit after resync at other');
    await waitFor(() => allSaved(again), 5000, 'saved');
    expect(again.refused).toEqual([]);
  });

  it('keeps each list its own document when a workshop has two', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'civil']);
    const [id] = room.items as [string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const second = await addActivity(fs, 'list');
    const otherId = await addItem(fs, second, 'Skog');
    await control(fs, second, 'open');
    const first = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    const other = h.yjs(room.url, second, room.participants[1]!.cookie);
    await waitFor(() => first.provider.synced && other.provider.synced, 5000, 'both synced');
    expect([[...first.texts.keys()], [...other.texts.keys()]]).toEqual([[id], [otherId]]);

    first.texts.get(id)!.insert(6, '!');
    await waitFor(() => allSaved(first), 5000, 'edit saved');
    // An edit in the second list after it: once it is back, anything of the first would have come.
    other.texts.get(otherId)!.insert(4, '?');
    await waitFor(() => allSaved(other), 5000, 'marker saved');

    expect(other.texts.toJSON()).toEqual({ [otherId]: 'Skog?' });
    const check = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => check.provider.synced, 5000, 'check synced');
    expect(check.texts.toJSON()).toEqual({ [id]: 'Vatten!' });
  });
});
