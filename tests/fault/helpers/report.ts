import fs from 'node:fs';

/**
 * Figures of one run, printed, and appended as a JSON line to `FAULT_REPORT` when set, which is
 * where the figures in docs/reliability.md come from.
 */
export function reportRun(figures: Record<string, unknown>): void {
  const line = JSON.stringify(figures);
  console.log(`[fault] ${line}`);
  const file = process.env.FAULT_REPORT;
  if (file) fs.appendFileSync(file, `${line}\n`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
