import { riskBand } from '../../../shared/activities/matrix/rules.ts';
import {
  MATRIX_POINTS,
  type MatrixConfig,
  type MatrixItem,
  type MatrixPoint,
  type Placement,
} from '../../../shared/activities/matrix/types.ts';
import { placeItem } from './placementStore.ts';
import { type PlacementWords, placementText } from './points.ts';
import { useS } from './strings.ts';

interface Props {
  activityId: string;
  config: MatrixConfig;
  words: PlacementWords;
  item: MatrixItem;
  index: number;
  itemIds: readonly string[];
  placement: Placement | undefined;
  open: boolean;
  onToggle: () => void;
  /** Closes this grid and opens the next item's, or just closes it after the last item. */
  onNext: () => void;
  isLast: boolean;
}

/** Rows top to bottom: the high end of the vertical axis is at the top. */
const ROWS = [...MATRIX_POINTS].reverse() as MatrixPoint[];

/**
 * One item: a button that opens its 5×5 grid, with the saved state in words. The grid is one
 * native radio group of 25 cells (arrow keys work), each named in words ("Sannolikhet 3 (medel),
 * konsekvens 4 (stor): risknivå hög"), with the axes' names and end words along the edges.
 */
export function ItemCard(props: Props) {
  const { activityId, config, words, item, index, itemIds, placement, open } = props;
  const s = useS();
  const n = index + 1;
  const base = `matrix-${activityId}-${item.id}`;
  const risk = config.variant === 'risk';
  const choose = (p: Placement | null) => void placeItem(activityId, itemIds, item.id, p);
  const clear = () => {
    choose(null);
    // The clear button disappears with the placement: focus the first cell of this grid.
    document.querySelector<HTMLInputElement>(`#${CSS.escape(`${base}-grid`)} input`)?.focus();
  };
  const { x, y } = config.axes;
  return (
    <div className={`matrix-item ${placement ? 'placed' : ''}`}>
      <button
        type="button"
        id={`${base}-toggle`}
        className="matrix-toggle"
        aria-expanded={open}
        aria-controls={`${base}-grid`}
        onClick={props.onToggle}
      >
        <span className="matrix-toggle-text">
          <span className="matrix-number">{n}.</span> {item.text}
        </span>
        <span className="matrix-toggle-state">
          {placement ? (
            <>
              <strong className="matrix-saved">{s('placed')}</strong>{' '}
              {placementText(config, words, placement, s)}
            </>
          ) : (
            s('notPlaced')
          )}
        </span>
      </button>
      {open && (
        <fieldset id={`${base}-grid`} className="matrix-grid-field">
          <legend className="visually-hidden">
            {s('item', { n, total: itemIds.length })}: {item.text}
          </legend>
          <p className="matrix-hint">{s('gridHint', { x: x.name, y: y.name })}</p>
          <div className="matrix-board">
            <div className="matrix-y-axis" aria-hidden="true">
              <div className="matrix-y-words">
                <span>{y.high}</span>
                <strong className="matrix-axis-name">{y.name}</strong>
                <span>{y.low}</span>
              </div>
            </div>
            <div className={`matrix-cells ${risk ? 'risk' : ''}`}>
              {ROWS.map((py) =>
                MATRIX_POINTS.map((px) => {
                  const p = { x: px, y: py };
                  const checked = placement?.x === px && placement.y === py;
                  const band = risk ? riskBand(px * py) : null;
                  return (
                    <label key={`${px}-${py}`} className={`matrix-cell ${band ? `band-${band}` : ''}`}>
                      <input
                        type="radio"
                        name={base}
                        value={`${px},${py}`}
                        checked={checked}
                        aria-label={placementText(config, words, p, s)}
                        onChange={() => choose(p)}
                      />
                      <span aria-hidden="true" className="matrix-cell-text">
                        {checked ? (
                          <span className="matrix-check">✓</span>
                        ) : band ? (
                          s(`bandsShort.${band}`)
                        ) : (
                          ''
                        )}
                      </span>
                    </label>
                  );
                }),
              )}
            </div>
            <div className="matrix-x-axis" aria-hidden="true">
              <span>{x.low}</span>
              <strong className="matrix-axis-name">{x.name}</strong>
              <span>{x.high}</span>
            </div>
          </div>
          <div className="button-row">
            {placement && (
              <button type="button" className="button" aria-label={s('clearFor', { n })} onClick={clear}>
                {s('clear')}
              </button>
            )}
            <button type="button" className="button" onClick={props.onNext}>
              {props.isLast ? s('finish') : s('next')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
