import { useT } from '../../i18n/useT.ts';
import { useLangStore } from '../../stores/langStore.ts';

export function ExportLinks({ workshopId }: { workshopId: string }) {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  return (
    <section aria-labelledby="export-heading" className="panel">
      <h3 id="export-heading">{t('room.export')}</h3>
      <ul className="link-list">
        <li>
          <a href={`${base}/export.md?lang=${lang}`} download>
            {t('room.exportMd')}
          </a>
        </li>
        <li>
          <a href={`${base}/export.csv?lang=${lang}`} download>
            {t('room.exportCsv')}
          </a>
        </li>
        <li>
          <a href={`${base}/export.json?lang=${lang}`} download>
            {t('room.exportJson')}
          </a>
        </li>
      </ul>
    </section>
  );
}
