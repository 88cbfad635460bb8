import { type RefObject, useEffect, useRef, useState } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { phaseChange } from './phaseChange.ts';

/** A lazy view may take a moment to load: how long to look for its heading. */
const LOOK_MS = 50;
const GIVE_UP_MS = 5000;
/** How long the old panel's heading may still show while the new one loads. */
const OLD_HEADING_MS = 1000;

/**
 * Phase changes on the phone (another activity, answers opened or closed, results shown, editing
 * locked) are said in one polite live region (WCAG 4.1.3). When the change took away the control
 * that had focus, focus goes to the new panel's heading instead of falling to the page (2.4.3).
 * Returns the sentence for the live region.
 */
export function usePhaseAnnouncer(
  shown: ActivitySummary | null,
  stage: RefObject<HTMLElement | null>,
): string {
  const t = useT();
  const [said, setSaid] = useState('');
  const prev = useRef<ActivitySummary | null>(null);
  const phase = shown ? `${shown.id}:${shown.status}:${shown.locked}:${shown.revealed}` : '';

  // biome-ignore lint/correctness/useExhaustiveDependencies: `phase` stands for the parts of `shown` that matter
  useEffect(() => {
    const word = phaseChange(prev.current, shown);
    prev.current = shown;
    if (!word || !shown) return;
    setSaid(t(`phase.${word}`, { label: activityLabel(t, shown) }));
    // The panel re-renders, and a lazy view may still be loading while the old one shows: watch
    // a while for focus to fall, then put it on the new panel's heading (not the old one's).
    const started = Date.now();
    const before = document.activeElement;
    const oldHeading = stage.current?.querySelector<HTMLElement>('h2, h3') ?? null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refocus = () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      if (!lost && active !== before) return; // the person moved on by themselves
      const found = stage.current?.querySelector<HTMLElement>('h2, h3') ?? null;
      const fresh = word !== 'shown' || found !== oldHeading || Date.now() - started > OLD_HEADING_MS;
      if (lost && found && fresh) {
        if (!found.hasAttribute('tabindex')) found.setAttribute('tabindex', '-1');
        found.focus();
      } else if (Date.now() - started < GIVE_UP_MS) timer = setTimeout(refocus, LOOK_MS);
    };
    timer = setTimeout(refocus, 0);
    return () => clearTimeout(timer);
  }, [phase]);
  return said;
}
