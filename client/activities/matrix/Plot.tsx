import { riskBand } from '../../../shared/activities/matrix/rules.ts';
import {
  MATRIX_POINTS,
  type MatrixConfig,
  type MatrixResults,
} from '../../../shared/activities/matrix/types.ts';
import { useS } from './strings.ts';

/** The plot is 100 × 100 user units: five positions of 20 each, position 1 at the left and bottom. */
const CELL = 20;
const at = (position: number) => (position - 0.5) * CELL;

interface Props {
  config: MatrixConfig;
  /** Null before the reveal on the projector: the axes and grid without markers. */
  results: MatrixResults | null;
  /** Said instead of the drawing; the legend or table beside it carries the figures. */
  label: string;
  className?: string;
}

/**
 * Each item's mean position as a numbered marker (its number in the config's order, the same on
 * every screen) and its spread as an ellipse of ±1 standard deviation on each axis. A risk matrix
 * draws its coloured 5×5 grid underneath, each cell with its level in words; a 2×2 matrix its
 * four quadrants. The axes' names and end words are HTML around the drawing, so they take the
 * page's type size.
 */
export function Plot({ config, results, label, className = '' }: Props) {
  const s = useS();
  const risk = config.variant === 'risk';
  const { x, y } = config.axes;
  const markers = config.items.flatMap((item, i) => {
    const r = results?.byItem[item.id];
    if (!r || r.x.mean === null || r.y.mean === null) return [];
    return [
      {
        id: item.id,
        n: i + 1,
        cx: at(r.x.mean),
        cy: 100 - at(r.y.mean),
        rx: (r.x.sd ?? 0) * CELL,
        ry: (r.y.sd ?? 0) * CELL,
      },
    ];
  });
  return (
    <div className={`matrix-plot ${className}`}>
      <div className="matrix-y-axis" aria-hidden="true">
        <div className="matrix-y-words">
          <span>{y.high}</span>
          <strong className="matrix-axis-name">{y.name}</strong>
          <span>{y.low}</span>
        </div>
      </div>
      <svg viewBox="-1 -1 102 102" role="img" aria-label={label} className="matrix-svg">
        {risk ? (
          MATRIX_POINTS.map((px) =>
            MATRIX_POINTS.map((py) => {
              const band = riskBand(px * py);
              const left = (px - 1) * CELL;
              const top = 100 - py * CELL;
              return (
                <g key={`${px}-${py}`}>
                  <rect x={left} y={top} width={CELL} height={CELL} className={`matrix-band band-${band}`} />
                  <text x={left + 1.2} y={top + 4.2} className="matrix-band-text">
                    {s(`bandsShort.${band}`)}
                  </text>
                </g>
              );
            }),
          )
        ) : (
          <>
            <rect x={0} y={0} width={100} height={100} className="matrix-field" />
            {[20, 40, 60, 80].map((v) => (
              <g key={v} className="matrix-gridline">
                <line x1={v} y1={0} x2={v} y2={100} />
                <line x1={0} y1={v} x2={100} y2={v} />
              </g>
            ))}
            <g className="matrix-quadrant">
              <line x1={50} y1={0} x2={50} y2={100} />
              <line x1={0} y1={50} x2={100} y2={50} />
            </g>
          </>
        )}
        <rect x={0} y={0} width={100} height={100} className="matrix-frame" />
        {markers.map((m) => (
          // ±1 standard deviation: a cross always (one arm may be 0), an ellipse when both are not.
          <g key={`s-${m.id}`}>
            {m.rx > 0 && m.ry > 0 && (
              <ellipse cx={m.cx} cy={m.cy} rx={m.rx} ry={m.ry} className="matrix-spread" />
            )}
            {m.rx > 0 && (
              <path
                d={`M${m.cx - m.rx} ${m.cy - 2}v4M${m.cx - m.rx} ${m.cy}H${m.cx + m.rx}M${m.cx + m.rx} ${m.cy - 2}v4`}
                className="matrix-cross"
              />
            )}
            {m.ry > 0 && (
              <path
                d={`M${m.cx - 2} ${m.cy - m.ry}h4M${m.cx} ${m.cy - m.ry}V${m.cy + m.ry}M${m.cx - 2} ${m.cy + m.ry}h4`}
                className="matrix-cross"
              />
            )}
          </g>
        ))}
        {markers.map((m) => (
          <g key={m.id} className="matrix-marker">
            <circle cx={m.cx} cy={m.cy} r={4.6} />
            <text x={m.cx} y={m.cy} dy="0.35em" textAnchor="middle">
              {m.n}
            </text>
          </g>
        ))}
      </svg>
      <div className="matrix-x-axis" aria-hidden="true">
        <span>{x.low}</span>
        <strong className="matrix-axis-name">{x.name}</strong>
        <span>{x.high}</span>
      </div>
    </div>
  );
}
