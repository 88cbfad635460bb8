import { afterEach, describe, expect, it } from 'vitest';
import type { DotsView, Tally } from '../../../shared/activities/dots/types.ts';
import {
  addActivity,
  addItem,
  cast,
  castOk,
  closeVote,
  control,
  hideItem,
  itemIds,
  mergeItems,
  mineIn,
  openVote,
  sync,
  tallyOf,
  voteItemsOf,
} from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { mineOf, resultsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';

const RULES = { dotsPerParticipant: 4, maxPerPriority: 2 };

describe('realtime two lists and two dot votings in one workshop', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  /** The default list and dot voting, plus a second list (open) with a dot voting over it. */
  async function twoOfEach() {
    const room = await openRoom(h, ['Ett', 'Två'], ['public', 'civil']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((x) => h.socket(room.url, room.workshop.id, 'participant', x.cookie)),
    );
    const list2 = await addActivity(f, 'list', { prompt: 'Hinder' });
    const dots2 = await addActivity(f, 'dots', { sourceActivityId: list2, ...RULES });
    await control(f, list2, 'open');
    return { room, f, p1: p1!, p2: p2!, list1: room.listId, dots1: room.dotsId, list2, dots2 };
  }

  it('keeps items and texts in their own list and document', async () => {
    const { room, f, p1, list1, list2 } = await twoOfEach();
    const [one] = room.items as [string];
    const mine1 = await addItem(p1, list1, 'I första');
    const mine2 = await addItem(p1, list2, 'I andra');

    const snap = await sync(p1);
    expect(itemIds(snap, list1)).toEqual([...room.items, mine1]);
    expect(itemIds(snap, list2)).toEqual([mine2]);

    const cookie = room.participants[0]!.cookie;
    const [y1, y2] = [h.yjs(room.url, list1, cookie), h.yjs(room.url, list2, cookie)];
    await waitFor(() => y1.provider.synced && y2.provider.synced, 5000, 'both documents synced');
    expect([...y1.texts.keys()].sort()).toEqual([...room.items, mine1].sort());
    expect([...y2.texts.keys()]).toEqual([mine2]);

    y1.texts.get(one)!.insert(3, ' och mer');
    y2.texts.get(mine2)!.insert(0, 'Text ');
    await waitFor(() => allSaved(y1) && allSaved(y2), 5000, 'both edits saved');
    expect(y1.refused).toEqual([]);
    expect(y2.refused).toEqual([]);

    // A fresh client of each document sees that document's texts only.
    const [fresh1, fresh2] = [
      h.yjs(room.url, list1, room.facilitator),
      h.yjs(room.url, list2, room.facilitator),
    ];
    await waitFor(() => fresh1.provider.synced && fresh2.provider.synced, 5000, 'fresh clients synced');
    expect(textOf(fresh1, one)).toBe('Ett och mer');
    expect(textOf(fresh2, mine2)).toBe('Text I andra');
    expect(fresh2.texts.has(one)).toBe(false);
    expect(fresh1.texts.has(mine2)).toBe(false);

    // Moderating one list leaves the other alone.
    await hideItem(f, list1, one, true);
    const after = await sync(f);
    expect(after.views[list2]).toEqual({ items: [expect.objectContaining({ id: mine2, hidden: false })] });
  });

  it('closes only its own source list when a dot voting opens', async () => {
    const { room, f, p1, list1, dots1, list2 } = await twoOfEach();
    const cookie = room.participants[0]!.cookie;
    const item2 = await addItem(p1, list2, 'Andra listan');
    const [y1, y2] = [h.yjs(room.url, list1, cookie), h.yjs(room.url, list2, cookie)];
    await waitFor(() => y1.provider.synced && y2.provider.synced, 5000, 'both documents synced');

    await openVote(f, dots1, RULES);

    y2.texts.get(item2)!.insert(0, 'Fortfarande öppen: ');
    await waitFor(() => allSaved(y2), 5000, 'the edit in the open list saved');
    expect(y2.refused).toEqual([]);
    y1.texts.get(room.items[0]!)!.insert(0, 'Stängd: ');
    await waitFor(() => y1.refused.length > 0, 5000, 'the closed list refuses');
    expect(y1.refused).toEqual(['WRONG_PHASE']);
    expect(await addItem(p1, list2, 'Också fortfarande')).toMatch(/^[\w-]{6,}$/);
  });

  it('counts, reveals, resets and sends own dots per dot voting', async () => {
    const { room, f, p1, p2, list1, dots1, list2, dots2 } = await twoOfEach();
    const [a, b] = room.items as [string, string];
    const x = await addItem(p1, list2, 'X');
    const y = await addItem(p2, list2, 'Y');
    await openVote(f, dots1, RULES);
    await openVote(f, dots2, RULES);

    // Each dot voting knows its own list's items only.
    const snap = await sync(p1);
    expect(voteItemsOf(snap, dots1).map((i) => i.id)).toEqual([a, b]);
    expect(voteItemsOf(snap, dots2).map((i) => i.id)).toEqual([x, y]);
    expect(await cast(p1, dots1, { [x]: 1 })).toEqual({ ok: false, error: { code: 'UNKNOWN_PRIORITY' } });
    expect(await cast(p1, dots2, { [a]: 1 })).toEqual({ ok: false, error: { code: 'UNKNOWN_PRIORITY' } });

    // Budgets are per dot voting: the full four in each.
    await castOk(p1, dots1, { [a]: 2, [b]: 2 });
    await castOk(p1, dots2, { [x]: 2, [y]: 2 });
    await castOk(p2, dots2, { [y]: 1 });
    let staff = await sync(f);
    expect([tallyOf(staff, dots1)?.totalDots, tallyOf(staff, dots1)?.voters]).toEqual([4, 1]);
    expect([tallyOf(staff, dots2)?.totalDots, tallyOf(staff, dots2)?.voters]).toEqual([5, 2]);
    expect(Object.keys(tallyOf(staff, dots2)!.byPriority).sort()).toEqual([x, y].sort());
    const mine = await sync(p1);
    expect([mineIn(mine, dots1), mineIn(mine, dots2)]).toEqual([
      { [a]: 2, [b]: 2 },
      { [x]: 2, [y]: 2 },
    ]);

    // Reveal one: participants get that one's results only.
    await control(f, dots2, 'reveal');
    await waitFor(() => resultsOf(p2, dots2).length > 0, 5000, 'revealed results');
    expect((resultsOf(p2, dots2).at(-1) as Tally).totalDots).toBe(5);
    expect(resultsOf(p2, dots1)).toEqual([]);
    expect(tallyOf(await sync(p2), dots1)).toBeNull();

    // Reset one: the other keeps its dots, and only the reset one's empty allocation is pushed.
    await control(f, dots1, 'reset');
    await waitFor(() => mineOf(p1, dots1).length > 0, 5000, 'the reset pushed');
    expect(mineOf(p1, dots1)).toEqual([{}]);
    expect(mineOf(p1, dots2)).toEqual([]);
    staff = await sync(f);
    expect(tallyOf(staff, dots1)?.totalDots).toBe(0);
    expect(tallyOf(staff, dots2)?.totalDots).toBe(5);
    expect(mineIn(await sync(p1), dots2)).toEqual({ [x]: 2, [y]: 2 });

    // A hide in one list changes that one's dot voting only.
    await hideItem(f, list2, y, true);
    staff = await sync(f);
    expect(voteItemsOf(staff, dots2)).toEqual([
      { id: x, hidden: false, n: 1, merged: 0, label: 'X' },
      { id: y, hidden: true, n: 2, merged: 0, label: '' },
    ]);
    expect((staff.views[dots1] as DotsView).items.every((i) => !i.hidden)).toBe(true);
    expect(tallyOf(staff, dots2)?.totalDots).toBe(2);

    // A merge in one list moves that dot voting's dots; the other list and its votes stay.
    await castOk(p1, dots1, { [a]: 1, [b]: 2 });
    await closeVote(f, dots1);
    await mergeItems(f, list1, b, a);
    staff = await sync(f);
    expect(tallyOf(staff, dots1)?.byPriority[a]?.total).toBe(3);
    expect(mineIn(await sync(p1), dots1)).toEqual({ [a]: 3 });
    expect(itemIds(staff, list2)).toEqual([x, y]);
    expect(mineIn(await sync(p1), dots2)).toEqual({ [x]: 2, [y]: 2 });
  });
});
