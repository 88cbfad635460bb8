import { lazy } from 'react';
import { DOTS_CAPS, DOTS_TYPE } from '../../shared/activities/dots/types.ts';
import { LIST_CAPS, LIST_TYPE } from '../../shared/activities/list/types.ts';
import type { ActivitySummary } from '../../shared/domain/workshop.ts';
import type { Translate } from '../i18n/useT.ts';
import type { ClientActivity } from './types.ts';

/**
 * The client registry: one entry per activity type, every view its own lazy chunk. Only this
 * file imports the type folders; they never import each other.
 */
export const ACTIVITIES: Record<string, ClientActivity> = {
  [LIST_TYPE]: {
    type: LIST_TYPE,
    label: 'activity.list',
    caps: LIST_CAPS,
    Participant: lazy(() => import('./list/Participant.tsx')),
    Projector: lazy(() => import('./list/Projector.tsx')),
    Facilitator: lazy(() => import('./list/Facilitator.tsx')),
    Setup: lazy(() => import('./list/Setup.tsx')),
  },
  [DOTS_TYPE]: {
    type: DOTS_TYPE,
    label: 'activity.dots',
    caps: DOTS_CAPS,
    Participant: lazy(() => import('./dots/Participant.tsx')),
    Projector: lazy(() => import('./dots/Projector.tsx')),
    Facilitator: lazy(() => import('./dots/Facilitator.tsx')),
    Setup: lazy(() => import('./dots/Setup.tsx')),
  },
};

/** A type's client side; undefined for a type this build does not know (show a note, never crash). */
export function activityOf(type: string): ClientActivity | undefined {
  // Not `type in ACTIVITIES`, which would find `constructor`; not Object.hasOwn, which older
  // phones (Safari before 15.4) lack.
  return Object.hasOwn(ACTIVITIES, type) ? ACTIVITIES[type] : undefined;
}

/** What screens call an activity: its title, or its type's name when the facilitator left none. */
export function activityLabel(t: Translate, activity: Pick<ActivitySummary, 'title' | 'type'>): string {
  if (activity.title.trim()) return activity.title;
  const entry = activityOf(activity.type);
  return entry ? t(entry.label) : t('activity.other');
}
