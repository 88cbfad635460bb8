import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
