import { useId } from 'react';
import type { MatrixConfig, PlacementStats } from '../../../shared/activities/matrix/types.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { formatNumber } from './format.ts';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';

interface Row {
  key: string;
  /** The first cells: the item's number and text, or a sector's name. */
  head: string[];
  stats: PlacementStats | undefined;
}

interface Props {
  config: MatrixConfig;
  caption: string;
  /** Column titles of the first cells. */
  headColumns: string[];
  rows: Row[];
}

const NONE = '–';

/**
 * Mean and spread (±1 standard deviation) on each axis and n, and in a risk matrix the mean
 * score and its level: a table, in a box that scrolls sideways on its own on a narrow screen.
 */
export function StatsTable({ config, caption, headColumns, rows }: Props) {
  const s = useS();
  const staff = useStaffS();
  const lang = useLangStore((l) => l.lang);
  const risk = config.variant === 'risk';
  const captionId = useId();
  const num = (v: number | null) => (v === null ? NONE : formatNumber(v, lang));
  const meanSd = (mean: number | null, sd: number | null) =>
    mean === null ? NONE : `${num(mean)} ± ${num(sd)}`;
  return (
    <>
      {/* Outside the box, so the title stays in view when the table scrolls sideways. */}
      <p id={captionId} className="matrix-table-caption">
        {caption}
      </p>
      {/* Focusable, so a keyboard can scroll it when it is wider than the screen (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
      <section className="matrix-table-box" tabIndex={0} aria-labelledby={captionId}>
        <table className="matrix-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {headColumns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">{staff('admin.n')}</th>
              <th scope="col">
                {staff('admin.mean', { axis: config.axes.x.name })} ± {staff('admin.sd')}
              </th>
              <th scope="col">
                {staff('admin.mean', { axis: config.axes.y.name })} ± {staff('admin.sd')}
              </th>
              {risk && <th scope="col">{staff('admin.score')}</th>}
              {risk && <th scope="col">{staff('admin.band')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, head, stats }) => (
              <tr key={key}>
                {head.slice(0, -1).map((c) => (
                  <td key={c}>{c}</td>
                ))}
                <th scope="row" className="matrix-table-text">
                  {head.at(-1)}
                </th>
                <td className="num">{stats?.n ?? 0}</td>
                <td className="num">{meanSd(stats?.x.mean ?? null, stats?.x.sd ?? null)}</td>
                <td className="num">{meanSd(stats?.y.mean ?? null, stats?.y.sd ?? null)}</td>
                {risk && <td className="num">{num(stats?.score ?? null)}</td>}
                {risk && (
                  <td>
                    {stats?.band ? (
                      <span className={`matrix-level band-${stats.band}`}>{s(`bands.${stats.band}`)}</span>
                    ) : (
                      NONE
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
