import type { YjsRepo } from '../db/yjsRepo.ts';
import { LiveDoc } from './liveDoc.ts';

/** How long a document stays in memory after its last connection leaves. */
const IDLE_UNLOAD_MS = 60_000;

/**
 * Loads each workshop's document once and shares it between the Yjs endpoint and the
 * services that write to it. Documents nobody holds are compacted and unloaded.
 */
export class DocRegistry {
  private readonly docs = new Map<string, { live: LiveDoc; holders: number; timer: NodeJS.Timeout | null }>();

  constructor(private readonly repo: YjsRepo) {}

  /** The document, loaded if needed. Callers that keep it must `hold` and later `release`. */
  get(workshopId: string): LiveDoc {
    let entry = this.docs.get(workshopId);
    if (!entry) {
      entry = { live: new LiveDoc(workshopId, this.repo), holders: 0, timer: null };
      this.docs.set(workshopId, entry);
      this.scheduleUnload(workshopId);
    }
    return entry.live;
  }

  hold(workshopId: string): LiveDoc {
    const live = this.get(workshopId);
    const entry = this.docs.get(workshopId);
    if (entry) {
      entry.holders += 1;
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
    }
    return live;
  }

  release(workshopId: string): void {
    const entry = this.docs.get(workshopId);
    if (!entry) return;
    entry.holders -= 1;
    if (entry.holders <= 0) this.scheduleUnload(workshopId);
  }

  /** Drops a document without compacting, e.g. after a failed write left memory ahead of disk. */
  evict(workshopId: string): void {
    const entry = this.docs.get(workshopId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.live.destroy();
    this.docs.delete(workshopId);
  }

  closeAll(): void {
    for (const [id, entry] of this.docs) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.live.compact(1);
      entry.live.destroy();
      this.docs.delete(id);
    }
  }

  private scheduleUnload(workshopId: string): void {
    const entry = this.docs.get(workshopId);
    if (!entry || entry.timer) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (entry.holders > 0) return;
      entry.live.compact(1);
      entry.live.destroy();
      this.docs.delete(workshopId);
    }, IDLE_UNLOAD_MS);
    entry.timer.unref();
  }
}
