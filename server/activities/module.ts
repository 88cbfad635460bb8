import type { z } from 'zod';
import type { Capabilities } from '../../shared/domain/control.ts';
import type { PriorityMeta } from '../../shared/domain/items.ts';
import type { Result } from '../../shared/domain/result.ts';
import type { WorkshopSettings } from '../../shared/domain/settings.ts';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import type { OwnContribution } from '../../shared/protocol/contributions.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { Role } from '../../shared/protocol/events.ts';
import type { LiveDoc } from '../collab/liveDoc.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import type { Repos } from '../db/repos.ts';
import type { ExportSection } from '../export/document.ts';
import type { ExportLang } from '../export/labels.ts';

/** Who sends a command or a response. */
export interface Actor {
  role: Role;
  participant: ParticipantProfile | null;
  /** The sending socket: its own changes are acknowledged, never echoed to it. */
  socketId: string | null;
}

/** An activity with its config parsed by its type's schema. */
export type Activity<C> = Omit<ActivityRecord, 'config'> & { config: C };

/**
 * What the core lends a module while it runs one of its hooks: its activity, storage, its
 * document, the rest of the agenda, and the signals that make the core tell the room.
 * A module never reaches another module; it may read another activity's record and items.
 */
export interface ActivityContext<C> {
  activity: Activity<C>;
  repos: Repos;
  /** This activity's Yjs document, loaded on demand; null when its stored log cannot be read. */
  doc(): LiveDoc | null;
  /** Another activity of the same workshop; null when there is none with that id. */
  sibling(id: string): ActivityRecord | null;
  /** The plain texts of an activity's document by key; null when it cannot be read. */
  texts(activityId: string): Record<string, string> | null;
  /** Items of an activity of this workshop (cached by the core; do not mutate). */
  items(activityId: string): readonly PriorityMeta[];
  /** Activities of this workshop that build on this one (their `sourceOf` is this one). */
  dependents(): ActivityRecord[];
  /** This activity's state changed: the core re-reads its items and sends its view (and dependents'). */
  viewChanged(): void;
  /** Stored responses changed: the core sends results (batched, role-filtered). */
  resultsChanged(): void;
  /** A participant's stored response changed; `origin` is the socket that has it in its ack. */
  mineChanged(participantId: string, value: unknown, origin: string | null): void;
  /**
   * Items of this activity were merged: each dependent moves its responses along (call inside the
   * transaction that marks the merge, so both are stored or neither).
   */
  itemsMerged(fromId: string, toId: string): void;
  /** The server wrote an item's text (seed, merge), so its version history starts there. */
  textWritten(itemId: string): void;
  /**
   * An item of this activity was removed by its author: each dependent drops the responses on it
   * (others' dots) and tells those participants (call after the item is marked gone).
   */
  itemRemoved(itemId: string): void;
  /**
   * Stores a new config for this activity (one its schema accepts; the module checks it) and
   * tells the room as `agenda:update` does: for a command that fills the config in (the matrix's
   * `importItems`). The context's `activity` still holds the old record afterwards.
   */
  replaceConfig(next: C): void;
  /** The workshop's settings (names or anonymity, the word filter). */
  settings(): WorkshopSettings;
  now(): string;
}

export interface ModuleCommand<C> {
  schema: z.ZodType;
  roles: readonly Role[];
  run(ctx: ActivityContext<C>, payload: never, actor: Actor): Result<unknown>;
}

/** One activity type's server side. The core knows types only through this interface. */
export interface ActivityModule<C = unknown> {
  type: string;
  caps: Capabilities;
  config: {
    schema: z.ZodType<C>;
    /** Bumped when the config's shape changes; `migrate` brings older stored configs up to it. */
    version: number;
    migrate(raw: unknown, from: number): unknown;
    /** A new activity's config when none is given; it may look at the agenda so far. */
    defaults(agenda: readonly ActivityRecord[], index: number): unknown;
  };
  /** Checks a config against the rest of the workshop (sources, stored responses). */
  checkConfig?(ctx: ActivityContext<C>, next: C, resetResponses: boolean): Result<null>;
  /** The activity whose items this one builds on; opening this one closes that one. */
  sourceOf?(config: C): string | null;
  /** Extra setup when created: a list stores its seeded items. */
  created?(ctx: ActivityContext<C>, seed: readonly string[]): void;
  commands: Record<string, ModuleCommand<C>>;
  response?: {
    schema: z.ZodType;
    /** Stores the response when the type's rules accept it; returns what the ack carries. */
    respond(
      ctx: ActivityContext<C>,
      participantId: string,
      value: never,
      origin: string | null,
    ): Result<unknown>;
    /** The participant's stored response; `empty` when they have none. */
    mine(ctx: ActivityContext<C>, participantId: string): unknown;
    empty: unknown;
  };
  /**
   * "Mina bidrag": what a participant wrote here beside their stored response, which the core
   * lists and removes for every type alike. `remove` deletes what is theirs alone (the words gone
   * from the database and every screen) and takes their name off shared work; an id that is not
   * theirs is NOT_FOUND. It signals the room itself (view, results, `mine`).
   */
  own?: {
    list(ctx: ActivityContext<C>, participantId: string): OwnContribution[];
    remove(ctx: ActivityContext<C>, participantId: string, id: string): Result<'removed' | 'detached'>;
  };
  /** Co-edited texts: the participant rules beyond "open and unlocked". */
  document?: {
    maxTextLength: number;
    /** Why a participant may not write in the text under `key` now; null when they may. */
    refuseText(ctx: ActivityContext<C>, key: string): ErrorCode | null;
  };
  /**
   * Brings what an older version stored up to date, once at start-up: `pending` names the
   * activities that need it (cheaply, from the database), `run` mends one.
   */
  upgrade?: {
    pending(repos: Repos): string[];
    run(ctx: ActivityContext<C>): void;
  };
  /** Items of its source were merged: a dependent moves its responses along. */
  sourceItemsMerged?(ctx: ActivityContext<C>, fromId: string, toId: string): void;
  /** The state every role gets (`activity:state`). */
  view(ctx: ActivityContext<C>): unknown;
  /**
   * What facilitators get instead of `view`, when they must see more than the room: posts held
   * for review, hidden posts, who wrote what. A superset of `view`, so one client view reads both.
   */
  staffView?(ctx: ActivityContext<C>): unknown;
  /** The one counting path: every screen and every export reads results from here. */
  results?(ctx: ActivityContext<C>): unknown;
  /** What the projector may show of results before they are revealed. */
  redact?(results: unknown): unknown;
  exportSection(ctx: ActivityContext<C>, lang: ExportLang): ExportSection;
}

/** Typed definition helper: keeps each command's payload type tied to its schema. */
export function command<C, S extends z.ZodType>(c: {
  schema: S;
  roles: readonly Role[];
  run(ctx: ActivityContext<C>, payload: z.output<S>, actor: Actor): Result<unknown>;
}): ModuleCommand<C> {
  return c as unknown as ModuleCommand<C>;
}
