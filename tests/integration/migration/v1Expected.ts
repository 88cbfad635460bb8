// What the product must show of tests/fixtures/v1.sqlite after migrating: its README.md, checked
// against the file by hand. The agenda migration (step 5) gives each workshop a list and a dot
// voting with new random ids, so the expectations take those ids.
import type { DotsView, Tally } from '../../../shared/activities/dots/types.ts';
import type { ListView } from '../../../shared/activities/list/types.ts';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { V1 } from '../../fixtures/v1.ts';

const P = V1.priority;

/** The ids the migration gave a workshop's two activities. */
export interface AgendaIds {
  listId: string;
  dotsId: string;
}

const INFO = { date: '2025-03-14', place: 'Örebro slott', description: 'Workshop 1' };
/** Workshops from before the settings asked for names and showed them: they keep doing so. */
const SETTINGS = { names: 'shown', wordFilter: true, dialogue: null, joinsOpen: true } as const;

/**
 * The RUS workshop (phase `closed`, locked, revealed, 5 dots at most 3 per priority): a closed,
 * locked list; a closed dot voting with its results revealed; the dot voting live.
 */
export const rusState = ({ listId, dotsId }: AgendaIds): WorkshopState => ({
  ...V1.rus,
  ...INFO,
  settings: SETTINGS,
  liveActivityId: dotsId,
  agenda: [
    {
      id: listId,
      type: 'list',
      title: '',
      status: 'closed',
      locked: true,
      revealed: false,
      config: { prompt: '' },
    },
    {
      id: dotsId,
      type: 'dots',
      title: '',
      status: 'closed',
      locked: false,
      revealed: true,
      config: { sourceActivityId: listId, dotsPerParticipant: 5, maxPerPriority: 3 },
    },
  ],
});

/** The empty workshop (collecting, no vote yet): the list open and live, the dot voting a draft. */
export const emptyState = ({ listId, dotsId }: AgendaIds): WorkshopState => ({
  ...V1.empty,
  ...INFO,
  settings: SETTINGS,
  liveActivityId: listId,
  agenda: [
    {
      id: listId,
      type: 'list',
      title: '',
      status: 'open',
      locked: false,
      revealed: false,
      config: { prompt: '' },
    },
    {
      id: dotsId,
      type: 'dots',
      title: '',
      status: 'draft',
      locked: false,
      revealed: false,
      config: { sourceActivityId: listId, dotsPerParticipant: 5, maxPerPriority: 3 },
    },
  ],
});

/** The list as README.md describes it: Bredband merged away, Klimatomställning hidden. */
export const RUS_LIST: ListView = {
  items: [
    { id: P.kompetens, hidden: false, mergedFrom: [], createdBySector: null, n: 1 },
    { id: P.kollektivtrafik, hidden: false, mergedFrom: [], createdBySector: null, n: 2 },
    { id: P.klimat, hidden: true, mergedFrom: [], createdBySector: null, n: 3 },
    // Bredband, merged away, keeps number 4: numbers are by creation, never reused.
    { id: P.unga, hidden: false, mergedFrom: [], createdBySector: 'public', n: 5 },
    {
      id: P.digital,
      hidden: false,
      mergedFrom: [
        { priorityId: P.bredband, text: 'Bredband', createdBySector: null, mergedAt: V1.mergedAt },
      ],
      createdBySector: null,
      n: 6,
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

/**
 * What the list's Yjs document holds once the server has started: the hidden Klimatomställning's
 * text is moved out of it (into `items.hidden_text`, server/activities/list/hide.ts), so no
 * participant or projector receives it.
 */
export const RUS_DOC_TEXTS: Record<string, string> = Object.fromEntries(
  Object.entries(RUS_TEXTS).filter(([id]) => id !== P.klimat),
);

/** The facilitators' view of the list: the room's, and the hidden item's kept text. */
export const RUS_STAFF_LIST: ListView = { ...RUS_LIST, hiddenTexts: { [P.klimat]: RUS_TEXTS[P.klimat] } };

/** What the dot voting votes on: the list's active items in its order, labelled; a hidden one blank. */
export const RUS_VOTE_ITEMS: DotsView = {
  items: RUS_LIST.items.map(({ id, hidden, n, mergedFrom }) => ({
    id,
    hidden,
    n,
    merged: mergedFrom.length,
    label: hidden ? '' : RUS_TEXTS[id as keyof typeof RUS_TEXTS],
  })),
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
