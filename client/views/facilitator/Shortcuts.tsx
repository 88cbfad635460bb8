import { useT } from '../../i18n/useT.ts';

export function Shortcuts() {
  const t = useT();
  const keys = [
    ['V', t('room.keyVote')],
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
