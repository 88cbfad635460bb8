// What the product must show of tests/fixtures/v1.sqlite after migrating: its README.md, checked
// against the file by hand.
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import type { Tally, WorkshopState } from '../../../shared/domain/workshop.ts';
import { V1 } from '../../fixtures/v1.ts';

const P = V1.priority;

/** The RUS workshop as README.md describes it: Bredband merged away, Klimatomställning hidden. */
export const RUS_STATE: WorkshopState = {
  ...V1.rus,
  date: '2025-03-14',
  place: 'Örebro slott',
  description: 'Workshop 1',
  phase: 'closed',
  locked: true,
  revealed: true,
  vote: { dotsPerParticipant: 5, maxPerPriority: 3 },
  priorities: [
    { id: P.kompetens, hidden: false, mergedFrom: [], createdBySector: null },
    { id: P.kollektivtrafik, hidden: false, mergedFrom: [], createdBySector: null },
    { id: P.klimat, hidden: true, mergedFrom: [], createdBySector: null },
    { id: P.unga, hidden: false, mergedFrom: [], createdBySector: 'public' },
    {
      id: P.digital,
      hidden: false,
      mergedFrom: [
        { priorityId: P.bredband, text: 'Bredband', createdBySector: null, mergedAt: V1.mergedAt },
      ],
      createdBySector: null,
    },
  ],
};

/** The merged-away Bredband keeps its key: merging never removes a text from the document. */
export const RUS_TEXTS = {
  [P.kompetens]: 'Kompetensförsörjning i hela länet',
  [P.kollektivtrafik]: 'Kollektivtrafik på landsbygden',
  [P.klimat]: 'Klimatomställning i näringslivet',
  [P.bredband]: 'Bredband',
  [P.unga]: 'Unga vuxnas psykiska hälsa',
  [P.digital]: 'Digital infrastruktur\nBredband',
};

/** Public 3+2, business 1+2+1, academia 3; nothing on the hidden priority. */
export const RUS_TALLY: Tally = {
  totalDots: 12,
  voters: 3,
  votersBySector: { ...emptyBySector(), public: 1, business: 1, academia: 1 },
  byPriority: {
    [P.kompetens]: { total: 4, bySector: { ...emptyBySector(), public: 3, business: 1 } },
    [P.kollektivtrafik]: { total: 1, bySector: { ...emptyBySector(), business: 1 } },
    [P.unga]: { total: 5, bySector: { ...emptyBySector(), public: 2, academia: 3 } },
    [P.digital]: { total: 2, bySector: { ...emptyBySector(), business: 2 } },
  },
};
