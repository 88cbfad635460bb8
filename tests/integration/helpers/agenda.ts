import type {
  Allocation,
  DotsConfig,
  DotsView,
  Tally,
  VoteConfig,
} from '../../../shared/activities/dots/types.ts';
import type { ListView, PriorityView } from '../../../shared/activities/list/types.ts';
import type { ControlAction } from '../../../shared/domain/control.ts';
import type { ActivitySummary, WorkshopState } from '../../../shared/domain/workshop.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import type { Snapshot } from '../../../shared/protocol/events.ts';
import { ack, okData, type TestSocket } from './sockets.ts';

/*
 * Small steps of the agenda protocol (protocol version 2) for integration tests, shared by every
 * test folder. Names and signatures are stable; add new helpers rather than change these.
 *
 * Reading a snapshot (or a WorkshopState):
 *   listAndDots(s)            → { listId, dotsId }: the first list and the first dot voting
 *   activityIn(s, id)         → the ActivitySummary (throws when it is not in the agenda)
 *   itemsOf(snap, listId)     → the list's items (PriorityView[]) from snapshot.views
 *   itemIds(snap, listId)     → their ids, in display order
 *   voteItemsOf(snap, dotsId) → the dot voting's items ({id, hidden, n}[]) from snapshot.views
 *   tallyOf(snap, dotsId)     → the Tally in snapshot.results, or null when the role gets none
 *   mineIn(snap, dotsId)      → the participant's Allocation in snapshot.mine ({} when none)
 * Commands (each resolves after the ack; the *Ack forms return the raw ack for refusals):
 *   sync(socket)                                  → Snapshot (workshop:sync)
 *   addItem(socket, listId, text)                 → the new item's id (list `add`)
 *   addItemAck(socket, listId, text)              → the raw ack
 *   listCommand(socket, listId, name, payload)    → the raw ack of any list command
 *   hideItem(fac, listId, itemId, hidden)         → list `hide`
 *   moveItem(fac, listId, itemId, toIndex)        → list `move`
 *   mergeItems(fac, listId, sourceId, targetId)   → list `merge`
 *   control(fac, activityId, action)              → activity:control, must succeed
 *   controlAck(fac, activityId, action)           → the raw ack
 *   openVote(fac, dotsId, rules?)                 → sets the rules (when given), makes the dot voting
 *                                                   live and open, as the old `vote:open` did
 *   closeVote(fac, dotsId)                        → control `close`
 *   setRules(fac, dotsId, rules, resetResponses?) → the raw ack of agenda:update with new rules
 *   cast(socket, dotsId, allocation)              → the raw ack of activity:respond ({allocation})
 *   castOk(socket, dotsId, allocation)            → the stored allocation, must succeed
 *   addActivity(fac, type, config?, index?)       → the new activity's id (agenda:add)
 */

type Source = Snapshot | WorkshopState;

const stateOf = (s: Source): WorkshopState => ('agenda' in s ? s : s.state);

/** Ids of the first `list` and the first `dots` activity of the agenda (the default agenda's two). */
export function listAndDots(s: Source): { listId: string; dotsId: string } {
  const agenda = stateOf(s).agenda;
  const listId = agenda.find((a) => a.type === 'list')?.id;
  const dotsId = agenda.find((a) => a.type === 'dots')?.id;
  if (!listId || !dotsId) throw new Error('the agenda has no list or no dot voting');
  return { listId, dotsId };
}

export function activityIn(s: Source, activityId: string): ActivitySummary {
  const a = stateOf(s).agenda.find((x) => x.id === activityId);
  if (!a) throw new Error(`activity ${activityId} is not in the agenda`);
  return a;
}

export function itemsOf(snap: Snapshot, listId: string): PriorityView[] {
  const view = snap.views[listId] as ListView | undefined;
  if (!view) throw new Error(`no view of list ${listId} in the snapshot`);
  return view.items;
}

export const itemIds = (snap: Snapshot, listId: string): string[] => itemsOf(snap, listId).map((p) => p.id);

export function voteItemsOf(snap: Snapshot, dotsId: string): DotsView['items'] {
  const view = snap.views[dotsId] as DotsView | undefined;
  if (!view) throw new Error(`no view of dot voting ${dotsId} in the snapshot`);
  return view.items;
}

export const tallyOf = (snap: Snapshot, dotsId: string): Tally | null =>
  (snap.results[dotsId] as Tally | undefined) ?? null;

export const mineIn = (snap: Snapshot, dotsId: string): Allocation =>
  (snap.mine[dotsId] as Allocation | undefined) ?? {};

export async function sync(t: TestSocket): Promise<Snapshot> {
  return okData(await ack(t, 'workshop:sync', {}));
}

export function listCommand(
  t: TestSocket,
  listId: string,
  name: string,
  payload: unknown,
): Promise<Ack<unknown>> {
  return ack(t, 'activity:command', { activityId: listId, name, payload });
}

export function addItemAck(t: TestSocket, listId: string, text: string): Promise<Ack<unknown>> {
  return listCommand(t, listId, 'add', { text });
}

export async function addItem(t: TestSocket, listId: string, text: string): Promise<string> {
  return (okData(await addItemAck(t, listId, text)) as { priorityId: string }).priorityId;
}

export async function hideItem(
  f: TestSocket,
  listId: string,
  itemId: string,
  hidden: boolean,
): Promise<void> {
  okData(await listCommand(f, listId, 'hide', { itemId, hidden }));
}

export async function moveItem(
  f: TestSocket,
  listId: string,
  itemId: string,
  toIndex: number,
): Promise<void> {
  okData(await listCommand(f, listId, 'move', { itemId, toIndex }));
}

export async function mergeItems(
  f: TestSocket,
  listId: string,
  sourceId: string,
  targetId: string,
): Promise<void> {
  okData(await listCommand(f, listId, 'merge', { sourceId, targetId }));
}

export function controlAck(f: TestSocket, activityId: string, action: ControlAction): Promise<Ack<null>> {
  return ack(f, 'activity:control', { activityId, action });
}

export async function control(f: TestSocket, activityId: string, action: ControlAction): Promise<void> {
  const reply = await controlAck(f, activityId, action);
  if (!reply.ok) throw new Error(`${action} on ${activityId}: expected ok, got ${reply.error.code}`);
}

/** agenda:update with new vote rules (the source stays); VOTE_RULES_LOCKED unless reset when dots are stored. */
export async function setRules(
  f: TestSocket,
  dotsId: string,
  rules: VoteConfig,
  resetResponses = false,
): Promise<Ack<null>> {
  const config = activityIn(await sync(f), dotsId).config as DotsConfig;
  return ack(f, 'agenda:update', { activityId: dotsId, config: { ...config, ...rules }, resetResponses });
}

/** The old `vote:open`: new rules if given, then the dot voting live and open (its list closes). */
export async function openVote(f: TestSocket, dotsId: string, rules?: VoteConfig): Promise<void> {
  if (rules) okData(await setRules(f, dotsId, rules));
  // Opened first, then made live: `open` is what closes the source list.
  const snap = await sync(f);
  if (activityIn(snap, dotsId).status !== 'open') await control(f, dotsId, 'open');
  if (snap.state.liveActivityId !== dotsId) await control(f, dotsId, 'live');
}

export const closeVote = (f: TestSocket, dotsId: string): Promise<void> => control(f, dotsId, 'close');

export function cast(
  t: TestSocket,
  dotsId: string,
  allocation: Allocation,
): Promise<Ack<{ allocation: Allocation }>> {
  return ack(t, 'activity:respond', { activityId: dotsId, value: { allocation } }) as Promise<
    Ack<{ allocation: Allocation }>
  >;
}

export async function castOk(t: TestSocket, dotsId: string, allocation: Allocation): Promise<Allocation> {
  return okData(await cast(t, dotsId, allocation)).allocation;
}

export async function addActivity(
  f: TestSocket,
  type: string,
  config?: unknown,
  index?: number,
): Promise<string> {
  const payload: { type: string; config?: unknown; index?: number } = { type };
  if (config !== undefined) payload.config = config;
  if (index !== undefined) payload.index = index;
  return okData(await ack(f, 'agenda:add', payload)).activityId;
}
