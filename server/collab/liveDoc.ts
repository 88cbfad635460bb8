import * as random from 'lib0/random';
import * as Y from 'yjs';
import { LIMITS } from '../../shared/limits.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { TEXTS_KEY } from '../../shared/protocol/yjsDoc.ts';
import type { YjsClientRepo } from '../db/yjsClientRepo.ts';
import type { YjsRepo } from '../db/yjsRepo.ts';
import { LogCompactor } from './logCompactor.ts';
import { syncStep2Message } from './messages.ts';
import { checkUpdate, type WritePolicy } from './updateCheck.ts';

/** Origin for changes the server makes itself (new priority, merge). */
export const SERVER_ORIGIN = Symbol('server');

/** Called after an update is stored, for every update, with the Yjs origin that caused it. */
export type DocListener = (update: Uint8Array, origin: unknown) => void;

export type Written = { ok: true; touched: ReadonlySet<string> } | { ok: false; code: ErrorCode };

/** The stored log of a document could not be read; the document is not loaded. */
export class DocumentUnreadable extends Error {}

/**
 * One activity's Y.Doc in memory. Every update is appended to SQLite inside the doc's own
 * 'update' event, before any listener broadcasts it: an update nobody stored is never sent.
 */
export class LiveDoc {
  readonly doc = new Y.Doc({ gc: true });
  /** Client id → who first wrote with it (`p:…` or `f:…`). */
  private readonly owners: Map<number, string>;
  private readonly listeners = new Set<DocListener>();
  private readonly log: LogCompactor;
  /** Set when an update could not be stored: memory is then ahead of disk. */
  storeFailed = false;
  /** The whole document as a sync step 2, for clients that have nothing yet; dropped on change. */
  private fullSync: Uint8Array | null = null;
  private destroyed = false;

  /** Throws DocumentUnreadable, having changed nothing on disk, when the stored log is corrupt. */
  constructor(
    readonly docId: string,
    private readonly repo: YjsRepo,
    private readonly clients: YjsClientRepo,
    onCompactionError: (error: unknown) => void,
  ) {
    const rows = repo.load(docId);
    try {
      if (rows.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(rows.map((r) => r.data)));
    } catch (error) {
      this.doc.destroy();
      throw new DocumentUnreadable(String(error));
    }
    // Structs stored before updates were checked may wait for a dependency that never came: they
    // are not part of the document, must not reach joiners, and the next compaction drops them.
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
    this.doc.getMap(TEXTS_KEY);
    this.owners = clients.load(docId);
    // The server's own writes must not use an id someone owns or has written with.
    while (this.owners.has(this.doc.clientID) || Y.getState(this.doc.store, this.doc.clientID) > 0)
      this.doc.clientID = random.uint32();
    this.log = new LogCompactor(
      rows.reduce((sum, r) => sum + r.data.byteLength, 0),
      rows.length,
      () => this.compactNow(),
      onCompactionError,
      LIMITS.yjsDocumentBytes,
    );
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      try {
        this.repo.append(this.docId, update);
      } catch (error) {
        this.storeFailed = true;
        throw error;
      }
      this.log.appended(update.byteLength);
      this.fullSync = null;
      for (const listener of this.listeners) listener(update, origin);
    });
  }

  /** What the document counts as against LIMITS.yjsDocumentBytes (see LogCompactor). */
  get bytes(): number {
    return this.log.bytes;
  }

  /**
   * Applies a client's update if `policy` allows all of it, else nothing of it. Throws
   * MalformedUpdate for bytes that are not an update, and whatever storing it threw.
   */
  write(update: Uint8Array, policy: WritePolicy, origin: unknown): Written {
    const checked = checkUpdate(this.doc, this.owners, update, policy);
    if (!checked.ok) return checked;
    if (!checked.changes) return { ok: true, touched: checked.touched };
    if (!this.log.fits(update.byteLength)) return { ok: false, code: 'DOCUMENT_FULL' };
    if (checked.claims.length > 0) {
      this.clients.claim(this.docId, checked.claims, policy.owner);
      for (const client of checked.claims) this.owners.set(client, policy.owner);
    }
    Y.applyUpdate(this.doc, update, origin);
    const { pendingStructs, pendingDs } = this.doc.store;
    if (pendingStructs || pendingDs) {
      // The check let through something Yjs could not place: keep it out of memory and say so.
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      throw new Error('a checked update left pending structs');
    }
    return { ok: true, touched: checked.touched };
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

  /** Folds the stored log into one row if it holds more than one; before unloading. */
  compact(): void {
    if (this.log.rows > 1) this.log.compact();
  }

  /**
   * Replaces every stored row of this document with the document itself, in one transaction.
   * Memory holds exactly what the rows hold (each update is stored as it is applied, and only
   * this LiveDoc writes this document's rows), so the merge loses nothing; a crash before the
   * commit leaves the old rows.
   */
  private compactNow(): number | null {
    if (this.storeFailed || this.destroyed) return null;
    const upTo = this.repo.lastSeq(this.docId);
    if (upTo === null) return null;
    const merged = Y.encodeStateAsUpdate(this.doc);
    this.repo.compact(this.docId, upTo, merged);
    return merged.byteLength;
  }

  destroy(): void {
    this.destroyed = true;
    this.log.cancel();
    this.listeners.clear();
    this.doc.destroy();
  }
}

/** A client that holds nothing sends the state vector of zero clients: one byte, 0. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
