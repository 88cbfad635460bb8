import type { Sector } from '../../shared/domain/sectors.ts';
import { useSectorLabel } from '../views/useSectorLabel.ts';

/** Where a contribution came from: the sector's colour and, always, its name (never colour alone). */
export function SectorChip({ sector, prefix }: { sector: Sector; prefix?: string }) {
  const sectorLabel = useSectorLabel();
  return (
    <span className="sector-chip">
      <span className={`swatch sector-${sector}`} aria-hidden="true" />
      {prefix ? `${prefix} ` : ''}
      {sectorLabel(sector)}
    </span>
  );
}
