import { round } from '../lib/stats.ts';
import type { HeldConfig } from './heldConfig.ts';
import { SATURATED } from './heldGenerators.ts';
import type { HeldRecord } from './runHeld.ts';
import { FLAT } from './soakWindows.ts';

export interface HeldRun {
  records: HeldRecord[];
  cfg: HeldConfig;
  pinned: string;
}

/** Correctness (and, for a soak of 10 minutes or more, flatness): any non-zero fails the run. */
const GATES = [
  'failedJoins',
  'missed',
  'diverged',
  'lengthMismatch',
  'refused',
  'votesLost',
  'votesDoubled',
  'voteErrors',
  'failedReconnects',
  'mineMismatch',
  'editsNotOnce',
  'latencyDrifted',
  'heapDrifted',
  'rssDrifted',
  'logUnbounded',
];

export function heldGatesFailed(run: HeldRun | null): string[] {
  const out: string[] = [];
  for (const r of run?.records ?? []) {
    if (r.error) out.push(`${r.scenario}: ${r.error}`);
    for (const g of GATES) if ((r.metrics[g] ?? 0) !== 0) out.push(`${r.scenario}: ${g} = ${r.metrics[g]}`);
  }
  return out;
}

const f = (v: number | undefined, digits = 1) =>
  v === undefined || !Number.isFinite(v) ? '–' : String(round(v, digits));
const pct = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : `${Math.round(v * 100)} %`;
const judge = (label: string, v: number | undefined, ok: (v: number) => boolean, shown: string) =>
  `- ${v === undefined || !Number.isFinite(v) ? '⏭' : ok(v) ? '✅' : '❌'} ${label}: ${shown}`;

/** The load-held targets, judged on this run's figures. */
export function heldTargets(run: HeldRun | null): string[] {
  const out: string[] = [];
  const m = (s: string) => run?.records.find((r) => r.scenario === s && !r.error)?.metrics;
  const day = m('dayOf20');
  if (day) {
    const label = `${day.workshops} workshops of ${day.people} at once`;
    out.push(
      judge(
        `${label}: edit delivery p99 ≤ 100 ms in every workshop`,
        day.editP99Worst,
        (v) => v <= 100,
        `worst ${f(day.editP99Worst)} ms`,
      ),
    );
    out.push(
      judge(
        `${label}: vote ack p99 ≤ 250 ms in every workshop`,
        day.voteP99Worst,
        (v) => v <= 250,
        `worst ${f(day.voteP99Worst)} ms`,
      ),
    );
  }
  const soak = m('soak');
  if (soak) {
    const flat =
      (soak.latencyDriftSeen ?? 1) +
      (soak.heapDriftSeen ?? 1) +
      (soak.rssDriftSeen ?? 1) +
      (soak.logUnbounded ?? 1);
    out.push(
      judge(
        `${soak.people} typing for ${soak.minutes} min: latency, memory and the stored log flat${soak.driftGated ? '' : ' (reported, not gated under 10 min)'}`,
        flat,
        (v) => v === 0,
        `p99 ×${f(soak.p99Drift, 2)}, heap ${f(soak.heapGrowthMb)} MB, RSS ${f(soak.rssGrowthMb)} MB, log ≤ ${f(soak.rowsMax, 0)} rows, ${f(soak.compactions, 0)} compactions`,
      ),
    );
  }
  const burst = m('burstTail');
  if (burst)
    out.push(
      judge(
        'co-edit p99 during a vote burst and joins ≤ 2 × without',
        burst.p99Ratio,
        (v) => v <= 2,
        `×${f(burst.p99Ratio, 2)} (p99.9 ×${f(burst.p999Ratio, 2)})`,
      ),
    );
  const storm = m('storm');
  if (storm)
    out.push(
      judge(
        `reconnect storm of ${storm.phones} phones resynced within 5 s, state intact`,
        storm.allResyncedMs,
        (v) => v <= 5000,
        `${f(storm.allResyncedMs, 0)} ms`,
      ),
    );
  return out;
}

/** The "Load held" section of docs/performance.md. */
export function heldMarkdown(run: HeldRun | null): string {
  if (!run || run.records.length === 0) return '';
  const lines = [
    '\n## Load held\n',
    `Cores: ${run.pinned}. Generators' CPU is each one's own \`process.cpuUsage\`; a run where a generator (or the generators sharing one pinned core) reached ${pct(SATURATED)} of a core is marked unreliable.\n`,
  ];
  for (const r of run.records) {
    const m = r.metrics;
    if (r.error) {
      lines.push(`### ${r.scenario}\n\nDid not finish: ${r.error}\n`);
      continue;
    }
    const gen = `server CPU ${pct(m.serverCpu)}, RSS peak ${f(m.serverRssPeakMb, 0)} MB; generators ${((r.detail.genCpu as number[]) ?? []).map(pct).join(' + ')}${m.genSaturated ? ' — ⚠ a generator saturated its core: unreliable' : ''}`;
    if (r.scenario === 'dayOf20') {
      lines.push(`### ${m.workshops} workshops of ${m.people} at once (the county-wide dialogue day)\n`);
      lines.push(
        'Everyone joins, then in every workshop ten people co-edit the list in turn while everyone places five dots on a second list.\n',
      );
      lines.push(
        '| workshop | edit p50 (ms) | edit p99 (ms) | edit reaches all p99 (ms) | vote ack p50 (ms) | vote ack p99 (ms) |',
      );
      lines.push('|---:|---:|---:|---:|---:|---:|');
      for (const w of (r.detail.rows ?? []) as Array<Record<string, number>>)
        lines.push(
          `| ${w.w} | ${f(w.editP50)} | ${f(w.editP99)} | ${f(w.toAllP99)} | ${f(w.voteP50)} | ${f(w.voteP99)} |`,
        );
      lines.push(
        '',
        `${gen}; after a forced GC: heap ${f(m.heapAfterGcMb)} MB, RSS ${f(m.rssAfterGcMb)} MB.\n`,
      );
    } else if (r.scenario === 'soak') {
      lines.push(`### ${m.people} people typing for ${m.minutes} min\n`);
      lines.push(
        `${f(m.keystrokesPerSecond)} keystrokes a second (one Yjs update and one stored row each), a probe a second. Windows of ${f(m.windowMinutes)} min; drift = last window against the ${(m.minutes ?? 0) >= 3 * (m.windowMinutes ?? 0) ? 'second' : 'first'} (the first holds the arrivals). Bounds: p99 ≤ ×${FLAT.p99Factor} + ${FLAT.p99SlackMs} ms, heap after GC +${FLAT.heapGrowthMb} MB, RSS +${FLAT.rssGrowthMb} MB, stored log ≤ ${FLAT.rowsMax} rows${m.driftGated ? '' : '; a soak under 10 min reports drift without gating on it'}.\n`,
      );
      lines.push(
        '| window | edit p50 (ms) | edit p99 (ms) | probes | keystrokes | RSS max / last (MB) | heap after GC (MB) | log rows max | log KB max | compactions |',
      );
      lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const w of (r.detail.windows ?? []) as Array<Record<string, number>>)
        lines.push(
          `| ${w.window} | ${f(w.p50)} | ${f(w.p99)} | ${w.probes} | ${w.keystrokes} | ${f(w.rssMaxMb, 0)} / ${f(w.rssLastMb, 0)} | ${f(w.heapAfterGcMb)} | ${w.rowsMax} | ${f(w.logKbMax, 0)} | ${w.compactions} |`,
        );
      lines.push(
        '',
        `Drift: p99 ${f(m.p99BaseMs)} → ${f(m.p99LastMs)} ms (×${f(m.p99Drift, 2)}, slope ${f(m.p99SlopeMsPerHour)} ms/h); heap ${f(m.heapGrowthMb)} MB (${f(m.heapSlopeMbPerHour)} MB/h); RSS ${f(m.rssGrowthMb)} MB (${f(m.rssSlopeMbPerHour)} MB/h); ${f(m.compactions, 0)} compactions seen, log ${f(m.finalRows, 0)} rows / ${f(m.finalLogKb, 0)} KB at the end. ${gen}.\n`,
      );
    } else if (r.scenario === 'burstTail') {
      lines.push(`### Co-editing tail during a vote burst (${m.people} in the room, ${m.joiners} joining)\n`);
      lines.push('| co-edit delivery (ms) | p50 | p99 | p99.9 | samples |', '|---|---:|---:|---:|---:|');
      lines.push(`| alone | ${f(m.quietP50)} | ${f(m.quietP99)} | ${f(m.quietP999)} | ${m.samplesQuiet} |`);
      lines.push(
        `| during the vote burst and joins | ${f(m.burstP50)} | ${f(m.burstP99)} | ${f(m.burstP999)} | ${m.samplesBurst} |`,
      );
      lines.push(
        `| ratio | ${f((m.burstP50 ?? Number.NaN) / (m.quietP50 ?? Number.NaN), 2)} | ${f(m.p99Ratio, 2)} | ${f(m.p999Ratio, 2)} | |`,
      );
      lines.push(
        '',
        `Vote ack p50/p99 ${f(m.voteAckP50)} / ${f(m.voteAckP99)} ms; late joins p99 ${f(m.lateJoinP99, 0)} ms. ${gen}.\n`,
      );
    } else if (r.scenario === 'storm') {
      lines.push(`### Reconnect storm of ${m.phones} phones that hold state\n`);
      lines.push(
        `Every phone voted (${m.ackedDots} dots acknowledged), ${m.writers} wrote in the list; all dropped at once and came back at once asking only for what they lacked, ${m.offlineEdits} with an edit made offline.\n`,
      );
      lines.push('| | |', '|---|---:|');
      lines.push(`| all resynced (ms) | ${f(m.allResyncedMs, 0)} |`);
      lines.push(`| resync per phone p50 / p99 (ms) | ${f(m.resyncP50, 0)} / ${f(m.resyncP99, 0)} |`);
      lines.push(
        `| bytes per phone, median / p99 | ${f(m.bytesPerPhoneMedian, 0)} / ${f(m.bytesPerPhoneP99, 0)} |`,
      );
      lines.push(`| … of which Yjs (median) | ${f(m.yjsBytesPerPhoneMedian, 0)} |`);
      lines.push(
        `| state intact: votes lost / doubled / not back on the phone | ${m.votesLost} / ${m.votesDoubled} / ${m.mineMismatch} |`,
      );
      lines.push(
        `| state intact: edits not exactly once / diverged replicas | ${m.editsNotOnce} / ${m.diverged} |`,
      );
      lines.push('', `${gen}.\n`);
    }
  }
  return lines.join('\n');
}
