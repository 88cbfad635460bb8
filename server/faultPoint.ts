/**
 * Test-only crash points. `SAMSYN_FAULT_KILL_AT=<name>` makes the process SIGKILL itself when it
 * reaches the point of that name, so the fault harness (tests/fault/compaction.test.ts) can stop
 * it between two steps of a multi-step write exactly, not by luck of timing. Unset (always, in
 * production) a point is one comparison. Points: see `FAULT_POINTS`.
 */
export const FAULT_POINTS = [
  /** A document's compaction (server/db/yjsRepo.ts): before its transaction begins… */
  'compact:begin',
  /** …after the old rows are deleted and before their merge is inserted… */
  'compact:deleted',
  /** …after the merge is inserted, before the commit… */
  'compact:inserted',
  /** …and after the commit. */
  'compact:committed',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

const armed = process.env.SAMSYN_FAULT_KILL_AT;

export function faultPoint(name: FaultPoint): void {
  if (armed === name) process.kill(process.pid, 'SIGKILL');
}
