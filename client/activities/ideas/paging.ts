/**
 * Splits `items` into pages whose weights add up to at most `budget` (an item heavier than the
 * budget gets a page of its own): the projector shows whole pages and never scrolls or cuts.
 */
export function pagesOf<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    if (page.length > 0 && used + w > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += w;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
