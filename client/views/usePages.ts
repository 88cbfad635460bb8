import { useEffect, useState } from 'react';

/** Seconds a page stays before the next, unless paused. */
const PAGE_SECONDS = 15;

/**
 * Pages of `size` rows for the projector, which does not scroll: they turn by themselves every
 * 15 s, and can be paused (WCAG 2.2.2). A list that shrinks keeps the page in range. One hook for
 * every type, so every stage turns at the same pace.
 */
export function usePages(rows: number, size: number) {
  const pages = Math.max(1, Math.ceil(rows / size));
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (pages <= 1 || paused) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), PAGE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [pages, paused]);
  const shown = Math.min(page, pages - 1);
  return {
    page: shown,
    pages,
    from: shown * size,
    to: shown * size + size,
    paused,
    togglePause: () => setPaused((p) => !p),
  };
}
