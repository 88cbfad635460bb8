import { type BySector, SECTORS, type Sector } from '../../shared/domain/sectors.ts';

interface Props {
  counts: BySector;
  sectorLabel: (sector: Sector) => string;
  className?: string;
}

/** People per sector, as a list with numbers; the colour swatch only repeats the label. */
export function SectorCounts({ counts, sectorLabel, className }: Props) {
  return (
    <ul className={`sector-counts ${className ?? ''}`}>
      {SECTORS.map((s) => (
        <li key={s}>
          <span className={`swatch sector-${s}`} aria-hidden="true" />
          <span className="sector-name">{sectorLabel(s)}</span>
          <span className="sector-count">{counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}
