import { useState } from 'react';
import '../timer.css';
import { TIMER_LIMITS, timerActions, timerStatus } from '../../../shared/domain/timer.ts';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useActivityTimer } from '../../stores/timerStore.ts';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { useShortcuts } from './useShortcuts.ts';

const MINUTE = 60_000;
const PRESETS = [1, 3, 5, 10] as const;
const MAX_MINUTES = TIMER_LIMITS.maxMs / MINUTE;

function minutesOf(value: string): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_MINUTES ? n : null;
}

/**
 * Starting, pausing, extending and stopping one activity's timer (phones and the projector show
 * the live activity's). Which buttons show is `timerActions`, the rule the server checks too;
 * starting again is offered only when no timer runs, so a stray click cannot replace one the room
 * is watching.
 */
export function TimerControls({ activityId }: { activityId: string }) {
  const t = useT();
  const timer = useActivityTimer(activityId);
  const [minutes, setMinutes] = useState('5');
  const [invalid, setInvalid] = useState(false);
  const [closeOnEnd, setCloseOnEnd] = useState(false);
  const allowed = new Set(timerActions(timer));
  const status = timer && timerStatus(timer);
  const mayStart = status === null || status === 'ended';

  const start = (n: number) =>
    void tracked('timer:start', { activityId, durationMs: n * MINUTE, closeOnEnd });
  const startTyped = () => {
    const n = minutesOf(minutes);
    setInvalid(n === null);
    if (n !== null) start(n);
  };
  const pause = () => void tracked('timer:pause', { activityId });
  const resume = () => void tracked('timer:resume', { activityId });

  useShortcuts({
    t: () => (allowed.has('pause') ? pause() : allowed.has('resume') ? resume() : mayStart && startTyped()),
  });

  return (
    <section aria-labelledby="timer-heading" className="panel stack timer-controls">
      <h3 id="timer-heading">{t('timerControls.heading')}</h3>
      <TimerDisplay size="compact" activityId={activityId} />
      {timer?.closeOnEnd && status !== 'ended' && <p className="hint">{t('timerControls.closes')}</p>}
      {status !== null && (
        <div className="button-row">
          {allowed.has('pause') && (
            <button type="button" className="button primary" onClick={pause}>
              {t('timerControls.pause')}
            </button>
          )}
          {allowed.has('resume') && (
            <button type="button" className="button primary" onClick={resume}>
              {t('timerControls.resume')}
            </button>
          )}
          {allowed.has('extend') && (
            <button
              type="button"
              className="button"
              onClick={() => void tracked('timer:extend', { activityId, byMs: MINUTE })}
            >
              {t('timerControls.extend')}
            </button>
          )}
          {allowed.has('stop') && (
            <button
              type="button"
              className="button"
              onClick={() => void tracked('timer:stop', { activityId })}
            >
              {t('timerControls.stop')}
            </button>
          )}
        </div>
      )}
      {mayStart && (
        <fieldset className="timer-start stack">
          <legend>{t('timerControls.startLegend')}</legend>
          <div className="button-row">
            {PRESETS.map((n) => (
              <button
                key={n}
                type="button"
                className="button"
                aria-label={t('timerControls.presetLabel', { n })}
                onClick={() => start(n)}
              >
                {t('timerControls.preset', { n })}
              </button>
            ))}
          </div>
          <div className="timer-custom">
            <TextField
              id="timer-minutes"
              label={t('timerControls.minutes')}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_MINUTES}
              step={1}
              value={minutes}
              aria-invalid={invalid}
              onValue={(v) => {
                setMinutes(v);
                setInvalid(false);
              }}
              onKeyDown={(e) => e.key === 'Enter' && startTyped()}
            />
            <button type="button" className="button primary" onClick={startTyped}>
              {t('timerControls.start')}
            </button>
          </div>
          <p className="error" role="alert">
            {invalid ? t('timerControls.minutesInvalid') : ''}
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={closeOnEnd}
              aria-describedby="timer-close-hint"
              onChange={(e) => setCloseOnEnd(e.target.checked)}
            />
            {t('timerControls.closeOnEnd')}
          </label>
          <p id="timer-close-hint" className="hint">
            {t('timerControls.closeHint')}
          </p>
        </fieldset>
      )}
    </section>
  );
}
