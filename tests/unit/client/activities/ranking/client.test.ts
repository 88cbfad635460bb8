import { describe, expect, it } from 'vitest';
import { rankingConfigOf } from '../../../../../client/activities/ranking/config.ts';
import { saveStateOf } from '../../../../../client/activities/ranking/saveState.ts';
import type { RankingConfig } from '../../../../../shared/activities/ranking/types.ts';

const CONFIG: RankingConfig = {
  prompt: '',
  items: [
    { id: 'a', text: 'Bostäder' },
    { id: 'b', text: 'Energi' },
  ],
};

describe('client/activities/ranking saveStateOf', () => {
  it('says saving while a save is on its way', () => {
    expect(saveStateOf(CONFIG, ['a', 'b'], ['a', 'b'], true)).toBe('saving');
  });

  it('says saved only when the server holds the order on screen, whole', () => {
    expect(saveStateOf(CONFIG, ['b', 'a'], ['b', 'a'], false)).toBe('saved');
    expect(saveStateOf(CONFIG, ['b', 'a'], ['a', 'b'], false)).toBe('changed');
  });

  it('says not saved before a first save, and after an item was added to a saved order', () => {
    expect(saveStateOf(CONFIG, [], ['a', 'b'], false)).toBe('unsaved');
    const three = { ...CONFIG, items: [...CONFIG.items, { id: 'c', text: 'Vatten' }] };
    expect(saveStateOf(three, ['b', 'a'], ['b', 'a', 'c'], false)).toBe('changed');
  });
});

describe('client/activities/ranking rankingConfigOf', () => {
  it('reads a config as the server sends it, and nothing else', () => {
    expect(rankingConfigOf({ prompt: 'Fråga', items: CONFIG.items })).toEqual({
      prompt: 'Fråga',
      items: CONFIG.items,
    });
    expect(rankingConfigOf({ items: CONFIG.items })?.prompt).toBe('');
    for (const bad of [null, 'x', {}, { items: 'a' }, { items: [{ id: 1, text: 'x' }] }])
      expect(rankingConfigOf(bad)).toBeNull();
  });
});
