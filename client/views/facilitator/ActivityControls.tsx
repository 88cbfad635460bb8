import { useState } from 'react';
import type { ControlAction } from '../../../shared/domain/control.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { ACTION_ORDER, actionKey, primaryAction } from './controlActions.ts';
import { useShortcuts } from './useShortcuts.ts';

const NONE: ControlAction[] = [];

/**
 * Exactly the controls the server lists for this activity now (`actions`), so no button leads to
 * a refusal. Deleting responses cannot be undone and asks once more in place.
 */
export function ActivityControls({ activity, isLive }: { activity: ActivitySummary; isLive: boolean }) {
  const t = useT();
  const actions = useWorkshopStore((s) => s.actions[activity.id]) ?? NONE;
  const [busy, setBusy] = useState(false);
  // Remounts the reset question once answered, so it closes again.
  const [resets, setResets] = useState(0);
  const allowed = new Set(actions);
  const primary = primaryAction(activity, isLive, allowed);

  const run = async (action: ControlAction) => {
    if (busy) return;
    setBusy(true);
    const ack = await tracked('activity:control', { activityId: activity.id, action });
    setBusy(false);
    if (ack.ok && action === 'reset') setResets((n) => n + 1);
  };
  const either = (a: ControlAction, b: ControlAction) => () => {
    if (allowed.has(a)) void run(a);
    else if (allowed.has(b)) void run(b);
  };
  useShortcuts({ o: either('close', 'open'), r: either('hide', 'reveal'), l: either('unlock', 'lock') });

  const button = (action: ControlAction) => (
    <button
      key={action}
      type="button"
      className={`button${action === primary ? ' primary big' : ''}`}
      disabled={busy}
      onClick={() => void run(action)}
    >
      {t(actionKey(action, activity))}
    </button>
  );
  const others = ACTION_ORDER.filter((a) => a !== primary && allowed.has(a));
  return (
    <div className="activity-controls stack">
      {primary && button(primary)}
      {others.length > 0 && <div className="button-row">{others.map(button)}</div>}
      {allowed.has('reset') && (
        <ConfirmInPlace
          key={resets}
          label={t('control.reset')}
          warning={t('control.resetWarning')}
          confirmLabel={t('control.resetConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void run('reset')}
        />
      )}
    </div>
  );
}
