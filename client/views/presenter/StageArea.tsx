import { type ReactNode, useRef } from 'react';
import { useStageS } from './stageStrings.ts';
import { useStagePages } from './useStagePages.ts';

/**
 * The live activity's part of the stage. What a type draws is never clipped: when it is taller
 * than the screen, the area turns pages by itself with a pause (`useStagePages`), and it can be
 * scrolled from the keyboard too.
 */
export function StageArea({ resetKey, children }: { resetKey: unknown; children: ReactNode }) {
  const s = useStageS();
  const area = useRef<HTMLElement>(null);
  const { page, pages, paused, togglePause, last } = useStagePages(area, resetKey);
  const paging = pages > 1;
  return (
    <div className="stage-area">
      {/* Focusable only while it scrolls, so a keyboard can reach every row (axe: scrollable-region-focusable). */}
      <section
        ref={area}
        className={`stage-activity${paging && !last ? ' has-more' : ''}`}
        aria-label={s('pages.region')}
        tabIndex={paging ? 0 : undefined}
      >
        {children}
      </section>
      {paging && (
        <div className="stage-pager">
          <span className="stage-page">{s('pages.page', { n: page + 1, total: pages })}</span>
          <button type="button" className="button stage-pause" aria-pressed={paused} onClick={togglePause}>
            {s('pages.pause')}
          </button>
        </div>
      )}
    </div>
  );
}
