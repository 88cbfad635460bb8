import { participantFiles, sizes } from './lib/bundle.ts';

/**
 * `npm run size`: the JavaScript a phone loads to take part in each activity type (gzip), from
 * the built client, and a failure when any is over the budget. Part of `npm test`, so a change
 * that makes a phone's download too big is red before it lands; docs/performance.md says why.
 */
const BUDGET_BYTES = 120 * 1024;

const rows = participantFiles()
  .map((f) => ({ type: f.type, gzip: sizes(f.js).gzip }))
  .sort((a, b) => b.gzip - a.gzip);
for (const r of rows)
  console.log(
    `${r.type.padEnd(10)} ${(r.gzip / 1024).toFixed(1).padStart(6)} KB  (${r.gzip} B)${r.gzip > BUDGET_BYTES ? '  over the budget' : ''}`,
  );
const over = rows.filter((r) => r.gzip > BUDGET_BYTES);
if (over.length > 0) {
  console.error(
    `Over the phone's budget of ${BUDGET_BYTES / 1024} KB (gzip): ${over.map((r) => r.type).join(', ')}`,
  );
  process.exit(1);
}
console.log(`All within the phone's budget of ${BUDGET_BYTES / 1024} KB (gzip).`);
