import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const PHONE = { width: 360, height: 800 };
export const DESKTOP = { width: 1280, height: 800 };

/** Runs axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page at phone and desktop width. */
export async function expectAccessible(page: Page, view: string, sizes = [PHONE, DESKTOP]): Promise<void> {
  const original = page.viewportSize();
  for (const size of sizes) {
    await page.setViewportSize(size);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = result.violations.map(
      (v) => `${view}@${size.width}: ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found, `axe violations in ${view}`).toEqual([]);
  }
  if (original) await page.setViewportSize(original);
}

/** WCAG 1.4.12: the text-spacing bookmarklet's values. */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** WCAG 1.4.10: whether the page scrolls sideways (a pixel of rounding allowed). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return root.scrollWidth > root.clientWidth + 1;
  });

/**
 * Rows that cannot be reached: cut off by an ancestor that hides overflow, with no size, clipping
 * their own text, or wider than the stage's area (it pages downwards only, with no scrollbar).
 * A page that scrolls vertically still reaches its rows; a clipped box does not.
 */
export function unreachable(rows: Locator): Promise<string[]> {
  return rows.evaluateAll((els) =>
    els
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return true;
        const own = getComputedStyle(el);
        if (/hidden|clip/.test(own.overflowY) && el.scrollHeight > el.clientHeight + 1) return true;
        const area = el.closest('.stage-activity')?.getBoundingClientRect();
        if (area && (box.left < area.left - 1 || box.right > area.right + 1)) return true;
        for (let up = el.parentElement; up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (!/hidden|clip/.test(style.overflowY + style.overflowX)) continue;
          const frame = up.getBoundingClientRect();
          if (box.top < frame.top - 1 || box.bottom > frame.bottom + 1) return true;
        }
        return false;
      })
      .map((el) => el.textContent ?? ''),
  );
}
