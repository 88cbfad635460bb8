import { useEffect, useRef, useState } from 'react';
import type { ControlAction } from '../../../shared/domain/control.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { ConfirmQuestion } from '../../components/ConfirmQuestion.tsx';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { ACTION_ORDER, actionKey, primaryAction } from './controlActions.ts';
import { useRoomS } from './roomStrings.ts';
import { useShortcuts } from './useShortcuts.ts';

const NONE: ControlAction[] = [];

interface Props {
  activity: ActivitySummary;
  isLive: boolean;
  /** The activity's name, for the close question. */
  label: string;
}

/**
 * Exactly the controls the server lists for this activity now (`actions`), so no button leads to
 * a refusal: the next step large, the others in one row. A running command keeps its button
 * focusable (`aria-disabled`), so focus never falls to the page. Deleting responses asks once
 * more in place; so does closing from the keyboard shortcut, where one stray key would otherwise
 * end a vote (a click on Stäng is deliberate, and Öppna igen undoes it).
 */
export function ActivityControls({ activity, isLive, label }: Props) {
  const t = useT();
  const r = useRoomS();
  const actions = useWorkshopStore((s) => s.actions[activity.id]) ?? NONE;
  const [busy, setBusy] = useState(false);
  // Remounts the reset question once answered, so it closes again.
  const [resets, setResets] = useState(0);
  const [askingClose, setAskingClose] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const refocus = useRef<'reset' | 'back' | null>(null);
  const allowed = new Set(actions);
  const primary = primaryAction(activity, isLive, allowed);

  const run = async (action: ControlAction) => {
    if (busy) return;
    setBusy(true);
    const ack = await tracked('activity:control', { activityId: activity.id, action });
    setBusy(false);
    if (ack.ok && action === 'reset') {
      refocus.current = 'reset';
      setResets((n) => n + 1);
    }
  };
  const askClose = () => {
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setAskingClose(true);
  };
  const endClose = (confirmed: boolean) => {
    setAskingClose(false);
    refocus.current = 'back';
    if (confirmed) void run('close');
  };
  // After a question closes: back where the key was pressed, else to the first control here.
  useEffect(() => {
    const why = refocus.current;
    if (!why || askingClose) return;
    refocus.current = null;
    const back = why === 'back' && returnTo.current?.isConnected ? returnTo.current : null;
    const buttons = box.current?.querySelectorAll<HTMLElement>('button');
    // After a reset the question's own button (the last one) is where the facilitator was.
    const here = why === 'reset' ? buttons?.[buttons.length - 1] : buttons?.[0];
    (back ?? here)?.focus();
  });

  useShortcuts({
    o: () => {
      if (allowed.has('close')) askClose();
      else if (allowed.has('open')) void run('open');
    },
    r: () => {
      if (allowed.has('hide')) void run('hide');
      else if (allowed.has('reveal')) void run('reveal');
    },
    l: () => {
      if (allowed.has('unlock')) void run('unlock');
      else if (allowed.has('lock')) void run('lock');
    },
  });

  const button = (action: ControlAction) => (
    <button
      key={action}
      type="button"
      className={`button${action === primary ? ' primary' : ' small'}`}
      aria-disabled={busy || undefined}
      onClick={() => void run(action)}
    >
      {t(actionKey(action, activity))}
    </button>
  );
  const others = ACTION_ORDER.filter((a) => a !== primary && allowed.has(a));
  return (
    <div ref={box} className="activity-controls">
      {askingClose && (
        <ConfirmQuestion
          warning={r('confirmClose.question', { label })}
          confirmLabel={r('confirmClose.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => endClose(true)}
          onCancel={() => endClose(false)}
        />
      )}
      <div className="button-row control-row">
        {primary && button(primary)}
        {others.map(button)}
      </div>
      {allowed.has('reset') && (
        <ConfirmInPlace
          key={resets}
          small
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
