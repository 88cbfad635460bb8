import * as Y from 'yjs';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { checkDeletes, type Fresh } from './deleteCheck.ts';
import { type Place, placeOfParent, placeOfStored, samePlace, type TextPlace } from './textPlace.ts';
import { decodeWhole } from './updateDecode.ts';

/** What one connection may write. */
export interface WritePolicy {
  /** Whom client ids written by this connection are bound to, e.g. `p:<participant id>`. */
  owner: string;
  /** Why this writer may not change the text stored under `key` now, or null if it may. */
  refuseText(key: string): ErrorCode | null;
  /** The longest a text may become by this writer's update; null for no bound. */
  maxTextLength: number | null;
}

export type Checked =
  | {
      ok: true;
      /** False when the server already has everything in the update: applying it changes nothing. */
      changes: boolean;
      /** Keys of the texts the update writes in. */
      touched: ReadonlySet<string>;
      /** Client ids the update writes with for the first time, to be bound to the writer. */
      claims: readonly number[];
    }
  | { ok: false; code: ErrorCode };

/**
 * Checks an update whole, before it is applied, against what `policy` allows on `doc`. It may
 * only insert or delete characters inside existing texts, under client ids this writer owns,
 * with every item it builds on already present. Costs one decode plus a map or binary-search
 * lookup per struct and per deleted struct; the document is never re-encoded.
 * Throws MalformedUpdate when the bytes are not an update Yjs would read the same way.
 */
export function checkUpdate(
  doc: Y.Doc,
  owners: ReadonlyMap<number, string>,
  update: Uint8Array,
  policy: WritePolicy,
): Checked {
  const { structs, ds } = decodeWhole(update);
  const stateCache = new Map<number, number>();
  const known = (client: number): number => {
    let clock = stateCache.get(client);
    if (clock === undefined) {
      clock = Y.getState(doc.store, client);
      stateCache.set(client, clock);
    }
    return clock;
  };
  const fresh = new Map<number, Fresh[]>();
  const growth = new Map<Y.Text, number>();
  const touched = new Set<string>();
  const verdicts = new Map<string, ErrorCode | null>();
  const claims: number[] = [];
  let changes = false;

  const allowed = (place: TextPlace): ErrorCode | null => {
    let verdict = verdicts.get(place.key);
    if (verdict === undefined) {
      verdict = policy.refuseText(place.key);
      verdicts.set(place.key, verdict);
    }
    touched.add(place.key);
    return verdict;
  };
  const grow = (text: Y.Text, by: number) => growth.set(text, (growth.get(text) ?? 0) + by);

  /** Where the item with this id is: written earlier in this update, or already on the server. */
  const placeOf = (id: Y.ID): Place => {
    const run = fresh.get(id.client);
    const hit = run && findRun(run, id.clock);
    if (hit) return hit.place;
    return id.clock < known(id.client) ? placeOfStored(doc, id) : 'YJS_MISSING_DEPENDENCY';
  };

  let section: number | null = null;
  for (const struct of structs) {
    const client = struct.id.client;
    const start = Math.max(struct.id.clock, known(client));
    const end = struct.id.clock + struct.length;
    const run = fresh.get(client);
    if (client !== section) {
      section = client;
      // Each section must start where the server is (or before, overlapping what it has).
      if (struct.id.clock > known(client)) return refuse('YJS_MISSING_DEPENDENCY');
    }
    if (end <= known(client)) continue; // the server has it; Yjs skips it
    if (struct instanceof Y.Skip) return refuse('YJS_MISSING_DEPENDENCY');
    if (!(struct instanceof Y.Item)) return refuse('YJS_NOT_TEXT'); // GC: content without a parent
    if (!run) {
      const owner = owners.get(client);
      if (owner === undefined && (known(client) > 0 || client === doc.clientID))
        return refuse('YJS_FOREIGN_CLIENT'); // written before ids were bound, or the server's own
      if (owner !== undefined && owner !== policy.owner) return refuse('YJS_FOREIGN_CLIENT');
      if (owner === undefined) claims.push(client);
    }

    let place: Place;
    if (struct.origin === null && struct.rightOrigin === null) {
      place = placeOfParent(doc, struct.parent, struct.parentSub, known);
    } else {
      // Yjs takes the parent from the origin, else the right origin; both must lie in one text.
      const [first, second] = struct.origin
        ? [struct.origin, struct.rightOrigin]
        : [struct.rightOrigin, null];
      place = first ? placeOf(first) : 'YJS_NOT_TEXT';
      if (second && !samePlace(place, placeOf(second)))
        return refuse(typeof place === 'string' ? place : 'YJS_NOT_TEXT');
    }
    if (typeof place === 'string') return refuse(place);
    // A struct that overlaps what the server has continues it: Yjs takes the stored part as its
    // left neighbour, so the rest must lie in the same text.
    if (start > struct.id.clock && !samePlace(place, placeOfStored(doc, Y.createID(client, start - 1))))
      return refuse('YJS_NOT_TEXT');
    const isString = struct.content instanceof Y.ContentString;
    if (!isString && !(struct.content instanceof Y.ContentDeleted)) return refuse('YJS_NOT_TEXT');
    const verdict = allowed(place);
    if (verdict) return refuse(verdict);
    if (isString) grow(place.text, end - start);
    const entry = { start, end, place, countable: isString };
    if (run) run.push(entry);
    else fresh.set(client, [entry]);
    changes = true;
  }

  const deleted = checkDeletes({ doc, known, fresh, allowed, grow }, ds);
  if (typeof deleted === 'string') return refuse(deleted);

  if (policy.maxTextLength !== null) {
    for (const [text, by] of growth) {
      // Judged after the update, and only against growth: a text already over the bound (a merge)
      // may still be shortened or edited in place.
      if (by > 0 && text.length + by > policy.maxTextLength) return refuse('TEXT_TOO_LONG');
    }
  }
  return { ok: true, changes: changes || deleted, touched, claims };
}

function refuse(code: ErrorCode): Checked {
  return { ok: false, code };
}

/** The run holding `clock`; runs are contiguous and in clock order. */
function findRun(run: Fresh[], clock: number): Fresh | undefined {
  let lo = 0;
  let hi = run.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const f = run[mid];
    if (!f) return undefined;
    if (clock < f.start) hi = mid - 1;
    else if (clock >= f.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}
