import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { createWorkshop, facilitatorSocket, fetchDoc, type Samsyn } from '../lib/samsyn.ts';
import type { HeldWorkshop } from '../load/phones.ts';

/**
 * `count` workshops on one server, each with its priorities, its document's seed for the
 * typists, and a facilitator socket (the tally's recipient, as in a real room).
 */
export async function prepareWorkshops(server: Samsyn, count: number, priorities: number, voteItems = 0) {
  const wsBase = `${server.base.replace('http', 'ws')}/yjs`;
  const workshops: HeldWorkshop[] = [];
  const facs: Socket[] = [];
  for (let i = 0; i < count; i++) {
    const w = await createWorkshop(server, priorities);
    const fac = await facilitatorSocket(server, w.id);
    // The list voted on stops taking writing while the vote is open (agendaService.control), so
    // to co-edit during a vote, the room votes on a second list and writes in the first.
    const voted = voteItems > 0 ? await secondList(fac, w.listId, voteItems) : null;
    const doc = await fetchDoc(wsBase, w.listId, server.cookie);
    workshops.push({
      workshopId: w.id,
      code: w.code,
      listId: w.listId,
      votedListId: voted?.listId ?? w.listId,
      dotsId: w.dotsId,
      yjsUrl: `${wsBase}/${w.listId}`,
      seed: Y.encodeStateAsUpdate(doc),
      keys: [...doc.getMap('texts').keys()],
      priorityIds: voted?.itemIds ?? w.priorityIds,
    });
    facs.push(fac);
  }
  return { workshops, facs, wsBase };
}

/** Dot voting open in a workshop, with the bench's rules. */
export async function openVote(fac: Socket, w: HeldWorkshop, rules: { dots: number; maxPer: number }) {
  const update = (await fac.timeout(10_000).emitWithAck('agenda:update', {
    activityId: w.dotsId,
    config: { sourceActivityId: w.votedListId, dotsPerParticipant: rules.dots, maxPerPriority: rules.maxPer },
  })) as { ok: boolean };
  if (!update.ok) throw new Error(`agenda:update refused: ${JSON.stringify(update)}`);
  const open = (await fac.timeout(10_000).emitWithAck('activity:control', {
    activityId: w.dotsId,
    action: 'live',
  })) as { ok: boolean };
  if (!open.ok) throw new Error(`opening the vote refused: ${JSON.stringify(open)}`);
}

async function ask(fac: Socket, event: string, payload: unknown): Promise<unknown> {
  const ack = (await fac.timeout(10_000).emitWithAck(event, payload)) as { ok: boolean; data?: unknown };
  if (!ack.ok) throw new Error(`${event} refused: ${JSON.stringify(ack)}`);
  return ack.data;
}

/** A second list, open, with `items` items of its own (the facilitator adds them). */
async function secondList(fac: Socket, listId: string, items: number) {
  const { activityId } = (await ask(fac, 'agenda:duplicate', { activityId: listId })) as {
    activityId: string;
  };
  await ask(fac, 'activity:control', { activityId, action: 'open' });
  const itemIds: string[] = [];
  for (let i = 0; i < items; i++) {
    const added = (await ask(fac, 'activity:command', {
      activityId,
      name: 'add',
      payload: { text: `Nästa steg ${i + 1}: vem gör vad, och när` },
    })) as { priorityId: string };
    itemIds.push(added.priorityId);
  }
  return { listId: activityId, itemIds };
}
