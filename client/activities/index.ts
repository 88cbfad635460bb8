import { lazy } from 'react';
import { DOTS_CAPS, DOTS_TYPE } from '../../shared/activities/dots/types.ts';
import { LIST_CAPS, LIST_TYPE } from '../../shared/activities/list/types.ts';
import { POLL_CAPS, POLL_TYPE } from '../../shared/activities/poll/types.ts';
import { SCALE_CAPS, SCALE_TYPE } from '../../shared/activities/scale/types.ts';
import type { ActivitySummary } from '../../shared/domain/workshop.ts';
import type { Translate } from '../i18n/useT.ts';
import { dotsLabel } from './dots/label.ts';
import { listLabel } from './list/label.ts';
import { pollLabel } from './poll/label.ts';
import { scaleLabel } from './scale/label.ts';
import type { ClientActivity } from './types.ts';

/**
 * The client registry: one entry per activity type, every view its own lazy chunk. Only this
 * file imports the type folders; they never import each other.
 */
export const ACTIVITIES: Record<string, ClientActivity> = {
  [LIST_TYPE]: {
    type: LIST_TYPE,
    label: listLabel,
    caps: LIST_CAPS,
    Participant: lazy(() => import('./list/Participant.tsx')),
    Projector: lazy(() => import('./list/Projector.tsx')),
    Facilitator: lazy(() => import('./list/Facilitator.tsx')),
    Setup: lazy(() => import('./list/Setup.tsx')),
  },
  [DOTS_TYPE]: {
    type: DOTS_TYPE,
    label: dotsLabel,
    caps: DOTS_CAPS,
    Participant: lazy(() => import('./dots/Participant.tsx')),
    Projector: lazy(() => import('./dots/Projector.tsx')),
    Facilitator: lazy(() => import('./dots/Facilitator.tsx')),
    Setup: lazy(() => import('./dots/Setup.tsx')),
  },
  [POLL_TYPE]: {
    type: POLL_TYPE,
    label: pollLabel,
    caps: POLL_CAPS,
    Participant: lazy(() => import('./poll/Participant.tsx')),
    Projector: lazy(() => import('./poll/Projector.tsx')),
    Facilitator: lazy(() => import('./poll/Facilitator.tsx')),
    Setup: lazy(() => import('./poll/Setup.tsx')),
  },
  [SCALE_TYPE]: {
    type: SCALE_TYPE,
    label: scaleLabel,
    caps: SCALE_CAPS,
    Participant: lazy(() => import('./scale/Participant.tsx')),
    Projector: lazy(() => import('./scale/Projector.tsx')),
    Facilitator: lazy(() => import('./scale/Facilitator.tsx')),
    Setup: lazy(() => import('./scale/Setup.tsx')),
  },
};

const byType = new Map(Object.values(ACTIVITIES).map((a) => [a.type, a]));

/** A type's client side; undefined for a type this build does not know (show a note, never crash). */
export function activityOf(type: string): ClientActivity | undefined {
  // A Map, not `type in ACTIVITIES` (which finds `constructor`) nor Object.hasOwn (which phones
  // with Safari before 15.4 lack).
  return byType.get(type);
}

/** A type's name in `t`'s language; a generic one for a type this build does not know. */
export function labelOfType(t: Translate, type: string): string {
  const entry = activityOf(type);
  return entry ? entry.label[t.lang] : t('activity.other');
}

/** What screens call an activity: its title, or its type's name when the facilitator left none. */
export function activityLabel(t: Translate, activity: Pick<ActivitySummary, 'title' | 'type'>): string {
  return activity.title.trim() ? activity.title : labelOfType(t, activity.type);
}
