import { describe, expect, it } from 'vitest';
import { dialogueAccepts, dialoguePhase } from '../../../../shared/domain/dialogue.ts';
import { replaceIds, stepsOf } from '../../../../shared/domain/templates.ts';

describe('domain/templates', () => {
  it('names sibling activities by their step refs, at any depth, and leaves other strings alone', () => {
    const agenda = [
      { id: 'listIdAAAAAAAAAAAAAAAA', type: 'list', title: 'Idéer', config: { prompt: 'Vad?' } },
      {
        id: 'dotsIdBBBBBBBBBBBBBBBB',
        type: 'dots',
        title: '',
        config: {
          sourceActivityId: 'listIdAAAAAAAAAAAAAAAA',
          nested: [{ from: 'listIdAAAAAAAAAAAAAAAA' }],
          n: 5,
        },
      },
    ];
    expect(stepsOf(agenda)).toEqual([
      { ref: '@step1', type: 'list', title: 'Idéer', config: { prompt: 'Vad?' } },
      {
        ref: '@step2',
        type: 'dots',
        title: '',
        config: { sourceActivityId: '@step1', nested: [{ from: '@step1' }], n: 5 },
      },
    ]);
  });

  it('replaces refs by new ids and keeps values it does not know', () => {
    const map = new Map([['@step1', 'newListIdCCCCCCCCCCCCC']]);
    expect(replaceIds({ a: '@step1', b: '@step9', c: null, d: true, e: ['@step1'] }, map)).toEqual({
      a: 'newListIdCCCCCCCCCCCCC',
      b: '@step9',
      c: null,
      d: true,
      e: ['newListIdCCCCCCCCCCCCC'],
    });
  });
});

describe('domain/dialogue', () => {
  const window = { opensAt: '2025-12-03T08:00:00.000Z', closesAt: '2025-12-17T16:00:00.000Z' };
  const t = Date.parse;

  it('is live without a window, and before, open or after with one (opening inclusive, closing not)', () => {
    expect(dialoguePhase(null, 0)).toBe('live');
    expect(dialoguePhase(window, t('2025-12-03T07:59:59.999Z'))).toBe('before');
    expect(dialoguePhase(window, t(window.opensAt))).toBe('open');
    expect(dialoguePhase(window, t('2025-12-17T15:59:59.999Z'))).toBe('open');
    expect(dialoguePhase(window, t(window.closesAt))).toBe('after');
  });

  it('accepts contributions only when live or open', () => {
    expect(dialogueAccepts(null, 0)).toBe(true);
    expect(dialogueAccepts(window, t('2025-12-10T12:00:00Z'))).toBe(true);
    expect(dialogueAccepts(window, t('2025-12-01T12:00:00Z'))).toBe(false);
    expect(dialogueAccepts(window, t('2025-12-18T12:00:00Z'))).toBe(false);
  });
});
