import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Harness, openRoom } from '../helpers/harness.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';
import { edit, rawYjs, textIn } from './rawYjs.ts';

/** A Yjs client id belongs to whoever first wrote with it; nobody else may write under it. */
describe('collab/clientOwners', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('keeps an offline participant edit when another participant writes under their client id', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'civil']);
    const [id] = room.items as [string];
    const victim = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => victim.provider.synced, 5000, 'victim synced');
    victim.texts.get(id)!.insert(6, ' och');
    await waitFor(() => allSaved(victim), 5000, 'victim edit saved');
    victim.provider.disconnect();
    victim.texts.get(id)!.insert(10, ' avlopp'); // offline: the next clock of the victim's id

    const thief = await rawYjs(room.url, room.listId, room.participants[1]!.cookie);
    thief.doc.clientID = victim.doc.clientID;
    const reply = await edit(thief, () => textIn(thief, id).insert(0, 'Stulet '));
    victim.provider.connect();

    expect(reply).toEqual({ refused: 'YJS_FOREIGN_CLIENT' });
    await waitFor(() => victim.provider.synced && allSaved(victim), 5000, 'victim back and saved');
    const fresh = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => textOf(fresh, id) === 'Vatten och avlopp', 5000, 'offline edit at a new client');
    expect(textOf(victim, id)).toBe('Vatten och avlopp');
  });

  it('refuses a facilitator who writes under a participant client id', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const participant = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    expect(await edit(participant, () => textIn(participant, id).insert(6, '!'))).toEqual({ saved: 1 });

    const facilitator = await rawYjs(room.url, room.listId, room.facilitator);
    facilitator.doc.clientID = participant.doc.clientID;

    expect(await edit(facilitator, () => textIn(facilitator, id).insert(0, 'x'))).toEqual({
      refused: 'YJS_FOREIGN_CLIENT',
    });
  });

  it('refuses a participant who writes under the client id the server wrote the texts with', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const raw = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    const serverItem = textIn(raw, id)._item;
    if (!(serverItem instanceof Y.Item)) throw new Error('the text has no item');
    raw.doc.clientID = serverItem.id.client;

    expect(await edit(raw, () => textIn(raw, id).insert(0, 'x'))).toEqual({
      refused: 'YJS_FOREIGN_CLIENT',
    });
  });

  it('keeps a client id bound to its participant when the server restarts', async () => {
    const room = await openRoom(h, ['Vatten'], ['public', 'civil']);
    const [id] = room.items as [string];
    const owner = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    expect(await edit(owner, () => textIn(owner, id).insert(6, '!'))).toEqual({ saved: 1 });
    await h.closeApp(room.app);
    const { app } = await h.start({ dataDir: room.dataDir });

    const thief = await rawYjs(app.url, room.listId, room.participants[1]!.cookie);
    thief.doc.clientID = owner.doc.clientID;
    const again = await rawYjs(app.url, room.listId, room.participants[0]!.cookie);
    again.doc.clientID = owner.doc.clientID;

    expect(await edit(thief, () => textIn(thief, id).insert(0, 'x'))).toEqual({
      refused: 'YJS_FOREIGN_CLIENT',
    });
    expect(await edit(again, () => textIn(again, id).insert(0, 'y'))).toEqual({ saved: 1 });
  });
});
