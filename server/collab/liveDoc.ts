import * as Y from 'yjs';
import type { YjsRepo } from '../db/yjsRepo.ts';
import { syncStep2Message } from './messages.ts';

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
  /** Bytes stored for this document since it was compacted; bounds what participants may add. */
  bytes = 0;
  /** Set when an update could not be stored: memory is then ahead of disk. */
  storeFailed = false;
  /** The whole document as a sync step 2, for clients that have nothing yet; dropped on change. */
  private fullSync: Uint8Array | null = null;

  constructor(
    readonly workshopId: string,
    private readonly repo: YjsRepo,
  ) {
    const rows = repo.load(workshopId);
    if (rows.length > 0) {
      Y.applyUpdate(this.doc, Y.mergeUpdates(rows.map((r) => r.data)));
    }
    this.appended = rows.length;
    for (const row of rows) this.bytes += row.data.byteLength;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      try {
        this.repo.append(this.workshopId, update);
      } catch (error) {
        this.storeFailed = true;
        throw error;
      }
      this.appended += 1;
      this.bytes += update.byteLength;
      this.fullSync = null;
      for (const listener of this.listeners) listener(update, origin);
    });
  }

  /**
   * Sync step 2 answering a client's state vector. A hall joining at once sends the same empty
   * state vector a thousand times, so that answer is encoded once and reused until the next change.
   */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const empty = isEmptyStateVector(stateVector);
    if (empty && this.fullSync) return this.fullSync;
    const message = syncStep2Message(Y.encodeStateAsUpdate(this.doc, stateVector));
    if (empty) this.fullSync = message;
    return message;
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
    const merged = Y.encodeStateAsUpdate(this.doc);
    this.repo.compact(this.workshopId, last.seq, merged);
    this.appended = 1;
    this.bytes = merged.byteLength;
  }

  destroy(): void {
    this.listeners.clear();
    this.doc.destroy();
  }
}

/** A client that holds nothing sends the state vector of zero clients: one byte, 0. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
