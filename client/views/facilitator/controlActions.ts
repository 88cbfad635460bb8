import type { ControlAction } from '../../../shared/domain/control.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import type { MessageKey } from '../../i18n/useT.ts';

/**
 * The one obvious next step for an activity: show it to everyone, then open it, close it, and
 * reveal its results. Null when the next step is the facilitator's choice (a closed list).
 */
export function primaryAction(
  a: Pick<ActivitySummary, 'status'>,
  isLive: boolean,
  allowed: ReadonlySet<ControlAction>,
): ControlAction | null {
  const next: ControlAction = !isLive
    ? 'live'
    : a.status === 'draft'
      ? 'open'
      : a.status === 'open'
        ? 'close'
        : 'reveal';
  return allowed.has(next) ? next : null;
}

/** A button's words; `open` says "again" once the activity has been closed. */
export function actionKey(action: ControlAction, a: Pick<ActivitySummary, 'status'>): MessageKey {
  if (action === 'open' && a.status === 'closed') return 'control.reopen';
  return `control.${action}`;
}

/** Buttons in the order a session runs through them; `reset` is asked for separately. */
export const ACTION_ORDER: readonly ControlAction[] = [
  'live',
  'open',
  'close',
  'reveal',
  'hide',
  'lock',
  'unlock',
];
