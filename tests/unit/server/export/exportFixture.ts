import type { ExportData, ExportRow } from '../../../../server/export/exportData.ts';
import { emptyBySector } from '../../../../shared/domain/sectors.ts';
import type { PriorityMeta } from '../../../../shared/domain/workshop.ts';
import { priorityMeta } from '../../priorityMeta.ts';

const meta = priorityMeta;

/** A hidden row has no counted dots, as `gatherExport` makes it. */
export function row(rank: number, text: string, total = 0, extra: Partial<PriorityMeta> = {}): ExportRow {
  return {
    rank,
    text,
    meta: meta(`p${rank}xxxx`, extra),
    dots: extra.hidden ? null : { total, bySector: { ...emptyBySector(), public: total } },
  };
}

/** An export with hand-picked values, so each format's output can be checked exactly. */
export function exportData(rows: ExportRow[], overrides: Partial<ExportData['workshop']> = {}): ExportData {
  return {
    workshop: {
      id: 'w1xxxxxx',
      code: 'ABCDEFGH',
      title: 'Strategi för Örebro län',
      date: '2025-03-14',
      place: 'Lindesberg',
      description: '',
      phase: 'closed',
      locked: false,
      revealed: true,
      vote: { dotsPerParticipant: 5, maxPerPriority: 3 },
      createdBy: 'f1xxxxxx',
      createdAt: '2025-03-01T00:00:00.000Z',
      ...overrides,
    },
    vote: { dotsPerParticipant: 5, maxPerPriority: 3 },
    rows,
    joinedBySector: { ...emptyBySector(), public: 3, civil: 1 },
    votedBySector: { ...emptyBySector(), public: 2 },
    exportedAt: '2025-03-14T12:00:00.000Z',
  };
}
