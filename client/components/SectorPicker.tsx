import { SECTORS, type Sector } from '../../shared/domain/sectors.ts';

interface Props {
  legend: string;
  value: Sector | null;
  sectorLabel: (sector: Sector) => string;
  onChange: (sector: Sector) => void;
  describedBy?: string;
}

/** Native radios styled as big tiles: the radio-group semantics and arrow keys come for free. */
export function SectorPicker({ legend, value, sectorLabel, onChange, describedBy }: Props) {
  return (
    <fieldset className="sector-picker" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="tiles">
        {SECTORS.map((s) => (
          <label key={s} className="tile">
            <input type="radio" name="sector" value={s} checked={value === s} onChange={() => onChange(s)} />
            <span>{sectorLabel(s)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
