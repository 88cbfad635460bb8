import { useT } from '../i18n/useT.ts';
import './ended.css';

/**
 * The projector once its workshop is deleted: said large, for the back row, instead of a stage
 * that would otherwise freeze on its last state as if still live.
 */
export function WorkshopEnded({ title }: { title: string | undefined }) {
  const t = useT();
  return (
    <div className="workshop-ended">
      <main id="main" className="ended-main">
        {title && <h1 className="ended-title">{title}</h1>}
        <p className="stage-ended" role="alert">
          <strong>{t('status.deleted')}</strong>
        </p>
        <p className="stage-ended-hint">{t('status.endedHint')}</p>
      </main>
    </div>
  );
}
