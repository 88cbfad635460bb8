import { useEffect, useRef } from 'react';

const LOOK_MS = 50;
const GIVE_UP_MS = 5000;
/** How long the old view's heading may still show while the new view loads. */
const OLD_HEADING_MS = 1000;

/**
 * After moving to another view inside the app, focus goes to its main heading, as a page load
 * would put a screen reader at the top (WCAG 2.4.3): otherwise focus stays on a link that no
 * longer exists and falls to the page. A lazy view renders a moment later, so it looks again for
 * a few seconds — unless the person has put focus somewhere themselves by then. The first view
 * of a visit keeps the browser's own start.
 */
export function useFocusOnNavigate(location: string): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is the trigger
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const started = Date.now();
    // The link that navigated may stay (a header link): it is not a place the person chose.
    const trigger = document.activeElement;
    // While a lazy view loads, the old view can stay on screen: its heading is not the new one.
    const old = document.querySelector<HTMLElement>('main h1');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== trigger) return; // moved on by themselves
      const found = document.querySelector<HTMLElement>('main h1');
      const heading = found === old && Date.now() - started < OLD_HEADING_MS ? null : found;
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else if (Date.now() - started < GIVE_UP_MS) timer = setTimeout(look, LOOK_MS);
    };
    timer = setTimeout(look, 0);
    return () => clearTimeout(timer);
  }, [location]);
}
