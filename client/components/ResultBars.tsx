import { type BySector, SECTORS, type Sector } from '../../shared/domain/sectors.ts';

export interface ResultRow {
  id: string;
  label: string;
}

/** A row's total and its split by sector. */
export interface RowTotal {
  total: number;
  bySector: BySector;
}

interface Props {
  rows: ResultRow[];
  /** By row id; a row without one has none. */
  totals: Readonly<Record<string, RowTotal>>;
  sectorLabel: (sector: Sector) => string;
  dotsLabel: (n: number) => string;
  /** Show at most this many rows (the projector has no scrolling). */
  limit?: number;
}

/**
 * Bars sorted by total. Each bar is split by sector in Okabe–Ito colours, and the same split is
 * written out beside it, so no figure depends on seeing colour.
 */
export function ResultBars({ rows, totals, sectorLabel, dotsLabel, limit }: Props) {
  const ranked = rows
    .map((row) => ({ ...row, result: totals[row.id] }))
    .sort((a, b) => (b.result?.total ?? 0) - (a.result?.total ?? 0))
    .slice(0, limit ?? rows.length);
  const max = Math.max(1, ...ranked.map((r) => r.result?.total ?? 0));
  return (
    <ol className="results">
      {ranked.map(({ id, label, result }) => {
        const total = result?.total ?? 0;
        const parts = SECTORS.filter((s) => (result?.bySector[s] ?? 0) > 0);
        return (
          <li key={id} className="result">
            <div className="result-head">
              <span className="result-label">{label}</span>
              <span className="result-total">{dotsLabel(total)}</span>
            </div>
            <div className="bar" aria-hidden="true">
              <div className="bar-fill" style={{ width: `${(total / max) * 100}%` }}>
                {parts.map((s) => (
                  <span
                    key={s}
                    className={`bar-part sector-${s}`}
                    style={{ flexGrow: result?.bySector[s] ?? 0 }}
                  />
                ))}
              </div>
            </div>
            {parts.length > 0 && (
              <p className="result-sectors">
                {parts.map((s) => (
                  <span key={s} className="sector-chip">
                    <span className={`swatch sector-${s}`} aria-hidden="true" />
                    {sectorLabel(s)} {result?.bySector[s] ?? 0}
                  </span>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
