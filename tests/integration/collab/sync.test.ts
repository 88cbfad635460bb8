import { afterEach, describe, expect, it } from 'vitest';
import { Harness, openRoom, priorityIds } from '../helpers/harness.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';

describe('collab/yjsServer sync', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('syncs an edit from one client to another when both are connected', async () => {
    const room = await openRoom(h, ['Kollektivtrafik'], ['public', 'business']);
    const [id] = priorityIds(room);
    const [a, b] = room.participants.map((p) => h.yjs(room.url, room.workshop.id, p.cookie));
    await waitFor(() => a!.provider.synced && b!.provider.synced, 5000, 'both synced');
    expect(textOf(a!, id!)).toBe('Kollektivtrafik');

    a!.texts.get(id!)!.insert(15, ' i Hällefors');

    await waitFor(() => textOf(b!, id!) === 'Kollektivtrafik i Hällefors', 5000, 'edit at b');
    expect(textOf(a!, id!)).toBe('Kollektivtrafik i Hällefors');
  });

  it('keeps both clients characters when they type into the same text at once', async () => {
    const room = await openRoom(h, ['Bredband'], ['public', 'civil']);
    const [id] = priorityIds(room);
    const [a, b] = room.participants.map((p) => h.yjs(room.url, room.workshop.id, p.cookie));
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
    const fresh = h.yjs(room.url, room.workshop.id, room.facilitator);
    await waitFor(() => fresh.provider.synced, 5000, 'fresh client synced');
    expect(textOf(fresh, id!)).toBe('AAA Bredband BBB');
  });

  it('acknowledges with the saved message when an edit is stored', async () => {
    const room = await openRoom(h, ['Kompetensförsörjning'], ['academia']);
    const [id] = priorityIds(room);
    const y = h.yjs(room.url, room.workshop.id, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    await waitFor(() => allSaved(y), 5000, 'nothing unsaved after the first sync');
    const before = y.saved;

    y.texts.get(id!)!.insert(0, '1. ');
    y.texts.get(id!)!.insert(0, '0');

    expect(y.sent).toBe(before + 2);
    await waitFor(() => y.saved === before + 2, 5000, 'saved ack for both edits');
    expect(y.refused).toEqual([]);
  });
});
