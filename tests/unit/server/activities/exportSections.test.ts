import { describe, expect, it } from 'vitest';
import { dotsSection } from '../../../../server/activities/dots/exportSection.ts';
import { listSection } from '../../../../server/activities/list/exportSection.ts';
import type { ActivityContext } from '../../../../server/activities/module.ts';
import type { ActivityRecord } from '../../../../server/db/activityRepo.ts';
import type { ExportBlock } from '../../../../server/export/document.ts';
import type { DotsConfig } from '../../../../shared/activities/dots/types.ts';
import type { ListConfig } from '../../../../shared/activities/list/types.ts';
import type { PriorityMeta } from '../../../../shared/domain/items.ts';
import type { Sector } from '../../../../shared/domain/sectors.ts';
import { priorityMeta } from '../../priorityMeta.ts';

const record = (id: string, type: string, config: unknown, extra: Partial<ActivityRecord> = {}) => ({
  id,
  workshopId: 'w1xxxxxx',
  type,
  position: 0,
  title: '',
  config,
  configVersion: 1,
  status: 'closed' as const,
  locked: false,
  revealed: false,
  createdAt: '2025-03-14T10:00:00.000Z',
  ...extra,
});

interface World {
  items: PriorityMeta[];
  /** null: the list's document cannot be read. */
  texts: Record<string, string> | null;
  ballots?: Array<{ sector: Sector; entries: Record<string, unknown> }>;
  joined?: Array<{ sector: Sector; n: number }>;
}

/** Just what the export hooks read of a context: items, texts, responses and who joined. */
function ctxOf<C>(activity: ActivityRecord, w: World): ActivityContext<C> {
  const list = record('list1xxx', 'list', { prompt: '' });
  return {
    activity,
    repos: {
      responses: { ballots: () => (w.ballots ?? []).map((b, i) => ({ participantId: `p${i}`, ...b })) },
      participants: { countsBySector: () => w.joined ?? [] },
    },
    sibling: (id: string) => (id === list.id ? list : null),
    items: (id: string) => (id === list.id ? w.items : []),
    texts: (id: string) => (id === list.id ? w.texts : null),
  } as unknown as ActivityContext<C>;
}

const listCtx = (w: World, extra: Partial<ActivityRecord> = {}, prompt = '') =>
  ctxOf<ListConfig>(record('list1xxx', 'list', { prompt }, extra), w);
const dotsCtx = (w: World, extra: Partial<ActivityRecord> = {}, sourceActivityId = 'list1xxx') =>
  ctxOf<DotsConfig>(
    record('dots1xxx', 'dots', { sourceActivityId, dotsPerParticipant: 5, maxPerPriority: 3 }, extra),
    w,
  );

const tableRows = (blocks: ExportBlock[], n = 0) => blocks.filter((b) => b.kind === 'table')[n]?.rows;

describe('server/activities/list/exportSection', () => {
  it('lists active items in order with who added them and a hidden marker', () => {
    const w: World = {
      items: [
        priorityMeta('a', { createdBySector: 'civil' }),
        priorityMeta('gone', { mergedInto: 'a' }),
        priorityMeta('b', { hidden: true }),
      ],
      texts: { a: 'Kollektivtrafik', b: 'Dold' },
    };

    const section = listSection(listCtx(w, {}, 'Vad ska länet satsa på?'), 'sv');

    expect(section.title).toBe('Prioriteringar');
    expect(section.type).toBe('list');
    expect(section.blocks[0]).toEqual({ kind: 'text', label: 'Fråga', text: 'Vad ska länet satsa på?' });
    expect(tableRows(section.blocks)).toEqual([
      [1, 'Kollektivtrafik', 'Civilsamhälle', 'nej'],
      // Numbered as on every screen: the merged-away item keeps its number 2, so this one is 3.
      [3, 'Dold', 'Förberedd av processledaren', 'ja'],
    ]);
  });

  it('lists where merged items came from under the first line of their text', () => {
    const w: World = {
      items: [
        priorityMeta('a', {
          mergedFrom: [
            { priorityId: 'x', text: 'Ett', createdBySector: 'civil', mergedAt: '' },
            { priorityId: 'y', text: 'Två', createdBySector: null, mergedAt: '' },
          ],
        }),
      ],
      texts: { a: 'Mål\nmer' },
    };

    const section = listSection(listCtx(w, { title: 'Runda 1' }), 'en');

    expect(section.title).toBe('Runda 1');
    expect(section.blocks).toContainEqual({
      kind: 'list',
      heading: 'Merged from',
      items: [{ text: '1. Mål', children: ['Ett (Civil society)', 'Två (Prepared by the facilitator)'] }],
    });
  });

  it('throws DOCUMENT_UNREADABLE when the texts cannot be read', () => {
    expect(() => listSection(listCtx({ items: [], texts: null }), 'sv')).toThrow(
      expect.objectContaining({ code: 'DOCUMENT_UNREADABLE' }),
    );
  });
});

describe('server/activities/dots/exportSection', () => {
  const items = [
    priorityMeta('a'),
    priorityMeta('b'),
    priorityMeta('c'),
    priorityMeta('h', { hidden: true }),
  ];
  const texts = { a: 'A', b: 'B', c: 'C', h: 'H' };

  it('ranks by counted dots with shared ranks for ties and dashes for hidden items', () => {
    const w: World = {
      items,
      texts,
      ballots: [
        { sector: 'public', entries: { b: 2, c: 1, h: 2 } },
        { sector: 'business', entries: { a: 1, b: 1 } },
        { sector: 'civil', entries: { h: 3 } },
      ],
      joined: [
        { sector: 'public', n: 3 },
        { sector: 'civil', n: 1 },
        { sector: 'business', n: 1 },
      ],
    };

    const section = dotsSection(dotsCtx(w), 'sv');

    expect(section.title).toBe('Prickröstning');
    expect(section.blocks[0]).toEqual({
      kind: 'fields',
      fields: [
        { label: 'Prickar per deltagare', value: 5 },
        { label: 'Högst per prioritering', value: 3 },
      ],
    });
    expect(tableRows(section.blocks)).toEqual([
      [1, 2, 'B', 3, 2, 1, 0, 0, 0, 0],
      [2, 1, 'A', 1, 0, 1, 0, 0, 0, 0],
      [2, 3, 'C', 1, 1, 0, 0, 0, 0, 0],
      ['–', 4, 'H (dold, räknas inte)', '–', '–', '–', '–', '–', '–', '–'],
    ]);
    expect(section.blocks).toContainEqual(
      expect.objectContaining({ kind: 'text', text: expect.stringMatching(/^Dolda/) }),
    );
    // The civil participant's only dots are on a hidden item: joined, not counted as a voter.
    expect(tableRows(section.blocks, 1)).toEqual([
      ['Offentlig sektor', 3, 1],
      ['Näringsliv', 1, 1],
      ['Akademi', 0, 0],
      ['Civilsamhälle', 1, 0],
      ['Annat', 0, 0],
      ['Vill inte ange', 0, 0],
      ['Alla', 5, 2],
    ]);
  });

  it('leaves out the hidden note when nothing is hidden', () => {
    const section = dotsSection(dotsCtx({ items: [priorityMeta('a')], texts: { a: 'A' } }), 'en');
    expect(section.blocks.some((b) => b.kind === 'text')).toBe(false);
  });

  it('says voting has not opened and counts nothing when the activity is a draft', () => {
    const section = dotsSection(dotsCtx({ items, texts: null }, { status: 'draft' }), 'en');
    expect(section.blocks).toEqual([{ kind: 'text', text: 'Voting has not been opened yet.' }]);
  });

  it('says the figures may change when voting is still open', () => {
    const section = dotsSection(dotsCtx({ items, texts }, { status: 'open', title: 'Omröstning' }), 'en');
    expect(section.title).toBe('Omröstning');
    expect(section.blocks[1]).toEqual({
      kind: 'text',
      text: 'Voting is still open: the figures may change.',
    });
  });

  it('throws DOCUMENT_UNREADABLE when the source list cannot be read', () => {
    expect(() => dotsSection(dotsCtx({ items, texts: null }), 'sv')).toThrow(
      expect.objectContaining({ code: 'DOCUMENT_UNREADABLE' }),
    );
  });
});
