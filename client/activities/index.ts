import { lazy } from 'react';
import { DOTS_CAPS, DOTS_TYPE } from '../../shared/activities/dots/types.ts';
import { IDEAS_CAPS, IDEAS_TYPE } from '../../shared/activities/ideas/types.ts';
import { LIST_CAPS, LIST_TYPE } from '../../shared/activities/list/types.ts';
import { MATRIX_CAPS, MATRIX_TYPE } from '../../shared/activities/matrix/types.ts';
import { POLL_CAPS, POLL_TYPE } from '../../shared/activities/poll/types.ts';
import { QUESTION_CAPS, QUESTION_TYPE } from '../../shared/activities/question/types.ts';
import { RANKING_CAPS, RANKING_TYPE } from '../../shared/activities/ranking/types.ts';
import { SCALE_CAPS, SCALE_TYPE } from '../../shared/activities/scale/types.ts';
import { WORDCLOUD_CAPS, WORDCLOUD_TYPE } from '../../shared/activities/wordcloud/types.ts';
import type { ActivitySummary } from '../../shared/domain/workshop.ts';
import type { Translate } from '../i18n/useT.ts';
import { dotsLabel } from './dots/label.ts';
import { ideasLabel } from './ideas/label.ts';
import { listLabel } from './list/label.ts';
import { matrixLabel } from './matrix/label.ts';
import { pollLabel } from './poll/label.ts';
import { questionLabel } from './question/label.ts';
import { rankingLabel } from './ranking/label.ts';
import { scaleLabel } from './scale/label.ts';
import type { ClientActivity } from './types.ts';
import { wordcloudLabel } from './wordcloud/label.ts';

/**
 * The client registry: one entry per activity type, its participant view a lazy chunk of its
 * own. The control room's and projector's views are in staffViews.ts. Only these two files import
 * the type folders; they never import each other.
 */
export const ACTIVITIES: Record<string, ClientActivity> = {
  [LIST_TYPE]: {
    type: LIST_TYPE,
    label: listLabel,
    caps: LIST_CAPS,
    Participant: lazy(() => import('./list/Participant.tsx')),
  },
  [DOTS_TYPE]: {
    type: DOTS_TYPE,
    label: dotsLabel,
    caps: DOTS_CAPS,
    Participant: lazy(() => import('./dots/Participant.tsx')),
  },
  [POLL_TYPE]: {
    type: POLL_TYPE,
    label: pollLabel,
    caps: POLL_CAPS,
    Participant: lazy(() => import('./poll/Participant.tsx')),
  },
  [SCALE_TYPE]: {
    type: SCALE_TYPE,
    label: scaleLabel,
    caps: SCALE_CAPS,
    Participant: lazy(() => import('./scale/Participant.tsx')),
  },
  [RANKING_TYPE]: {
    type: RANKING_TYPE,
    label: rankingLabel,
    caps: RANKING_CAPS,
    Participant: lazy(() => import('./ranking/Participant.tsx')),
  },
  [MATRIX_TYPE]: {
    type: MATRIX_TYPE,
    label: matrixLabel,
    caps: MATRIX_CAPS,
    Participant: lazy(() => import('./matrix/Participant.tsx')),
  },
  [QUESTION_TYPE]: {
    type: QUESTION_TYPE,
    label: questionLabel,
    caps: QUESTION_CAPS,
    Participant: lazy(() => import('./question/Participant.tsx')),
  },
  [WORDCLOUD_TYPE]: {
    type: WORDCLOUD_TYPE,
    label: wordcloudLabel,
    caps: WORDCLOUD_CAPS,
    Participant: lazy(() => import('./wordcloud/Participant.tsx')),
  },
  [IDEAS_TYPE]: {
    type: IDEAS_TYPE,
    label: ideasLabel,
    caps: IDEAS_CAPS,
    Participant: lazy(() => import('./ideas/Participant.tsx')),
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
