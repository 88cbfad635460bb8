import { useId } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useRoomS } from './roomStrings.ts';
import { useShortcutsStore } from './shortcutsStore.ts';

/**
 * The keys of the live moment: off until turned on here (WCAG 2.1.4), then listed on screen.
 * All but N act on the selected activity.
 */
export function Shortcuts() {
  const t = useT();
  const r = useRoomS();
  const hintId = useId();
  const enabled = useShortcutsStore((s) => s.enabled);
  const setEnabled = useShortcutsStore((s) => s.setEnabled);
  const keys = [
    ['N', t('room.keyNext')],
    ['O', `${t('room.keyOpen')} (${r('shortcuts.closeAsks')})`],
    ['R', t('room.keyReveal')],
    ['L', t('room.keyLock')],
    ['T', t('room.keyTimer')],
  ] as const;
  return (
    <section className="shortcuts panel" aria-labelledby="shortcuts-heading">
      <h3 id="shortcuts-heading">{t('room.shortcuts')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby={hintId}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        {r('shortcuts.enable')}
      </label>
      <p id={hintId} className="hint">
        {r('shortcuts.hint')}
      </p>
      {enabled && (
        <dl>
          {keys.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
