/** Log bytes since the last compaction that start one off the hot path, at the least… */
const COMPACT_MIN_BYTES = 256 * 1024;
/** …and at least this fraction of the document, so a large one is not rewritten every few keystrokes. */
const COMPACT_FRACTION = 4;
/** Rows since the last compaction that start one anyway: loading merges every row. */
const COMPACT_ROWS = 2000;
/** A write that would pass the bound compacts at once if the log could shrink by this much. */
const COMPACT_BEFORE_REFUSING = 64 * 1024;

/**
 * Counts a document's stored log and decides when to compact it, so that the bound on a
 * document's size measures the document and not how much was ever typed into it. The count is
 * the size of the last compaction (the document then) plus every update stored since: at most
 * the larger of 256 KiB and a quarter of the document above the document's own size.
 */
export class LogCompactor {
  private base: number;
  private since: number;
  /** Rows in the stored log. */
  rows: number;
  private pending: NodeJS.Immediate | null = null;

  constructor(
    loadedBytes: number,
    loadedRows: number,
    /** Compacts; returns the merged size, or null if it did not. */
    private readonly run: () => number | null,
    private readonly onError: (error: unknown) => void,
    private readonly limit: number,
  ) {
    this.base = loadedRows === 1 ? loadedBytes : 0;
    this.since = loadedRows === 1 ? 0 : loadedBytes;
    this.rows = loadedRows;
    if (this.due()) this.schedule();
  }

  get bytes(): number {
    return this.base + this.since;
  }

  appended(bytes: number): void {
    this.since += bytes;
    this.rows += 1;
    if (this.due()) this.schedule();
  }

  /** Whether `bytes` more keep the document within its bound, compacting first if that may help. */
  fits(bytes: number): boolean {
    if (this.bytes + bytes <= this.limit) return true;
    if (this.since >= COMPACT_BEFORE_REFUSING) this.compact();
    return this.bytes + bytes <= this.limit;
  }

  compact(): void {
    this.cancel();
    try {
      const size = this.run();
      if (size === null) return;
      this.base = size;
      this.since = 0;
      this.rows = 1;
    } catch (error) {
      // The compaction is one transaction: on failure the old rows are all still there.
      this.onError(error);
    }
  }

  cancel(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = null;
  }

  private due(): boolean {
    return (
      this.since >= Math.max(COMPACT_MIN_BYTES, this.base / COMPACT_FRACTION) || this.rows > COMPACT_ROWS
    );
  }

  /** After the current message: the update that made it due is acknowledged first. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = setImmediate(() => {
      this.pending = null;
      this.compact();
    });
  }
}
