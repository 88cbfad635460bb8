import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type { TextVersion } from '../../shared/protocol/texts.ts';
import { nowIso } from '../db/ids.ts';
import type { TextVersionRepo, TextVersionRow, VersionAuthor } from '../db/textVersionRepo.ts';

/** A burst of typing becomes one version once the text has been quiet this long… */
const QUIET_MS = 4000;
/** …or after this long of continuous typing, so a long session still leaves versions behind. */
const MAX_WAIT_MS = 30_000;
/** Versions kept per text; the oldest go first. */
const KEEP = 50;

interface Pending {
  activityId: string;
  itemId: string;
  author: VersionAuthor;
  timer: NodeJS.Timeout;
  since: number;
}

/**
 * Keeps earlier versions of co-edited texts. Edits are not stored per keystroke (the Yjs log
 * already holds those); a version is the text as it stood after a burst of typing, so a
 * facilitator can bring back what a text said before someone emptied or defaced it.
 */
export class TextHistory {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly repo: TextVersionRepo,
    private readonly texts: {
      /** The text as it is now, or null when the item has no text (or its document is unreadable). */
      read(activityId: string, itemId: string): string | null;
      /** Replaces the whole text, as the server. */
      write(activityId: string, itemId: string, text: string): Result<null>;
    },
    private readonly now: () => number = Date.now,
  ) {}

  /** Someone changed the text; a version is written once they pause. */
  edited(activityId: string, itemId: string, author: VersionAuthor): void {
    const key = `${activityId}/${itemId}`;
    const current = this.pending.get(key);
    if (current) {
      clearTimeout(current.timer);
      current.author = author;
      if (this.now() - current.since >= MAX_WAIT_MS) {
        this.flushKey(key);
        return;
      }
      current.timer = this.schedule(key);
      return;
    }
    this.pending.set(key, { activityId, itemId, author, timer: this.schedule(key), since: this.now() });
  }

  /** Writes a version now, unless the text is the same as the newest one kept. */
  record(activityId: string, itemId: string, text: string, author: VersionAuthor): void {
    const [newest] = this.repo.list(activityId, itemId, 1);
    if (newest?.text === text) return;
    this.repo.add(activityId, itemId, text, author, nowIso(), KEEP);
  }

  /** Writes the pending version of one text (before a restore) or of all of them (at shutdown). */
  flush(activityId?: string, itemId?: string): void {
    if (activityId !== undefined && itemId !== undefined) this.flushKey(`${activityId}/${itemId}`);
    else for (const key of [...this.pending.keys()]) this.flushKey(key);
  }

  /** Forgets pending versions of an activity that is being deleted. */
  forget(activityId: string): void {
    for (const [key, p] of this.pending) {
      if (p.activityId !== activityId) continue;
      clearTimeout(p.timer);
      this.pending.delete(key);
    }
  }

  list(activityId: string, itemId: string): TextVersion[] {
    this.flushKey(`${activityId}/${itemId}`);
    return this.repo.list(activityId, itemId, KEEP).map(toTextVersion);
  }

  /**
   * Brings back an earlier version. What the text said just before is kept first, and the
   * restored text becomes the newest version, so a restore is undone the same way.
   */
  restore(activityId: string, itemId: string, versionId: number): Result<null> {
    const version = this.repo.get(activityId, itemId, versionId);
    if (!version) return fail('NOT_FOUND');
    this.flushKey(`${activityId}/${itemId}`);
    const before = this.texts.read(activityId, itemId);
    if (before === null) return fail('NOT_FOUND');
    this.record(activityId, itemId, before, FACILITATOR_AUTHOR);
    const written = this.texts.write(activityId, itemId, version.text);
    if (!written.ok) return written;
    this.record(activityId, itemId, version.text, FACILITATOR_AUTHOR);
    return ok(null);
  }

  private schedule(key: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.flushKey(key), QUIET_MS);
    timer.unref();
    return timer;
  }

  private flushKey(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(key);
    const text = this.texts.read(p.activityId, p.itemId);
    if (text !== null) this.record(p.activityId, p.itemId, text, p.author);
  }
}

function toTextVersion(row: TextVersionRow): TextVersion {
  let by: TextVersion['by'];
  if (row.author === null) by = { kind: 'server' };
  else if (row.author === FACILITATOR_AUTHOR || row.sector === null) by = { kind: 'facilitator' };
  else by = { kind: 'participant', name: row.displayName || null, sector: row.sector };
  return { id: row.id, text: row.text, at: row.createdAt, by };
}

/** Stored as the author of versions a facilitator wrote; facilitators are not named to the room. */
export const FACILITATOR_AUTHOR = 'facilitator';
