import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { JoinCode } from '../../components/JoinCode.tsx';
import { useT } from '../../i18n/useT.ts';

interface Props {
  state: WorkshopState;
  joinUrl: string;
}

export function JoinPanel({ state, joinUrl }: Props) {
  const t = useT();
  const projectorPath = `/f/w/${encodeURIComponent(state.id)}/projector`;
  return (
    <section aria-labelledby="join-heading" className="panel">
      <h3 id="join-heading">{t('room.joinLink')}</h3>
      <JoinCode code={state.code} label={t('room.code')} />
      <p className="join-url">
        <a href={joinUrl}>{joinUrl}</a>
      </p>
      <img
        className="qr small-qr"
        src={`/api/workshops/${encodeURIComponent(state.id)}/qr.svg`}
        alt={t('room.qrAlt', { title: state.title })}
        width={160}
        height={160}
      />
      <button
        type="button"
        className="button"
        onClick={() => window.open(projectorPath, `samsyn-projector-${state.id}`)}
      >
        {t('room.openProjector')}
      </button>
    </section>
  );
}
