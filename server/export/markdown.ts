import { SECTORS } from '../../shared/domain/sectors.ts';
import { countCells, type ExportData } from './exportData.ts';
import type { Labels } from './labels.ts';

/** Characters that would change a Markdown table or inline text. */
const md = (text: string) => text.replace(/([\\`*_[\]|<>#&])/g, '\\$1').replace(/\r?\n/g, '<br>');

export function toMarkdown(data: ExportData, l: Labels): string {
  const { workshop: w } = data;
  const out: string[] = [
    `# ${md(w.title)}`,
    '',
    `- **${l.date}:** ${w.date}`,
    `- **${l.place}:** ${md(w.place) || '–'}`,
    `- **${l.code}:** ${w.code}`,
    `- **${l.voteRules}:** ${
      data.vote
        ? `${data.vote.dotsPerParticipant} ${l.dotsPerParticipant.toLowerCase()}, ${l.maxPerPriority.toLowerCase()} ${data.vote.maxPerPriority}`
        : l.noVote
    }`,
    `- **${l.exportedAt}:** ${data.exportedAt}`,
    '',
  ];
  if (w.description) out.push(md(w.description), '');
  out.push(`## ${l.priorities}`, '');
  out.push(`| ${l.rank} | ${l.priority} | ${l.total} | ${SECTORS.map((s) => l.sectors[s]).join(' | ')} |`);
  out.push(`|---:|---|---:|${SECTORS.map(() => '---:').join('|')}|`);
  for (const r of data.rows) {
    const text = `${md(r.text)}${r.dots ? '' : ` (${l.notCounted})`}`;
    out.push(`| ${r.rank} | ${text} | ${countCells(r.dots).join(' | ')} |`);
  }
  if (data.rows.some((r) => !r.dots)) out.push('', l.hiddenNote);
  const merged = data.rows.filter((r) => r.meta.mergedFrom.length > 0);
  if (merged.length > 0) {
    out.push('', `### ${l.mergedFrom}`, '');
    for (const r of merged) {
      out.push(`- ${r.rank}. ${md(firstLine(r.text))}`);
      for (const p of r.meta.mergedFrom) {
        const origin = p.createdBySector ? l.sectors[p.createdBySector] : l.seeded;
        out.push(`  - ${md(p.text)} (${origin})`);
      }
    }
  }
  out.push('', `## ${l.participants}`, '', `| ${l.sector} | ${l.joined} | ${l.voted} |`, '|---|---:|---:|');
  for (const s of SECTORS)
    out.push(`| ${l.sectors[s]} | ${data.joinedBySector[s]} | ${data.votedBySector[s]} |`);
  out.push('');
  return out.join('\n');
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
