import { type RefObject, useCallback, useEffect, useState } from 'react';

/** Seconds a page of the stage stays before the next, unless paused. */
const PAGE_MS = 15_000;
/** What counts as a row: a page starts at a row that did not fit whole on the page before. */
const ROWS = 'li, tr, .result, p';

const reduced = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Where each page starts (scroll offsets): the next page begins at the first row the page before
 * cut off, so every row is seen whole on some page. A row taller than the screen is stepped
 * through; the last page ends at the bottom.
 */
export function pageStarts(el: HTMLElement): number[] {
  const height = el.clientHeight;
  const max = el.scrollHeight - height;
  if (max <= 2 || height <= 0) return [0];
  const origin = el.getBoundingClientRect().top - el.scrollTop;
  const rows = Array.from(el.querySelectorAll<HTMLElement>(ROWS), (row) => {
    const box = row.getBoundingClientRect();
    return { top: box.top - origin, bottom: box.bottom - origin };
  });
  const starts = [0];
  let top = 0;
  while (top < max && starts.length < 200) {
    const bottom = top + height;
    const cut = rows.filter((r) => r.top > top + 1 && r.bottom > bottom + 1).map((r) => r.top);
    let next = cut.length > 0 ? Math.min(...cut) : bottom;
    if (next - top < height * 0.3) next = top + height * 0.85;
    top = Math.min(Math.floor(next), max);
    starts.push(top);
  }
  return starts;
}

/**
 * Pages for whatever a type draws on the stage when it is taller than the screen: the stage area
 * scrolls itself a screen at a time every 15 s, and can be paused (WCAG 2.2.2). Text is never
 * shrunk, so browser zoom still makes it larger (1.4.4) and only adds pages. A type that pages or
 * fits its own rows never overflows, and then there is one page and no pager. Where the stage is
 * not a fixed-height box (narrow or portrait windows), the page itself scrolls and there is none.
 */
export function useStagePages(ref: RefObject<HTMLElement | null>, resetKey: unknown) {
  const [starts, setStarts] = useState<number[]>([0]);
  const pages = starts.length;
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = pageStarts(el);
      setStarts((old) => (old.join() === next.join() ? old : next));
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    const changed = new MutationObserver(measure);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    // Images (a QR, a plot) change the height when they load, without a DOM change.
    el.addEventListener('load', measure, true);
    return () => {
      resized.disconnect();
      changed.disconnect();
      el.removeEventListener('load', measure, true);
    };
  }, [ref]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another activity starts on its first page
  useEffect(() => setPage(0), [resetKey]);

  useEffect(() => {
    if (pages <= 1 || paused) return;
    const timer = window.setInterval(() => setPage((p) => (p + 1) % pages), PAGE_MS);
    return () => window.clearInterval(timer);
  }, [pages, paused]);

  const shown = Math.min(page, pages - 1);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTo({ top: starts[shown] ?? 0, behavior: reduced() ? 'auto' : 'smooth' });
  }, [shown, starts, ref]);

  const togglePause = useCallback(() => setPaused((p) => !p), []);
  return { page: shown, pages, paused, togglePause, last: shown === pages - 1 };
}
