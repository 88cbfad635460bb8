import { useEffect } from 'react';

/**
 * Each view names itself in the tab and the window list, most specific first:
 * "Kontrollrum – Workshop – Samsyn" (WCAG 2.4.2). Parts not known yet (a title still loading)
 * are left out. Focus after a navigation is `useFocusOnNavigate`'s.
 */
export function usePageTitle(...parts: Array<string | null | undefined>): void {
  const title = [
    ...parts.filter((p): p is string => typeof p === 'string' && p.trim() !== ''),
    'Samsyn',
  ].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
