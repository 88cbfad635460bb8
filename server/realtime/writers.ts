import type { Writer, Writers } from '../../shared/protocol/texts.ts';

/** Someone counts as writing in a text for this long after their last keystroke. */
export const WRITING_HOLD_MS = 5000;

/**
 * Who is writing in which text right now, per workshop. Fed by accepted Yjs updates, read by
 * a batched broadcast; entries expire on their own, so a phone that sleeps mid-word drops out.
 */
export class WritersTracker {
  /** workshop → item → writer id → { writer, until } */
  private readonly rooms = new Map<string, Map<string, Map<string, { writer: Writer; until: number }>>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Returns true when the workshop's list of writers changed (a new writer in an item). */
  touch(workshopId: string, itemId: string, writer: Writer): boolean {
    let items = this.rooms.get(workshopId);
    if (!items) {
      items = new Map();
      this.rooms.set(workshopId, items);
    }
    let writers = items.get(itemId);
    if (!writers) {
      writers = new Map();
      items.set(itemId, writers);
    }
    const known = writers.has(writer.id);
    writers.set(writer.id, { writer, until: this.now() + WRITING_HOLD_MS });
    return !known;
  }

  /** Drops writers who paused; returns the workshops whose list changed. */
  expire(): string[] {
    const now = this.now();
    const changed: string[] = [];
    for (const [workshopId, items] of this.rooms) {
      let dropped = false;
      for (const [itemId, writers] of items) {
        for (const [id, entry] of writers) {
          if (entry.until > now) continue;
          writers.delete(id);
          dropped = true;
        }
        if (writers.size === 0) items.delete(itemId);
      }
      if (items.size === 0) this.rooms.delete(workshopId);
      if (dropped) changed.push(workshopId);
    }
    return changed;
  }

  of(workshopId: string): Writers {
    const out: Writers = {};
    for (const [itemId, writers] of this.rooms.get(workshopId) ?? []) {
      out[itemId] = [...writers.values()].map((e) => e.writer);
    }
    return out;
  }

  forget(workshopId: string): void {
    this.rooms.delete(workshopId);
  }

  /** True while any workshop has writers: the expiry sweep runs only then. */
  get active(): boolean {
    return this.rooms.size > 0;
  }
}
