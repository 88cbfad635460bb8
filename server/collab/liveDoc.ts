import * as Y from 'yjs';
import type { YjsRepo } from '../db/yjsRepo.ts';

/** Origin for changes the server makes itself (new priority, merge). */
export const SERVER_ORIGIN = Symbol('server');

/** Called after an update is stored, for every update, with the Yjs origin that caused it. */
export type DocListener = (update: Uint8Array, origin: unknown) => void;

/**
 * One workshop's Y.Doc in memory. Every update is appended to SQLite inside the doc's own
 * 'update' event, before any listener broadcasts it: an update nobody stored is never sent.
 */
export class LiveDoc {
  readonly doc = new Y.Doc({ gc: true });
  private readonly listeners = new Set<DocListener>();
  private appended = 0;

  constructor(
    readonly workshopId: string,
    private readonly repo: YjsRepo,
  ) {
    const rows = repo.load(workshopId);
    if (rows.length > 0) {
      Y.applyUpdate(this.doc, Y.mergeUpdates(rows.map((r) => r.data)));
    }
    this.appended = rows.length;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.repo.append(this.workshopId, update);
      this.appended += 1;
      for (const listener of this.listeners) listener(update, origin);
    });
  }

  onUpdate(listener: DocListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Folds the stored log into one update when it has grown; safe at any time. */
  compact(minRows = 50): void {
    if (this.appended < minRows) return;
    const rows = this.repo.load(this.workshopId);
    const last = rows[rows.length - 1];
    if (!last) return;
    this.repo.compact(this.workshopId, last.seq, Y.encodeStateAsUpdate(this.doc));
    this.appended = 1;
  }

  destroy(): void {
    this.listeners.clear();
    this.doc.destroy();
  }
}
