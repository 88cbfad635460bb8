/** How a cloud is drawn, the same on every screen: pure, so it is tested without a browser. */

/** Size steps of the cloud's words: the CSS has a class per step (wordcloud.css). */
export const SIZE_STEPS = 6;

/**
 * A word's size step (1 … SIZE_STEPS) from its count among the counts shown: by the square root
 * of the count, so a word given twice as often looks bigger without drowning the rest. When every
 * count is the same, every word takes the middle step.
 */
export function sizeStep(count: number, min: number, max: number, steps = SIZE_STEPS): number {
  if (max <= min) return Math.ceil(steps / 2);
  const t = (Math.sqrt(count) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min));
  return Math.min(steps, Math.max(1, 1 + Math.round(t * (steps - 1))));
}

/**
 * A ranked list laid out for a cloud that wraps in lines: the most frequent in the middle, the
 * next ones alternately before and after it ([5, 3, 1, 0, 2, 4] for ranks 0 … 5).
 */
export function cloudOrder<T>(ranked: readonly T[]): T[] {
  const before: T[] = [];
  const after: T[] = [];
  ranked.forEach((item, i) => {
    if (i % 2 === 0) after.push(item);
    else before.unshift(item);
  });
  return [...before, ...after];
}
