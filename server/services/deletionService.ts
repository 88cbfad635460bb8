import type { DeletedRow, DeletionReason } from '../db/deletionRepo.ts';
import { type EraseOutcome, emptyWal } from '../db/eraseFreed.ts';
import type { Log } from '../log.ts';
import type { Engine } from './engine.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DeletionRules {
  /** Days a deleted workshop can be restored by its owner; 0: purged at the next sweep. */
  graceDays: number;
  /** Workshops with no sign of life for this many days are purged; null: kept until deleted. */
  retentionDays: number | null;
}

export interface SweepOutcome {
  purged: number;
  /** The erasure of freed pages after purging; null when nothing was purged or owed. */
  erase: EraseOutcome | null;
}

/** A deleted workshop as its owner sees it in the list of deleted workshops. */
export type DeletedWorkshopRecord = DeletedRow & { purgeAt: string };

/**
 * Deleting a workshop in two steps. `remove` hides it from everyone at once (connections closed,
 * joins and links refused) and writes who did it in the deletion log; its owner can restore it
 * for `graceDays`. A purge deletes its rows, zeroed as they go (secure_delete), and empties the
 * WAL that still held them (eraseFreed.ts): on the owner's "delete for good", or at the sweep
 * once the grace period or the retention rule says so. The clock is a parameter so the rules
 * can be tested over days in milliseconds.
 */
export class DeletionService {
  private readonly restoredListeners: Array<(workshopId: string, activityIds: string[]) => void> = [];
  /** The last erasure could not empty the WAL: the next sweep tries again. */
  private eraseOwed = false;

  constructor(
    private readonly engine: Engine,
    private readonly rules: DeletionRules,
    private readonly log: Log,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Hides the workshop; false if there is no such (undeleted) workshop. */
  remove(workshopId: string, facilitatorId: string): boolean {
    const { repos } = this.engine;
    if (!repos.workshops.get(workshopId)) return false;
    const at = this.now().toISOString();
    repos.transaction(() => {
      repos.deletions.markDeleted(workshopId, facilitatorId, at);
      repos.deletions.log({ workshopId, action: 'deleted', actor: facilitatorId, reason: 'owner', at });
    });
    this.close(workshopId);
    return true;
  }

  /** The facilitator's deleted workshops that they own, newest first, with when each is purged. */
  deletedOwnedBy(facilitatorId: string): DeletedWorkshopRecord[] {
    return this.engine.repos.deletions.ownedDeleted(facilitatorId).map((w) => ({
      ...w,
      purgeAt: new Date(Date.parse(w.deletedAt) + this.rules.graceDays * DAY_MS).toISOString(),
    }));
  }

  restore(workshopId: string, facilitatorId: string): boolean {
    if (!this.ownsDeleted(workshopId, facilitatorId)) return false;
    const { repos, store } = this.engine;
    const at = this.now().toISOString();
    repos.transaction(() => {
      repos.deletions.restore(workshopId);
      repos.deletions.log({ workshopId, action: 'restored', actor: facilitatorId, reason: 'owner', at });
    });
    const activityIds = store.agenda(workshopId).map((a) => a.id);
    for (const listener of this.restoredListeners) listener(workshopId, activityIds);
    return true;
  }

  /** "Delete for good": the owner purges a deleted workshop now instead of at the end of the grace. */
  purgeNow(workshopId: string, facilitatorId: string): EraseOutcome | null {
    if (!this.ownsDeleted(workshopId, facilitatorId)) return null;
    this.purge([workshopId], facilitatorId, 'owner');
    return this.erase();
  }

  /** Purges what the grace period and the retention rule say is due; run by the schedule. */
  sweep(): SweepOutcome {
    const { deletions } = this.engine.repos;
    const now = this.now().getTime();
    const graceEnded = deletions.deletedBefore(new Date(now - this.rules.graceDays * DAY_MS).toISOString());
    const { retentionDays } = this.rules;
    const idle =
      retentionDays === null
        ? []
        : deletions.idleBefore(new Date(now - retentionDays * DAY_MS).toISOString());
    // Still live: its connections are closed and caches dropped before its rows go.
    for (const workshopId of idle) this.close(workshopId);
    this.purge(graceEnded, null, 'grace');
    this.purge(idle, null, 'retention');
    const purged = graceEnded.length + idle.length;
    if (purged > 0) this.log.info('purged workshops', { grace: graceEnded.length, retention: idle.length });
    return { purged, erase: purged > 0 || this.eraseOwed ? this.erase() : null };
  }

  /** Runs the sweep now and then every `everyMs`; a failed sweep is logged and tried again. */
  schedule(everyMs: number): { stop(): void } {
    const run = () => {
      try {
        this.sweep();
      } catch (error) {
        this.log.warn('deletion sweep failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    };
    run();
    const timer = setInterval(run, everyMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  /** Called after a workshop is restored, so timers still running in it are armed again. */
  onRestored(listener: (workshopId: string, activityIds: string[]) => void): void {
    this.restoredListeners.push(listener);
  }

  private ownsDeleted(workshopId: string, facilitatorId: string): boolean {
    return this.engine.repos.deletions.ownedDeleted(facilitatorId).some((w) => w.id === workshopId);
  }

  /** Ends every connection to the workshop and forgets what is cached of it. */
  private close(workshopId: string): void {
    const { store, docs, events } = this.engine;
    const activityIds = store.agenda(workshopId).map((a) => a.id);
    events.emit('deleted', workshopId, activityIds);
    for (const activityId of activityIds) docs.evict(activityId);
    this.engine.forget(workshopId);
  }

  private purge(workshopIds: string[], actor: string | null, reason: DeletionReason): void {
    if (workshopIds.length === 0) return;
    const { repos } = this.engine;
    const at = this.now().toISOString();
    repos.transaction(() => {
      for (const workshopId of workshopIds) {
        if (repos.deletions.erase(workshopId))
          repos.deletions.log({ workshopId, action: 'purged', actor, reason, at });
      }
    });
  }

  private erase(): EraseOutcome {
    const outcome = emptyWal(this.engine.repos.db);
    this.eraseOwed = !outcome.complete;
    if (!outcome.complete)
      this.log.warn('the WAL could not be emptied after a purge; the next sweep tries again');
    return outcome;
  }
}
