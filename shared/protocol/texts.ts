import type { Sector } from '../domain/sectors.ts';

/**
 * Who is writing in which text right now, as the server tells the room (batched, instead of Yjs
 * awareness, whose traffic grows with the square of the room). A facilitator has no sector.
 * `id` is the writer's participant id (or `f:<facilitator id>`), so a client can leave itself out.
 */
export interface Writer {
  id: string;
  name: string | null;
  sector: Sector | null;
}

/** Item id → the people writing in it now. Items nobody writes in are left out. */
export type Writers = Record<string, Writer[]>;

export type VersionAuthor =
  | { kind: 'participant'; name: string | null; sector: Sector }
  | { kind: 'facilitator' }
  | { kind: 'server' };

/** An earlier version of a co-edited text, kept so a facilitator can bring it back. */
export interface TextVersion {
  id: number;
  text: string;
  at: string;
  by: VersionAuthor;
}
