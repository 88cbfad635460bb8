import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/** Seconds a page stays before the next, unless paused. */
const PAGE_SECONDS = 12;

/**
 * Pages of cards of any height with no scrolling: after each layout, counts how many cards from
 * `start` fit whole in `page` (at least one); the rest wait for the next page. Pages turn by
 * themselves unless paused (WCAG 2.2.2).
 */
export function usePaging(page: RefObject<HTMLElement | null>, total: number) {
  const [start, setStart] = useState(0);
  const [fit, setFit] = useState(total);
  const [paused, setPaused] = useState(false);
  const [, setSize] = useState(0);
  const first = start < total ? start : 0;

  // Measured after every render: text, zoom and the window's size all change what fits.
  useLayoutEffect(() => {
    const box = page.current;
    if (!box) return;
    let n = 0;
    for (const child of Array.from(box.querySelectorAll<HTMLElement>(':scope > ul > li'))) {
      if (child.offsetTop + child.offsetHeight > box.clientHeight) break;
      n += 1;
    }
    const next = Math.max(1, n);
    if (next !== fit) setFit(next);
  });
  useEffect(() => {
    const onResize = () => setSize((s) => s + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const more = total > fit;
  useEffect(() => {
    if (!more || paused) return;
    const timer = setInterval(() => setStart((s) => (s + fit >= total ? 0 : s + fit)), PAGE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [more, paused, fit, total]);

  return {
    first,
    fit,
    /** More cards than fit on one page: the pager and its pause show. */
    more,
    paused,
    togglePause: () => setPaused((p) => !p),
  };
}
