import type { YjsClientRepo } from '../db/yjsClientRepo.ts';
import type { YjsRepo } from '../db/yjsRepo.ts';
import type { Log } from '../log.ts';
import { LiveDoc } from './liveDoc.ts';

/** How long a document stays in memory after its last connection leaves. */
const IDLE_UNLOAD_MS = 60_000;
/** How long a document that failed to load is answered as unreadable before it is read again. */
const UNREADABLE_RETRY_MS = 60_000;

/**
 * Loads each activity's document once and shares it between the Yjs endpoint and the
 * services that write to it. Documents nobody holds are compacted and unloaded.
 */
export class DocRegistry {
  private readonly docs = new Map<string, { live: LiveDoc; holders: number; timer: NodeJS.Timeout | null }>();
  /** Documents whose stored log could not be read, and when that was found. */
  private readonly unreadable = new Map<string, number>();

  constructor(
    private readonly repo: YjsRepo,
    private readonly clients: YjsClientRepo,
    private readonly log: Log,
  ) {}

  /**
   * The document, loaded if needed; null when its stored log cannot be read (nothing on disk is
   * touched then). Callers that keep it must `hold` and later `release`.
   */
  get(docId: string): LiveDoc | null {
    let entry = this.docs.get(docId);
    if (entry) return entry.live;
    const failedAt = this.unreadable.get(docId);
    // Reconnecting clients would otherwise read and fail on the whole log again and again.
    if (failedAt !== undefined && Date.now() - failedAt < UNREADABLE_RETRY_MS) return null;
    let live: LiveDoc;
    try {
      live = new LiveDoc(docId, this.repo, this.clients, (error) =>
        this.log.warn('yjs compaction failed', { docId, error: String(error) }),
      );
    } catch (error) {
      this.log.warn('yjs document unreadable', { docId, error: String(error) });
      this.unreadable.set(docId, Date.now());
      return null;
    }
    this.unreadable.delete(docId);
    entry = { live, holders: 0, timer: null };
    this.docs.set(docId, entry);
    this.scheduleUnload(docId);
    return live;
  }

  hold(docId: string): LiveDoc | null {
    const live = this.get(docId);
    const entry = this.docs.get(docId);
    if (entry) {
      entry.holders += 1;
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
    }
    return live;
  }

  release(docId: string): void {
    const entry = this.docs.get(docId);
    if (!entry) return;
    entry.holders -= 1;
    if (entry.holders <= 0) this.scheduleUnload(docId);
  }

  /** Drops a document without compacting, e.g. after a failed write left memory ahead of disk. */
  evict(docId: string): void {
    this.unreadable.delete(docId);
    const entry = this.docs.get(docId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.live.destroy();
    this.docs.delete(docId);
  }

  closeAll(): void {
    for (const [id, entry] of this.docs) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.live.compact();
      entry.live.destroy();
      this.docs.delete(id);
    }
  }

  private scheduleUnload(docId: string): void {
    const entry = this.docs.get(docId);
    if (!entry || entry.timer) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (entry.holders > 0) return;
      entry.live.compact();
      entry.live.destroy();
      this.docs.delete(docId);
    }, IDLE_UNLOAD_MS);
    entry.timer.unref();
  }
}
