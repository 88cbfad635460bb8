import { useId } from 'react';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { JoinCode } from '../../components/JoinCode.tsx';
import { useT } from '../../i18n/useT.ts';
import { setJoinLarge, useJoinLarge } from '../joinSize.ts';
import { useRoomS } from './roomStrings.ts';

interface Props {
  state: WorkshopState;
  joinUrl: string;
}

/**
 * How people join, at the top of the room column: the code, the link and the QR side by side,
 * the projector's window, and "Visa koden stort" for latecomers (the projector shows the code
 * large until the first person joins, then in a corner).
 */
export function JoinPanel({ state, joinUrl }: Props) {
  const t = useT();
  const r = useRoomS();
  const hintId = useId();
  const large = useJoinLarge(state.id);
  const projectorPath = `/f/w/${encodeURIComponent(state.id)}/projector`;
  return (
    <section aria-labelledby="join-heading" className="panel join-panel">
      <h3 id="join-heading">{t('room.joinLink')}</h3>
      <div className="join-panel-body">
        <img
          className="qr small-qr"
          src={`/api/workshops/${encodeURIComponent(state.id)}/qr.svg`}
          alt={t('room.qrAlt', { title: state.title })}
          width={112}
          height={112}
        />
        <div className="join-panel-text">
          <JoinCode code={state.code} label={t('room.code')} />
          <p className="join-url">
            <a href={joinUrl}>{joinUrl.replace(/^https?:\/\//, '')}</a>
          </p>
        </div>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button small"
          onClick={() => window.open(projectorPath, `samsyn-projector-${state.id}`)}
        >
          {t('room.openProjector')}
        </button>
        <button
          type="button"
          className="button small"
          aria-pressed={large}
          aria-describedby={hintId}
          onClick={() => setJoinLarge(state.id, !large)}
        >
          {r('join.large')}
        </button>
      </div>
      <p id={hintId} className="hint">
        {r('join.largeHint')}
      </p>
    </section>
  );
}
