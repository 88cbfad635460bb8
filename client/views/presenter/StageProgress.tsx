import { type Answered, progressOf } from '../answered.ts';
import { useStageS } from './stageStrings.ts';

/**
 * "12 av 40 har svarat" and a bar, while the live activity takes answers. The words carry the
 * figure; the bar only repeats it, so it is hidden from screen readers. Not a live region: it
 * changes with every answer in a hall.
 */
export function StageProgress({ answered, connected }: { answered: Answered; connected: number }) {
  const s = useStageS();
  const { of, ratio } = progressOf(answered.n, connected);
  return (
    <div className="stage-progress">
      <p className="stage-answered" data-testid="stage-answered">
        {answered.n === 0 && of === 0 ? s('answeredNone') : s('answered', { n: answered.n, of })}
      </p>
      <div className="stage-meter" aria-hidden="true">
        <span className="stage-meter-fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
    </div>
  );
}
