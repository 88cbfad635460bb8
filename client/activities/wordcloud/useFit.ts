import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * How many of the top terms fit the stage without scrolling: the projector shows at most `top`,
 * and fewer when they would not fit (a small window, browser zoom, long phrases). Nothing is ever
 * clipped: if even one term does not fit, the stage's frame pages or the page grows. Measured
 * before paint: whenever the terms change or the window is resized (zoom resizes it too) it starts
 * again from `top` and drops a sixth at a time while the box that scrolls (the frame's stage area
 * on a wide screen, else the page) is taller than it shows, or the cloud wider than its box.
 */
/** The nearest ancestor that scrolls vertically; null when the page itself does. */
function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if (y === 'auto' || y === 'scroll') return p;
  }
  return null;
}

export function useFit(box: RefObject<HTMLElement | null>, trigger: unknown, top: number): number {
  const [limit, setLimit] = useState(top);
  const [size, setSize] = useState(0);
  const resetting = useRef(false);

  useEffect(() => {
    const resized = () => setSize((n) => n + 1);
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` and `size` are what start a new fit
  useLayoutEffect(() => {
    if (limit === top) return;
    resetting.current = true;
    setLimit(top);
  }, [trigger, size, top]);

  useLayoutEffect(() => {
    if (resetting.current) {
      resetting.current = false;
      return;
    }
    const el = box.current;
    if (!el) return;
    const scroller = scrollerOf(el);
    const tall = scroller
      ? scroller.scrollHeight > scroller.clientHeight + 1
      : document.documentElement.scrollHeight > window.innerHeight + 1;
    const overflows = tall || el.scrollWidth > el.clientWidth + 1;
    if (overflows && limit > 1) setLimit(Math.max(1, Math.floor((limit * 5) / 6)));
  });

  return limit;
}
