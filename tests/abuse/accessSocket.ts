import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { Role } from '../../shared/protocol/events.ts';
import type { ActorName, World } from './world.ts';

/**
 * The access matrix for Socket.IO, as data. accessSocket.test.ts runs every cell and fails when
 * an event (server/realtime/commands.ts) or an activity command (a module's `commands`) exists
 * without a row here.
 *
 * `allowed`: the server got past who-may-ask (the ack is ok, or a refusal about the thing itself:
 * WRONG_PHASE, NOT_FOUND for a made-up item…). Any other cell is the exact refusal code.
 */
export type SocketOutcome = 'allowed' | ErrorCode;

/** Who the handshake lets in, per role asked for: `connected` or the refusal's code. */
export const HANDSHAKE: Record<ActorName, Record<Role, 'connected' | ErrorCode>> = {
  anonymous: { participant: 'UNAUTHENTICATED', facilitator: 'UNAUTHENTICATED', projector: 'UNAUTHENTICATED' },
  participantA: { participant: 'connected', facilitator: 'UNAUTHENTICATED', projector: 'UNAUTHENTICATED' },
  // A participant cookie is per workshop: B's opens nothing of A.
  participantB: {
    participant: 'UNAUTHENTICATED',
    facilitator: 'UNAUTHENTICATED',
    projector: 'UNAUTHENTICATED',
  },
  facilitatorB: { participant: 'UNAUTHENTICATED', facilitator: 'NOT_FOUND', projector: 'NOT_FOUND' },
  admin: { participant: 'UNAUTHENTICATED', facilitator: 'NOT_FOUND', projector: 'NOT_FOUND' },
  coFacilitatorA: { participant: 'UNAUTHENTICATED', facilitator: 'connected', projector: 'connected' },
  ownerA: { participant: 'UNAUTHENTICATED', facilitator: 'connected', projector: 'connected' },
  // The projector link's cookie (world.ts) opens the projector role and no other.
  projectorA: { participant: 'UNAUTHENTICATED', facilitator: 'UNAUTHENTICATED', projector: 'connected' },
};

/** The actors that get a socket into A, each with the role its screen asks for (world.ts). */
export const CONNECTED = ['participantA', 'coFacilitatorA', 'ownerA', 'projectorA'] as const;
export type Connected = (typeof CONNECTED)[number];
type Cells = Record<Connected, SocketOutcome>;

const cells = (participantA: SocketOutcome, staff: SocketOutcome, projectorA: SocketOutcome): Cells => ({
  participantA,
  coFacilitatorA: staff,
  ownerA: staff,
  projectorA,
});
const EVERYONE = cells('allowed', 'allowed', 'allowed');
const STAFF = cells('FORBIDDEN', 'allowed', 'FORBIDDEN');
const PARTICIPANTS = cells('allowed', 'FORBIDDEN', 'FORBIDDEN');
const PEOPLE = cells('allowed', 'allowed', 'FORBIDDEN');

export interface EventRow {
  event: string;
  payload(w: World, target: string): unknown;
  /** A fresh target for each actor (the owner's socket makes it), for rows that use theirs up. */
  before?: 'newPoll';
  expect: Cells;
}

const act = (w: World, type: string) => w.activities[type] as string;
const poll = (w: World) => ({ activityId: act(w, 'poll') });

/** Every client event of shared/protocol/events.ts, with a payload its schema accepts. */
export const EVENT_ROWS: EventRow[] = [
  { event: 'workshop:sync', payload: () => ({}), expect: EVERYONE },
  { event: 'connection:ping', payload: () => ({}), expect: EVERYONE },
  { event: 'workshop:settings', payload: () => ({ joinsOpen: true }), expect: STAFF },
  { event: 'agenda:add', payload: () => ({ type: 'poll', title: 'Ny fråga' }), expect: STAFF },
  { event: 'agenda:update', payload: (w) => ({ ...poll(w), title: 'Ändrad' }), expect: STAFF },
  { event: 'agenda:move', payload: (w) => ({ ...poll(w), toIndex: 2 }), expect: STAFF },
  { event: 'agenda:duplicate', payload: poll, expect: STAFF },
  {
    event: 'agenda:delete',
    before: 'newPoll',
    payload: (_w, target) => ({ activityId: target }),
    expect: STAFF,
  },
  { event: 'activity:control', payload: (w) => ({ ...poll(w), action: 'reveal' }), expect: STAFF },
  {
    event: 'activity:command',
    payload: (w) => ({ activityId: act(w, 'list2'), name: 'add', payload: { text: 'Via matrisen' } }),
    expect: PEOPLE,
  },
  {
    event: 'activity:respond',
    payload: (w) => ({ activityId: act(w, 'question'), value: { entryId: 'abcdef', on: true } }),
    expect: PARTICIPANTS,
  },
  {
    event: 'text:versions',
    payload: (w) => ({ activityId: act(w, 'list2'), itemId: w.itemId }),
    expect: STAFF,
  },
  {
    event: 'text:restore',
    payload: (w) => ({ activityId: act(w, 'list2'), itemId: w.itemId, versionId: 1 }),
    expect: STAFF,
  },
  {
    event: 'timer:start',
    payload: (w) => ({ ...poll(w), durationMs: 60_000, closeOnEnd: false }),
    expect: STAFF,
  },
  { event: 'timer:pause', payload: poll, expect: STAFF },
  { event: 'timer:resume', payload: poll, expect: STAFF },
  { event: 'timer:extend', payload: (w) => ({ ...poll(w), byMs: 60_000 }), expect: STAFF },
  { event: 'timer:stop', payload: poll, expect: STAFF },
  { event: 'contributions:list', payload: () => ({}), expect: PARTICIPANTS },
  { event: 'contributions:remove', payload: (w) => ({ ...poll(w), id: 'response' }), expect: PARTICIPANTS },
];

/** Events aimed at workshop B from sockets of A: nothing of B is reachable, whoever asks. */
export const CROSS_WORKSHOP_ROWS: EventRow[] = [
  {
    event: 'activity:command',
    payload: (w) => ({ activityId: w.workshopB.listId, name: 'add', payload: { text: 'Fel rum' } }),
    expect: cells('NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'),
  },
  {
    event: 'agenda:update',
    payload: (w) => ({ activityId: w.workshopB.listId, title: 'Kapad' }),
    expect: cells('FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  {
    event: 'activity:control',
    payload: (w) => ({ activityId: w.workshopB.listId, action: 'close' }),
    expect: cells('FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  {
    event: 'timer:start',
    payload: (w) => ({ activityId: w.workshopB.listId, durationMs: 60_000, closeOnEnd: true }),
    expect: cells('FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  {
    event: 'text:versions',
    payload: (w) => ({ activityId: w.workshopB.listId, itemId: 'abcdef' }),
    expect: cells('FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
];

export interface CommandRow {
  /** `type.name` as the type's module declares it, or `type.respond` for `activity:respond`. */
  command: string;
  /** The activity it goes to (a key of World.activities) and a payload its schema accepts. */
  activity: string;
  payload(w: World): unknown;
  expect: Cells;
}

const FAKE = 'abcdef123';
const row = (
  command: string,
  activity: string,
  payload: (w: World) => unknown,
  expect: Cells,
): CommandRow => ({
  command,
  activity,
  payload,
  expect,
});
const fixed = (value: unknown) => () => value;

/** Every command of every activity type, and each type's `activity:respond`. */
export const COMMAND_ROWS: CommandRow[] = [
  row('list.add', 'list2', fixed({ text: 'Ny punkt' }), PEOPLE),
  row('list.hide', 'list2', (w) => ({ itemId: w.itemId, hidden: false }), STAFF),
  row('list.move', 'list2', (w) => ({ itemId: w.itemId, toIndex: 0 }), STAFF),
  row('list.merge', 'list2', (w) => ({ sourceId: w.itemId, targetId: w.itemId }), STAFF),
  row('poll.hideOther', 'poll', fixed({ id: FAKE, hidden: true }), STAFF),
  row('poll.hiddenOthers', 'poll', fixed({ limit: 10 }), STAFF),
  row('ranking.importItems', 'ranking', (w) => ({ fromActivityId: act(w, 'list2') }), STAFF),
  row('matrix.importItems', 'matrix', (w) => ({ fromActivityId: act(w, 'list2') }), STAFF),
  row('question.post', 'question', fixed({ id: 'fraga-12345', text: 'En fråga?' }), PARTICIPANTS),
  row('question.withdraw', 'question', fixed({ entryId: FAKE }), PARTICIPANTS),
  row('question.upvote', 'question', fixed({ entryId: FAKE, on: true }), PARTICIPANTS),
  row('question.approve', 'question', fixed({ entryId: FAKE }), STAFF),
  row('question.hide', 'question', fixed({ entryId: FAKE }), STAFF),
  row('question.restore', 'question', fixed({ entryId: FAKE }), STAFF),
  row('question.highlight', 'question', fixed({ entryId: FAKE, on: true }), STAFF),
  row('question.markAnswered', 'question', fixed({ entryId: FAKE, on: true }), STAFF),
  row('question.sort', 'question', fixed({ by: 'votes' }), STAFF),
  row('ideas.post', 'ideas', fixed({ id: 'ide-123456', text: 'En idé' }), PARTICIPANTS),
  // Participants group too only when the config lets them (`mayGroup`); A's ideas keep the default.
  row('ideas.createTheme', 'ideas', fixed({ name: 'Tema' }), STAFF),
  row('ideas.renameTheme', 'ideas', fixed({ themeId: FAKE, name: 'Nytt namn' }), STAFF),
  row('ideas.moveCard', 'ideas', fixed({ cardId: FAKE, themeId: null }), STAFF),
  row('ideas.deleteTheme', 'ideas', fixed({ themeId: FAKE }), STAFF),
  row('ideas.reorderThemes', 'ideas', fixed({ themeIds: [FAKE] }), STAFF),
  row('ideas.approve', 'ideas', fixed({ cardId: FAKE }), STAFF),
  row('ideas.hide', 'ideas', fixed({ cardId: FAKE }), STAFF),
  row('ideas.restore', 'ideas', fixed({ cardId: FAKE }), STAFF),
  row('wordcloud.answer', 'wordcloud', fixed({ text: 'samverkan' }), PARTICIPANTS),
  row('wordcloud.withdraw', 'wordcloud', fixed({ id: FAKE }), PARTICIPANTS),
  row('wordcloud.moderate', 'wordcloud', fixed({ ids: [FAKE], status: 'hidden' }), STAFF),
  row('wordcloud.hideTerm', 'wordcloud', fixed({ key: 'samverkan' }), STAFF),
  // Responses: participants only, whatever the value (checked after who is asking).
  ...['dots', 'poll', 'scale', 'ranking', 'matrix', 'question', 'ideas', 'wordcloud'].map((type) =>
    row(`${type}.respond`, type, fixed({}), PARTICIPANTS),
  ),
];
