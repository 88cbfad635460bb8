import { useEffect, useState } from 'react';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { api } from '../../api/http.ts';
import { JoinCode } from '../../components/JoinCode.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { registerStaffStrings } from '../../i18n/staff.ts';
import { switchLang, useT } from '../../i18n/useT.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { useLiveActivity, useWorkshopStore } from '../../stores/workshopStore.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { useLiveWorkshop } from '../useLiveWorkshop.ts';
import { useSectorLabel } from '../useSectorLabel.ts';
import { ProjectorStage } from './ProjectorStage.tsx';

registerStaffStrings();

/**
 * For the back row: the code and QR huge while people join, the live activity and its timer.
 * When the activity takes the stage (contributions, revealed results) the code moves aside.
 */
export function ProjectorView({ workshopId }: { workshopId: string }) {
  const t = useT();
  const sectorLabel = useSectorLabel();
  const lang = useLangStore((s) => s.lang);
  const [info, setInfo] = useState<CreatedWorkshop | null>(null);
  const state = useWorkshopStore((s) => s.state);
  const presence = useWorkshopStore((s) => s.presence);
  const live = useLiveActivity();
  useEffect(() => {
    void api<CreatedWorkshop>('GET', `/api/workshops/${encodeURIComponent(workshopId)}`).then(
      (res) => res.ok && setInfo(res.data),
    );
  }, [workshopId]);
  useLiveWorkshop(info ? workshopId : null, 'projector');

  const current = state ?? info?.workshop;
  return (
    <div className="projector">
      <header className="projector-header">
        <h1>{current?.title ?? t('common.loading')}</h1>
        <PartBoundary>
          <TimerDisplay size="big" activityId={live?.id ?? null} />
        </PartBoundary>
        <LanguageSwitch lang={lang} label={t('lang.label')} onChange={(l) => void switchLang(l)} />
      </header>
      <main id="main" className="projector-main">
        {current && info && (
          <section className="projector-join" aria-label={t('room.joinLink')}>
            <JoinCode code={current.code} label={t('room.code')} className="huge" />
            <img
              className="qr"
              src={`/api/workshops/${encodeURIComponent(workshopId)}/qr.svg`}
              alt={t('room.qrAlt', { title: current.title })}
            />
            <p className="projector-url">
              {t('projector.joinAt')} <strong>{info.joinUrl.replace(/^https?:\/\//, '')}</strong>
            </p>
          </section>
        )}
        <section className="projector-room" aria-label={t('room.room')}>
          <p className="projector-count">{t('room.joined', { n: presence.total })}</p>
          <SectorCounts counts={presence.bySector} sectorLabel={sectorLabel} className="projector-sectors" />
        </section>
        {state && (
          <PartBoundary resetKey={live?.id}>
            <ProjectorStage workshopId={workshopId} activity={live} />
          </PartBoundary>
        )}
      </main>
    </div>
  );
}
