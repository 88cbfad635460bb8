import { describe, expect, it } from 'vitest';
import {
  activePriorities,
  canAddPriority,
  movePriority,
  participantsMayEdit,
  planMerge,
  viewOf,
} from '../../../../../shared/activities/list/rules.ts';
import type { Provenance } from '../../../../../shared/activities/list/types.ts';
import { ACTIVITY_STATUSES } from '../../../../../shared/domain/workshop.ts';
import { priorityMeta } from '../../../priorityMeta.ts';

const NOW = '2025-03-14T10:00:00.000Z';

const meta = priorityMeta;

const prov = (priorityId: string, text: string): Provenance => ({
  priorityId,
  text,
  createdBySector: 'civil',
  mergedAt: '2025-03-14T09:00:00.000Z',
});

describe('shared/activities/list/rules', () => {
  it('leaves out merged priorities when listing active ones', () => {
    const all = [meta('a'), meta('b', { mergedInto: 'a' }), meta('c', { hidden: true })];
    expect(activePriorities(all).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('answers TOO_MANY_PRIORITIES when the workshop already has 200', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => meta(`p${i}`));
    expect(canAddPriority(list(199), null)).toEqual({ ok: true, value: null });
    expect(canAddPriority(list(200), null)).toEqual({ ok: false, code: 'TOO_MANY_PRIORITIES' });
  });

  it('counts only shown items under the cap when some are hidden or merged away', () => {
    const list = Array.from({ length: 200 }, (_, i) =>
      meta(`p${i}`, i === 0 ? { hidden: true } : i === 1 ? { mergedInto: 'p2' } : {}),
    );
    expect(canAddPriority(list, null)).toEqual({ ok: true, value: null });
    expect(canAddPriority([...list, meta('x')], null)).toEqual({ ok: true, value: null });
    expect(canAddPriority([...list, meta('x'), meta('y')], null)).toEqual({
      ok: false,
      code: 'TOO_MANY_PRIORITIES',
    });
  });

  it('answers TOO_MANY_POSTS when a participant has used their own quota', () => {
    expect(canAddPriority([], 19)).toEqual({ ok: true, value: null });
    expect(canAddPriority([], 20)).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
  });

  it('stops at the stored ceiling however many are hidden', () => {
    const list = Array.from({ length: 1000 }, (_, i) => meta(`p${i}`, { hidden: true }));
    expect(canAddPriority(list, null)).toEqual({ ok: false, code: 'TOO_MANY_PRIORITIES' });
  });

  describe('movePriority', () => {
    const list = [meta('a'), meta('b'), meta('c'), meta('d')];

    it('returns the new order when moving forward, backward and in place', () => {
      expect(movePriority(list, 'c', 0)).toEqual({ ok: true, value: ['c', 'a', 'b', 'd'] });
      expect(movePriority(list, 'a', 2)).toEqual({ ok: true, value: ['b', 'c', 'a', 'd'] });
      expect(movePriority(list, 'b', 1)).toEqual({ ok: true, value: ['a', 'b', 'c', 'd'] });
    });

    it('puts the priority last when the index is past the end', () => {
      expect(movePriority(list, 'a', 99)).toEqual({ ok: true, value: ['b', 'c', 'd', 'a'] });
    });

    it('answers NOT_FOUND when the priority is not in the active list', () => {
      expect(movePriority(list, 'x', 0)).toEqual({ ok: false, code: 'NOT_FOUND' });
    });
  });

  describe('planMerge', () => {
    it('appends the source on a new line and records it as provenance when both have text', () => {
      const active = [meta('t'), meta('s', { createdBySector: 'business' })];

      const plan = planMerge(active, 's', 't', 'Snabbare tåg', 'Tåg till Oslo', NOW);

      expect(plan).toEqual({
        ok: true,
        value: {
          appendText: '\nSnabbare tåg',
          targetMergedFrom: [
            { priorityId: 's', text: 'Snabbare tåg', createdBySector: 'business', mergedAt: NOW },
          ],
        },
      });
    });

    it('keeps the whole chain when target and source were merged before', () => {
      const active = [
        meta('t', { mergedFrom: [prov('t0', 'äldre')] }),
        meta('s', { mergedFrom: [prov('s0', 'ännu äldre')] }),
      ];

      const plan = planMerge(active, 's', 't', 'källa', 'mål', NOW);

      expect(plan.ok && plan.value.targetMergedFrom.map((p) => p.priorityId)).toEqual(['t0', 's', 's0']);
    });

    it('adds no separator when one of the texts is empty', () => {
      const active = [meta('t'), meta('s')];
      expect(planMerge(active, 's', 't', '  källa ', '', NOW)).toMatchObject({
        value: { appendText: 'källa' },
      });
      expect(planMerge(active, 's', 't', '', 'mål', NOW)).toMatchObject({ value: { appendText: '' } });
    });

    it('drops trailing whitespace of the target when joining', () => {
      const active = [meta('t'), meta('s')];
      expect(planMerge(active, 's', 't', 'b', 'a  \n', NOW)).toMatchObject({ value: { appendText: '\nb' } });
    });

    it('answers SAME_PRIORITY when source and target are one priority', () => {
      expect(planMerge([meta('a')], 'a', 'a', 'x', 'x', NOW)).toEqual({ ok: false, code: 'SAME_PRIORITY' });
    });

    it('answers NOT_FOUND when the source or target is unknown or already merged', () => {
      const active = activePriorities([meta('a'), meta('b'), meta('m', { mergedInto: 'a' })]);
      expect(planMerge(active, 'x', 'a', '', '', NOW)).toEqual({ ok: false, code: 'NOT_FOUND' });
      expect(planMerge(active, 'a', 'x', '', '', NOW)).toEqual({ ok: false, code: 'NOT_FOUND' });
      expect(planMerge(active, 'm', 'b', '', '', NOW)).toEqual({ ok: false, code: 'NOT_FOUND' });
    });

    it('answers TEXT_TOO_LONG when the joined text exceeds twice the text limit', () => {
      const active = [meta('t'), meta('s')];
      expect(planMerge(active, 's', 't', 'x'.repeat(500), 'y'.repeat(500), NOW)).toEqual({
        ok: false,
        code: 'TEXT_TOO_LONG',
      });
      expect(planMerge(active, 's', 't', 'x'.repeat(499), 'y'.repeat(500), NOW).ok).toBe(true);
    });
  });

  describe('participantsMayEdit', () => {
    it('lets participants write only when the list is open and unlocked', () => {
      const may = ACTIVITY_STATUSES.flatMap((status) =>
        [false, true]
          .filter((locked) => participantsMayEdit({ status, locked }))
          .map((locked) => ({ status, locked })),
      );
      expect(may).toEqual([{ status: 'open', locked: false }]);
    });
  });

  describe('viewOf', () => {
    it('shows clients the row without merge target or timestamp when a priority is sent', () => {
      const mergedFrom = [prov('s', 'källa')];
      const row = meta('a', { hidden: true, mergedFrom, createdBySector: 'public' });
      expect(viewOf(row, 3)).toEqual({ id: 'a', hidden: true, mergedFrom, createdBySector: 'public', n: 3 });
    });
  });
});
