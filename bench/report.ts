import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchConfig } from './cases/config.ts';
import { type HeldRun, heldMarkdown, heldTargets } from './held/heldReport.ts';
import { median, round } from './lib/stats.ts';

export interface RunRecord {
  run: number;
  n: number;
  target: 'samsyn' | 'bare' | 'yws' | 'hocus';
  metrics: Record<string, number>;
  error: string | null;
}
const TARGETS = ['samsyn', 'bare', 'yws', 'hocus'] as const;
const GATES = [
  'failedJoins',
  'missed',
  'diverged',
  'votesLost',
  'votesDoubled',
  'voteErrors',
  'votesMissingFromTally',
  'refused',
];

/** Correctness gates: any non-zero count, or a case that did not finish, fails the run. */
export function gatesFailed(records: RunRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    if (r.error) out.push(`${r.target} N=${r.n} run ${r.run + 1}: ${r.error}`);
    for (const g of GATES)
      if ((r.metrics[g] ?? 0) !== 0)
        out.push(`${r.target} N=${r.n} run ${r.run + 1}: ${g} = ${r.metrics[g]}`);
  }
  return out;
}

/** Medians per target, and Samsyn's ratios to each peer taken within each run, then their median. */
export function summarise(records: RunRecord[], sizes: number[]) {
  return sizes.map((n) => {
    const medians: Record<string, Record<string, number>> = {};
    for (const t of TARGETS) {
      const mine = records.filter((r) => r.n === n && r.target === t && !r.error);
      const keys = new Set(mine.flatMap((r) => Object.keys(r.metrics)));
      medians[t] = Object.fromEntries(
        [...keys].map((k) => [k, median(mine.map((r) => r.metrics[k] ?? Number.NaN))]),
      );
    }
    const ratios: Record<string, Record<string, number>> = {};
    for (const peer of ['bare', 'yws', 'hocus'] as const) {
      ratios[peer] = {};
      // Not RSS: its difference per participant can be near zero, which makes a ratio meaningless.
      for (const k of [
        'editP50',
        'editP95',
        'editP99',
        'toAllP50',
        'toAllP99',
        'burstMs',
        'heapKbPerParticipant',
      ]) {
        const perRun = records
          .filter((r) => r.n === n && r.target === 'samsyn' && !r.error)
          .map((s) => {
            const p = records.find((r) => r.n === n && r.run === s.run && r.target === peer && !r.error);
            return p ? (s.metrics[k] ?? Number.NaN) / (p.metrics[k] ?? Number.NaN) : Number.NaN;
          });
        ratios[peer][k] = median(perRun);
      }
    }
    return { n, medians, ratios };
  });
}
type Summary = ReturnType<typeof summarise>;

const f = (v: number | undefined, digits = 1) =>
  v === undefined || !Number.isFinite(v) ? '–' : String(round(v, digits));
const pct = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : `${Math.round(v * 100)} %`;

function table(s: Summary): string {
  const lines: string[] = [];
  for (const { n, medians, ratios } of s) {
    const m = (t: string, k: string) => medians[t]?.[k];
    lines.push(`\n### N = ${n}\n`);
    lines.push(
      '| co-editing (median of runs) | Samsyn | bare ws | y-websocket | Hocuspocus | Samsyn / bare | / y-websocket | / Hocuspocus |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    const row = (label: string, k: string, digits = 1) =>
      lines.push(
        `| ${label} | ${TARGETS.map((t) => f(m(t, k), digits)).join(' | ')} | ${(['bare', 'yws', 'hocus'] as const).map((p) => f(ratios[p]?.[k], 2)).join(' | ')} |`,
      );
    row('edit delivery p50 (ms)', 'editP50', 2);
    row('edit delivery p95 (ms)', 'editP95', 2);
    row('edit delivery p99 (ms)', 'editP99', 2);
    row('edit reaches everyone p50 (ms)', 'toAllP50', 2);
    row('edit reaches everyone p99 (ms)', 'toAllP99', 2);
    row('burst of 20 converged (ms)', 'burstMs');
    lines.push(
      `| server CPU while co-editing | ${TARGETS.map((t) => pct(m(t, 'serverCpu'))).join(' | ')} | | | |`,
    );
    lines.push(`| busiest generator's CPU | ${TARGETS.map((t) => pct(m(t, 'genCpu'))).join(' | ')} | | | |`);
    lines.push('');
    lines.push(
      '| server memory after a forced GC (median of runs) | Samsyn | bare ws | y-websocket | Hocuspocus | Samsyn / bare | / y-websocket | / Hocuspocus |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    row('heap used before the clients connect (MB)', 'heapMbBefore');
    row(`heap used with ${n} connected (MB)`, 'heapMbConnected');
    row('heap used per connected participant (KB)', 'heapKbPerParticipant');
    row('RSS before the clients connect (MB)', 'rssMbBefore');
    row(`RSS with ${n} connected (MB)`, 'rssMbConnected');
    row('RSS per connected participant (KB)', 'rssKbPerParticipant');
    lines.push('');
    lines.push('| Samsyn only | median |');
    lines.push('|---|---:|');
    const one = (label: string, k: string, digits = 1) =>
      lines.push(`| ${label} | ${f(m('samsyn', k), digits)} |`);
    one('join storm: all synced (ms)', 'joinAllSyncedMs', 0);
    one('join latency p50 (ms)', 'joinP50', 0);
    one('… of which the HTTP join p50 (ms)', 'joinHttpP50', 0);
    one('join latency p99 (ms)', 'joinP99', 0);
    one('bytes received per participant on join', 'joinBytes', 0);
    one('… of which HTTP (preview and join)', 'joinHttpBytes', 0);
    one('… of which Socket.IO (snapshot included)', 'joinSocketBytes', 0);
    one('… of which the Yjs document', 'joinDocBytes', 0);
    one('… of which the workshop snapshot', 'joinSnapshotBytes', 0);
    one('… overhead (the rest)', 'joinOverheadBytes', 0);
    lines.push(
      `| join: server CPU / busiest generator | ${pct(m('samsyn', 'joinServerCpu'))} / ${pct(m('samsyn', 'joinGenCpu'))} |`,
    );
    one(`vote ack p50 (ms)`, 'voteAckP50');
    one('vote ack p99 (ms)', 'voteAckP99');
    one('tally final after the last ack (ms)', 'tallyFinalMs', 0);
    one('tally broadcasts to the facilitator during the burst', 'tallyBroadcasts', 0);
    one('server CPU per voter (ms)', 'voteServerCpuMsPerVoter', 2);
    lines.push(`| idle: server CPU | ${pct(m('samsyn', 'idleServerCpu'))} |`);
    one('idle: bytes per participant per minute', 'idleBytesPerParticipantMin', 0);
    one('server RSS at the end (MB)', 'serverRssMb', 0);
  }
  return lines.join('\n');
}

type Phone = Record<string, unknown> | null;

/** The issue's targets, each judged on the median figures this run measured. */
function targets(s: Summary, phone: Phone): string[] {
  const at = (n: number) => s.find((x) => x.n === n);
  const out: string[] = [];
  const judge = (label: string, value: number | undefined, ok: (v: number) => boolean, shown: string) =>
    out.push(
      `- ${value === undefined || !Number.isFinite(value) ? '⏭' : ok(value) ? '✅' : '❌'} ${label}: ${shown}`,
    );
  const n300 = at(300);
  if (n300) {
    judge(
      'co-edit p50 ≤ 1.3 × bare ws at N = 300',
      n300.ratios.bare?.editP50,
      (v) => v <= 1.3,
      f(n300.ratios.bare?.editP50, 2),
    );
    judge(
      'co-edit p99 ≤ 1.5 × bare ws at N = 300',
      n300.ratios.bare?.editP99,
      (v) => v <= 1.5,
      f(n300.ratios.bare?.editP99, 2),
    );
    judge(
      'co-edit p99 ahead of Hocuspocus at N = 300',
      n300.ratios.hocus?.editP99,
      (v) => v < 1,
      f(n300.ratios.hocus?.editP99, 2),
    );
    judge(
      'co-edit p99 ≤ 1.1 × y-websocket at N = 300',
      n300.ratios.yws?.editP99,
      (v) => v <= 1.1,
      f(n300.ratios.yws?.editP99, 2),
    );
  }
  const big = at(1000) ?? s[s.length - 1];
  if (big) {
    const m = big.medians.samsyn ?? {};
    judge(
      `join storm of ${big.n} synced within 5 s`,
      m.joinAllSyncedMs,
      (v) => v <= 5000,
      `${f(m.joinAllSyncedMs, 0)} ms`,
    );
    judge(
      `join overhead under 1 KB beyond document and snapshot (N = ${big.n})`,
      m.joinOverheadBytes,
      (v) => v < 1024,
      `${f(m.joinOverheadBytes, 0)} B`,
    );
    judge(
      `vote ack p99 under 250 ms (N = ${big.n} × 5 dots)`,
      m.voteAckP99,
      (v) => v < 250,
      `${f(m.voteAckP99)} ms`,
    );
    // RSS, not heap: it also holds what sockets and buffers cost outside the JavaScript heap.
    judge(
      `server memory under 50 KB per idle participant (N = ${big.n}, RSS after a forced GC)`,
      m.rssKbPerParticipant,
      (v) => v < 50,
      `${f(m.rssKbPerParticipant)} KB (heap used: ${f(m.heapKbPerParticipant)} KB)`,
    );
  }
  if (s.length > 1) {
    const first = s[0]?.medians.samsyn ?? {};
    const last = s[s.length - 1]?.medians.samsyn ?? {};
    const growth = (k: string) => (last[k] ?? Number.NaN) / (first[k] ?? Number.NaN);
    judge(
      `join overhead does not grow with N (×${f(growth('joinOverheadBytes'), 2)} from N = ${s[0]?.n} to ${s[s.length - 1]?.n})`,
      growth('joinOverheadBytes'),
      (v) => v < 1.5,
      '',
    );
    judge(
      `vote server CPU per voter flat in N (×${f(growth('voteServerCpuMsPerVoter'), 2)})`,
      growth('voteServerCpuMsPerVoter'),
      (v) => v < 2,
      'cost grows with N, not N²',
    );
    judge(
      `idle bytes per participant flat in N (×${f(growth('idleBytesPerParticipantMin'), 2)})`,
      growth('idleBytesPerParticipantMin'),
      (v) => v < 1.5,
      'no N² presence or heartbeats',
    );
  }
  if (phone && !('error' in phone)) {
    const js = phone.jsGzip as number;
    const usable = phone.usableMedianMs as number;
    judge('participant view JS ≤ 120 KB gzip', js / 1024, (v) => v <= 120, `${f(js / 1024)} KB`);
    judge('usable within 3 s on slow 4G, 4× CPU', usable, (v) => v <= 3000, `${f(usable, 0)} ms`);
  }
  return out;
}

function phoneText(phone: Phone): string {
  if (!phone) return '';
  if ('error' in phone) return `\n## The phone\n\nNot measured: ${String(phone.error)}\n`;
  const kb = (b: unknown) => `${f((b as number) / 1024)} KB`;
  return [
    '\n## The phone\n',
    `| participant view (entry + live view + the ${String(phone.largestType)} view, the largest type) | raw | gzip | brotli |`,
    '|---|---:|---:|---:|',
    `| JavaScript | ${kb(phone.jsRaw)} | ${kb(phone.jsGzip)} | ${kb(phone.jsBrotli)} |`,
    `| CSS | ${kb(phone.cssRaw)} | ${kb(phone.cssGzip)} | ${kb(phone.cssBrotli)} |`,
    '',
    `Time to a usable join page (slow 4G, CPU 4× slower, median of ${String(phone.loads)}): **${f(phone.usableMedianMs as number, 0)} ms** (all: ${(phone.usableMs as number[]).map((v) => Math.round(v)).join(', ')} ms).`,
    `Per type (gzip): ${Object.entries((phone.jsGzipByType ?? {}) as Record<string, number>)
      .map(([type, bytes]) => `${type} ${kb(bytes)}`)
      .join(', ')}.`,
    `Files: ${(phone.files as string[]).join(', ')}.`,
    '',
  ].join('\n');
}

export async function writeReports(r: {
  cfg: BenchConfig;
  records: RunRecord[];
  summary: Summary;
  phone: Phone;
  failed: string[];
  seconds: number;
  held: HeldRun | null;
}) {
  const root = path.resolve(import.meta.dirname, '..');
  const outDir = r.cfg.out ? path.resolve(r.cfg.out) : path.join(root, 'bench/results');
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Linux ${os.release()}, Node ${process.version}`;
  const gates = r.failed.length
    ? `❌ ${r.failed.length} correctness gate(s) failed:\n${r.failed.map((g) => `- ${g}`).join('\n')}`
    : '✅ all correctness gates held: no vote lost or doubled, no failed join, no missed delivery, no diverged document';
  const body = [
    `Run ${new Date().toISOString()} on ${machine}; ${r.cfg.runs} interleaved run(s) per case${r.cfg.quick ? ' (--quick)' : ''}, ${Math.round(r.seconds)} s in all.`,
    '',
    gates,
    '',
    '## Targets',
    '',
    ...targets(r.summary, r.phone),
    ...heldTargets(r.held),
    table(r.summary),
    phoneText(r.phone),
    heldMarkdown(r.held),
  ].join('\n');
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `${date}${r.cfg.quick ? '-quick' : ''}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ date, machine, config: { ...r.cfg, only: r.cfg.only ? [...r.cfg.only] : null, coedit: r.cfg.coedit(300) }, gatesFailed: r.failed, summary: r.summary, phone: r.phone, records: r.records, held: r.held }, null, 1)}\n`,
  );
  // A quick or partial run is a smoke test; only a full run replaces the published figures.
  if (!r.cfg.quick && !r.cfg.only)
    await writeFile(
      r.cfg.out ? path.join(outDir, 'performance.md') : path.join(root, 'docs/performance.md'),
      performanceDoc(body),
    );
  return `${body}\nResults: ${path.relative(root, file)}\n`;
}

function performanceDoc(body: string): string {
  return `# Performance

Written by \`npm run bench\` (bench/run.ts); do not edit by hand. How it measures: bench/README.md
(memory: heap used and RSS of each server after a forced garbage collection, read over its inspector).

${body}

## Reproduce
\`\`\`sh
npm ci && npm run build
ulimit -n 8192     # N = 1,000 needs about 4,000 open files
npm run bench      # about 50 min (30 min of N = 100–1,000, then the load-held scenarios:
                   # a 10-minute soak and ≈ 10 min of the rest); \`-- --quick\` in about 4 min
npm run bench -- --only=soak --soak-minutes=180   # the three-hour session alone
\`\`\`
The machine is shared and noisy: compare the ratios (Samsyn / peer, taken within each run, median
over runs), not the absolute milliseconds, between machines or days.
`;
}
