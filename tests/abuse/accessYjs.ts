import type { ActorName } from './world.ts';

/**
 * The access matrix for the Yjs documents, as data: what each actor gets when they open a
 * document of A (the WebSocket upgrade) and when they then write in it. accessYjs.test.ts runs
 * every cell. `read`: the server sent the document; `saved`/`refused: CODE`: its answer to an
 * edit of an item's text; `closed NNNN`: the connection was closed with that code instead
 * (4401 unauthorised, 4404 not found: shared/protocol/yjsDoc.ts).
 */
export type YjsOutcome = 'read' | 'saved' | `refused: ${string}` | `closed ${number}`;

export interface YjsRow {
  /** Which document: a key of World.activities (only lists have one). */
  document: string;
  what: string;
  read: Record<ActorName, YjsOutcome>;
  /** For those who may read: the answer to an edit (absent: not tried). */
  write: Partial<Record<ActorName, YjsOutcome>>;
}

const UNAUTHORISED = 'closed 4401';
const NOT_FOUND = 'closed 4404';

/** Nobody outside A reads or writes; the projector link reads what the stage shows and writes nothing. */
export const YJS_ROWS: YjsRow[] = [
  {
    document: 'list2',
    what: "an open list's texts",
    read: {
      anonymous: UNAUTHORISED,
      participantA: 'read',
      participantB: UNAUTHORISED,
      facilitatorB: UNAUTHORISED,
      admin: UNAUTHORISED,
      coFacilitatorA: 'read',
      ownerA: 'read',
      projectorA: 'read',
    },
    write: {
      participantA: 'saved',
      coFacilitatorA: 'saved',
      ownerA: 'saved',
      projectorA: 'refused: FORBIDDEN',
    },
  },
  {
    document: 'list',
    what: "a closed list's texts (dot voting's source)",
    read: {
      anonymous: UNAUTHORISED,
      participantA: 'read',
      participantB: UNAUTHORISED,
      facilitatorB: UNAUTHORISED,
      admin: UNAUTHORISED,
      coFacilitatorA: 'read',
      ownerA: 'read',
      projectorA: 'read',
    },
    write: {
      participantA: 'refused: WRONG_PHASE',
      coFacilitatorA: 'saved',
      ownerA: 'saved',
      projectorA: 'refused: FORBIDDEN',
    },
  },
  {
    document: 'draftList',
    what: "a draft list's texts",
    // Who is not of A is refused as such; a participant of A is told it does not exist (yet).
    read: {
      anonymous: UNAUTHORISED,
      participantA: NOT_FOUND,
      participantB: UNAUTHORISED,
      facilitatorB: UNAUTHORISED,
      admin: UNAUTHORISED,
      coFacilitatorA: 'read',
      ownerA: 'read',
      projectorA: NOT_FOUND,
    },
    write: {}, // a new list has no texts yet
  },
  {
    document: 'poll',
    what: 'an activity without texts',
    read: {
      anonymous: NOT_FOUND,
      participantA: NOT_FOUND,
      participantB: NOT_FOUND,
      facilitatorB: NOT_FOUND,
      admin: NOT_FOUND,
      coFacilitatorA: NOT_FOUND,
      ownerA: NOT_FOUND,
      projectorA: NOT_FOUND,
    },
    write: {},
  },
];
