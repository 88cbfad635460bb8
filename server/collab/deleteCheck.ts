import * as Y from 'yjs';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { placeIn, type TextPlace } from './textPlace.ts';

/** Characters of the update being checked that the server does not have yet: [start, end). */
export interface Fresh {
  start: number;
  end: number;
  place: TextPlace;
  countable: boolean;
}

/** What checking the structs of an update has found, for checking its deletions. */
export interface CheckContext {
  doc: Y.Doc;
  /** The server's clock for a client: everything below it is stored. */
  known(client: number): number;
  /** By client, in clock order. */
  fresh: ReadonlyMap<number, readonly Fresh[]>;
  /** Notes that the update writes in `place`; why it may not, or null. */
  allowed(place: TextPlace): ErrorCode | null;
  grow(text: Y.Text, by: number): void;
}

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];
interface Range {
  clock: number;
  len: number;
}

/**
 * Checks an update's deletions: each range must name characters of texts the writer may change,
 * stored or written earlier in the same update. Deleting what is already deleted changes nothing
 * and needs no permission (a reconnecting client sends every deletion it knows of). Returns a
 * refusal, or whether anything is newly deleted.
 */
export function checkDeletes(ctx: CheckContext, ds: DeleteSet): ErrorCode | boolean {
  let changes = false;
  for (const [client, items] of ds.clients) {
    const known = ctx.known(client);
    const structs = ctx.doc.store.clients.get(client) ?? [];
    const runs = ctx.fresh.get(client) ?? [];
    for (const { clock: from, len } of sortedDisjoint(items)) {
      const to = from + len;
      const stored = Math.min(to, known);
      for (
        let i = from < stored ? Y.findIndexSS(structs, from) : structs.length;
        i < structs.length;
        i += 1
      ) {
        const s = structs[i];
        if (!s || s.id.clock >= stored) break;
        if (!(s instanceof Y.Item) || s.deleted) continue;
        // A map entry is a key: `placeIn` answers YJS_KEY_CHANGE for it.
        const place = placeIn(ctx.doc, s.parent, s.parentSub);
        if (typeof place === 'string') return place;
        const verdict = ctx.allowed(place);
        if (verdict) return verdict;
        if (s.countable)
          ctx.grow(place.text, Math.max(from, s.id.clock) - Math.min(stored, s.id.clock + s.length));
        changes = true;
      }
      let cursor = Math.max(from, known);
      for (const f of runs) {
        if (cursor >= to || f.start > cursor) break;
        if (f.end <= cursor) continue;
        const until = Math.min(to, f.end);
        if (f.countable) ctx.grow(f.place.text, cursor - until);
        cursor = until;
      }
      // Deleting what nobody has written yet: Yjs would keep it pending.
      if (cursor < to) return 'YJS_MISSING_DEPENDENCY';
    }
  }
  return changes;
}

/** A client's ranges sorted and merged; Yjs's encoders already write them so, which costs one pass. */
function sortedDisjoint(items: readonly Range[]): readonly Range[] {
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i += 1) {
    const prev = items[i - 1];
    const cur = items[i];
    if (prev && cur && cur.clock < prev.clock + prev.len) ordered = false;
  }
  if (ordered) return items;
  const out: Range[] = [];
  for (const d of [...items].sort((a, b) => a.clock - b.clock)) {
    const last = out[out.length - 1];
    if (last && d.clock <= last.clock + last.len) last.len = Math.max(last.len, d.clock + d.len - last.clock);
    else out.push({ clock: d.clock, len: d.len });
  }
  return out;
}
