import { describe, expect, it } from 'vitest';
import { cloudOrder, SIZE_STEPS, sizeStep } from '../../../../../shared/activities/wordcloud/cloud.ts';

describe('shared/activities/wordcloud/cloud', () => {
  it('gives the most frequent word the biggest step and the least frequent the smallest', () => {
    expect(sizeStep(20, 1, 20)).toBe(SIZE_STEPS);
    expect(sizeStep(1, 1, 20)).toBe(1);
  });

  it('grows with the square root of the count, never past the steps', () => {
    const steps = [1, 2, 4, 8, 16].map((n) => sizeStep(n, 1, 16));
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    expect(new Set(steps).size).toBeGreaterThanOrEqual(5);
    expect(sizeStep(4, 1, 16)).toBe(3);
    expect(sizeStep(99, 1, 16)).toBe(SIZE_STEPS);
    expect(sizeStep(0, 1, 16)).toBe(1);
  });

  it('puts every word in the middle step when all counts are the same', () => {
    expect(sizeStep(3, 3, 3)).toBe(3);
    expect(sizeStep(1, 1, 1, 5)).toBe(3);
  });

  it('lays the most frequent word out in the middle, the next ones alternately around it', () => {
    expect(cloudOrder([0, 1, 2, 3, 4, 5])).toEqual([5, 3, 1, 0, 2, 4]);
    expect(cloudOrder(['a'])).toEqual(['a']);
    expect(cloudOrder([])).toEqual([]);
  });
});
