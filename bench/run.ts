import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configFrom, runs } from './cases/config.ts';
import { startGenerators } from './cases/generators.ts';
import { peerCase, seedFor } from './cases/peer.ts';
import { samsynCase } from './cases/samsyn.ts';
import { heldGatesFailed } from './held/heldReport.ts';
import { runHeld } from './held/runHeld.ts';
import { phone } from './phone.ts';
import { gatesFailed, type RunRecord, summarise, writeReports } from './report.ts';

/**
 * `npm run bench [-- --quick] [--runs=5] [--only=join,coedit,vote,idle,phone,dayOf20,soak,burstTail,storm]
 * [--sizes=100,300] [--soak-minutes=10] [--out=<dir>] [--no-build]` (load-held flags: held/heldConfig.ts)
 * Progress goes to stderr, the table to stdout; exits 1 when a correctness gate fails.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const cfg = configFrom(process.argv.slice(2));
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

// Measures what `npm start` would run: builds first when the build is missing or stale
// (`--no-build`: measure the build as it is, e.g. while others edit the sources).
if (!process.argv.includes('--no-build'))
  execSync('node scripts/build-if-needed.mjs', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

// Each participant holds two sockets on the generator side and two on the server side.
const fdLimit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 1024);
const sizes = cfg.sizes.filter((n) => {
  if (n * 4 + 200 <= fdLimit) return true;
  log(`skipping N = ${n}: open-file limit ${fdLimit} is too low (raise it with ulimit -n ${n * 4 + 200})`);
  return false;
});

const peerSeed = seedFor(cfg.priorities);
const gens = startGenerators(cfg.generators);
const records: RunRecord[] = [];
const started = Date.now();
const peerWorkload = runs(cfg, 'coedit');
const samsynWorkload = ['join', 'coedit', 'vote', 'idle'].some((w) => runs(cfg, w as 'join'));
for (let run = 0; run < cfg.runs; run++) {
  for (const n of sizes) {
    // Interleaved, and the order rotates per run, so drift on a shared machine hits every target alike.
    const targets = (['samsyn', 'bare', 'yws', 'hocus'] as const).filter((t) =>
      t === 'samsyn' ? samsynWorkload : peerWorkload,
    );
    const order = targets.map((_, i) => targets[(i + run) % targets.length] ?? 'samsyn');
    for (const target of order) {
      log(`run ${run + 1}/${cfg.runs}, N = ${n}, ${target}`);
      try {
        const metrics =
          target === 'samsyn'
            ? await samsynCase(gens, cfg, n, log)
            : await peerCase(gens, target, cfg, n, peerSeed, log);
        records.push({ run, n, target, metrics, error: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`  ${target} failed: ${message}`);
        records.push({ run, n, target, metrics: {}, error: message });
      }
    }
  }
}

await gens.stop();
const phoneResult = runs(cfg, 'phone')
  ? await phone(cfg.phoneLoads, log).catch((e: Error) => ({ error: e.message }))
  : null;
// Last: they pin the orchestrator to the load cores, and each starts its own server and generators.
const held = await runHeld(process.argv.slice(2), cfg.quick, cfg.only, log);
// Only load-held scenarios asked for: no empty tables of N.
const summary = summarise(records, records.length ? sizes : []);
const failed = [...gatesFailed(records), ...heldGatesFailed(held)];
const text = await writeReports({
  cfg,
  records,
  summary,
  phone: phoneResult,
  failed,
  seconds: (Date.now() - started) / 1000,
  held,
});
process.stdout.write(text);
if (failed.length) {
  log(`correctness gates failed: ${failed.join('; ')}`);
  process.exit(1);
}
process.exit(0);
