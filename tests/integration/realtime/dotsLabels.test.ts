import { afterEach, describe, expect, it } from 'vitest';
import type { DotsView } from '../../../shared/activities/dots/types.ts';
import { hideItem, openVote, sync, voteItemsOf } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved } from '../helpers/yjs.ts';

const rules = { dotsPerParticipant: 3, maxPerPriority: 2 };
const labelsIn = (view: unknown) => (view as DotsView).items.map((i) => i.label);

/*
 * A voting phone gets the items' texts in the dot voting's view (it loads no Yjs): the view must
 * follow the list's texts, and must never carry a hidden one.
 */
describe('realtime/dot voting labels', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it("sends the source list's texts in the view and follows edits made while voting is open", async () => {
    const room = await openRoom(h, ['Tåg till Oslo', 'Kompetensförsörjning'], ['business', 'civil']);
    const [first, second] = room.items as [string, string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    await openVote(f, room.dotsId, rules);
    expect(labelsIn({ items: voteItemsOf(await sync(p), room.dotsId) })).toEqual([
      'Tåg till Oslo',
      'Kompetensförsörjning',
    ]);

    // The facilitator fixing a text while people vote (the list is closed to participants then).
    const y = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    y.texts.get(first)!.insert('Tåg till Oslo'.length, ' och Stockholm');
    await waitFor(() => allSaved(y), 5000, 'the edit saved');
    await waitFor(
      () => viewsOf(p, room.dotsId).some((v) => labelsIn(v)[0] === 'Tåg till Oslo och Stockholm'),
      5000,
      'the new label pushed to the voting phone',
    );
    expect(labelsIn(viewsOf(p, room.dotsId).at(-1))).toEqual([
      'Tåg till Oslo och Stockholm',
      'Kompetensförsörjning',
    ]);

    // A hidden item's text is not sent to the room, not even in a later push.
    await hideItem(f, room.listId, second, true);
    await waitFor(
      () => viewsOf(p, room.dotsId).some((v) => (v as DotsView).items[1]?.hidden === true),
      5000,
      'the hide pushed',
    );
    // Its text has left the document (server/activities/list/hide.ts); an edit elsewhere pushes again.
    await waitFor(() => !y.texts.has(second), 5000, 'the hidden text gone from the document');
    y.texts.get(first)!.insert(0, 'Nytt: ');
    await waitFor(() => allSaved(y), 5000, 'the edit saved');
    await waitFor(
      () => viewsOf(p, room.dotsId).some((v) => labelsIn(v)[0]?.startsWith('Nytt: ')),
      5000,
      'the later push',
    );
    expect(voteItemsOf(await sync(p), room.dotsId)[1]).toMatchObject({ hidden: true, label: '' });
    const afterHide = viewsOf(p, room.dotsId).filter((v) => (v as DotsView).items[1]?.hidden);
    expect(afterHide.map((v) => labelsIn(v)[1])).toEqual(afterHide.map(() => ''));
  });

  it('opens a dot voting with the texts as they are then, after edits made while it was a draft', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [item] = room.items as [string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    // The control room has asked for the draft's view, so the server holds one to send.
    expect(voteItemsOf(await sync(f), room.dotsId).map((i) => i.label)).toEqual(['Vatten']);
    const y = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    y.texts.get(item)!.insert('Vatten'.length, ' och avlopp');
    await waitFor(() => allSaved(y), 5000, 'the edit saved');
    // Within the throttle (1 s) the draft's view may still be the old one; after it, never.
    await waitFor(
      async () => voteItemsOf(await sync(f), room.dotsId)[0]?.label === 'Vatten och avlopp',
      5000,
      'the draft follows',
    );

    await openVote(f, room.dotsId, rules);
    await waitFor(() => viewsOf(p, room.dotsId).length > 0, 5000, 'the opened vote pushed');
    expect(labelsIn(viewsOf(p, room.dotsId).at(-1))).toEqual(['Vatten och avlopp']);
  });
});
