import { useEffect, useState } from 'react';

/** Seconds a page stays before the next, unless paused. */
const PAGE_SECONDS = 12;

/** Turns `count` pages by itself, with a pause (WCAG 2.2.2); stays in range as pages come and go. */
export function usePager(count: number) {
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (count <= 1 || paused) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % count), PAGE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [count, paused]);
  return { page: Math.min(page, Math.max(0, count - 1)), paused, togglePause: () => setPaused(!paused) };
}
