import { type RefObject, useEffect } from 'react';

/**
 * Keeps the page's scroll padding equal to the height of the sticky bar at its top, so a control
 * that gets focus is never hidden under it (WCAG 2.4.11). The bar wraps on narrow windows and at
 * large text, so its height is measured rather than assumed.
 */
export function useStickyPadding(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const apply = () =>
      root.style.setProperty('--sticky-height', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-height');
    };
  }, [bar]);
}
