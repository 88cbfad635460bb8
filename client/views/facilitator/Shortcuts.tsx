import { useT } from '../../i18n/useT.ts';

/** The keys of the live moment, listed on screen; all but N act on the selected activity. */
export function Shortcuts() {
  const t = useT();
  const keys = [
    ['N', t('room.keyNext')],
    ['O', t('room.keyOpen')],
    ['R', t('room.keyReveal')],
    ['L', t('room.keyLock')],
    ['T', t('room.keyTimer')],
  ] as const;
  return (
    <div className="shortcuts">
      <h4>{t('room.shortcuts')}</h4>
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
    </div>
  );
}
