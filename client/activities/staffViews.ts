import { lazy } from 'react';
import { DOTS_TYPE } from '../../shared/activities/dots/types.ts';
import { IDEAS_TYPE } from '../../shared/activities/ideas/types.ts';
import { LIST_TYPE } from '../../shared/activities/list/types.ts';
import { MATRIX_TYPE } from '../../shared/activities/matrix/types.ts';
import { POLL_TYPE } from '../../shared/activities/poll/types.ts';
import { QUESTION_TYPE } from '../../shared/activities/question/types.ts';
import { RANKING_TYPE } from '../../shared/activities/ranking/types.ts';
import { SCALE_TYPE } from '../../shared/activities/scale/types.ts';
import { WORDCLOUD_TYPE } from '../../shared/activities/wordcloud/types.ts';
import type { StaffViews } from './types.ts';

/**
 * The views only the control room and the projector show, one lazy chunk each. A registry of its
 * own, so a phone's download (index.ts, the participant views) names none of their files.
 */
const STAFF_VIEWS: Record<string, StaffViews> = {
  [LIST_TYPE]: {
    Projector: lazy(() => import('./list/Projector.tsx')),
    Facilitator: lazy(() => import('./list/Facilitator.tsx')),
    Setup: lazy(() => import('./list/Setup.tsx')),
  },
  [DOTS_TYPE]: {
    Projector: lazy(() => import('./dots/Projector.tsx')),
    Facilitator: lazy(() => import('./dots/Facilitator.tsx')),
    Setup: lazy(() => import('./dots/Setup.tsx')),
  },
  [POLL_TYPE]: {
    Projector: lazy(() => import('./poll/Projector.tsx')),
    Facilitator: lazy(() => import('./poll/Facilitator.tsx')),
    Setup: lazy(() => import('./poll/Setup.tsx')),
  },
  [SCALE_TYPE]: {
    Projector: lazy(() => import('./scale/Projector.tsx')),
    Facilitator: lazy(() => import('./scale/Facilitator.tsx')),
    Setup: lazy(() => import('./scale/Setup.tsx')),
  },
  [RANKING_TYPE]: {
    Projector: lazy(() => import('./ranking/Projector.tsx')),
    Facilitator: lazy(() => import('./ranking/Facilitator.tsx')),
    Setup: lazy(() => import('./ranking/Setup.tsx')),
  },
  [MATRIX_TYPE]: {
    Projector: lazy(() => import('./matrix/Projector.tsx')),
    Facilitator: lazy(() => import('./matrix/Facilitator.tsx')),
    Setup: lazy(() => import('./matrix/Setup.tsx')),
  },
  [QUESTION_TYPE]: {
    Projector: lazy(() => import('./question/Projector.tsx')),
    Facilitator: lazy(() => import('./question/Facilitator.tsx')),
    Setup: lazy(() => import('./question/Setup.tsx')),
  },
  [WORDCLOUD_TYPE]: {
    Projector: lazy(() => import('./wordcloud/Projector.tsx')),
    Facilitator: lazy(() => import('./wordcloud/Facilitator.tsx')),
    Setup: lazy(() => import('./wordcloud/Setup.tsx')),
  },
  [IDEAS_TYPE]: {
    Projector: lazy(() => import('./ideas/Projector.tsx')),
    Facilitator: lazy(() => import('./ideas/Facilitator.tsx')),
    Setup: lazy(() => import('./ideas/Setup.tsx')),
  },
};

const byType = new Map(Object.entries(STAFF_VIEWS));

/** A type's staff views; undefined for a type this build does not know. */
export function staffViewsOf(type: string): StaffViews | undefined {
  return byType.get(type);
}
