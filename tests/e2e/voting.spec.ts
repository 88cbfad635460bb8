import fs from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import {
  contextPool,
  joinCodeOf,
  joinWithCode,
  logIn,
  makeLive,
  openProjector,
  SHOTS_DIR,
  shot,
} from './steps.ts';

/** Ten priorities: after one is hidden and one merged, eight are voted on. */
const SEEDS = [
  'Kompetensförsörjning i hela länet',
  'Infrastrukturinvesteringsplanen för Bergslagen',
  'Klimatomställning',
  'Kollektivtrafik på landsbygden',
  'Unga vuxnas psykiska hälsa',
  'Bostäder',
  'Energiförsörjningssäkerhet',
  'Digital infrastruktur',
  'Besöksnäring',
  'Vattenförsörjning',
];

/** The page never scrolls sideways, whatever the words (WCAG 1.4.10). */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scrollWidth, `${where}: sideways scroll`).toBeLessThanOrEqual(clientWidth);
}

/** The focused control is not under the sticky budget nor the sticky status bar (WCAG 2.4.11). */
async function expectFocusVisible(page: Page, where: string) {
  const hidden = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'focus on the page';
    const a = focused.getBoundingClientRect();
    for (const selector of ['.ballot-budget', '.status-bar']) {
      const cover = document.querySelector(selector)?.getBoundingClientRect();
      if (!cover) continue;
      const overlap = Math.min(a.bottom, cover.bottom) - Math.max(a.top, cover.top);
      if (overlap > 1)
        return `${focused.getAttribute('aria-label') ?? focused.textContent} under ${selector}`;
    }
    return null;
  });
  expect(hidden, where).toBeNull();
}

const focusedName = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );

/** Closes the live activity from the control room, confirming if the room asks first. */
async function closeActivity(facilitator: Page) {
  const close = facilitator.getByRole('button', { name: 'Stäng', exact: true });
  await close.first().click();
  const asked = facilitator.getByText(/Deltagarna kan inte svara mer/);
  if (await asked.isVisible().catch(() => false)) await close.last().click();
}

/**
 * Dot voting brought up to standard, and what the room tried: a 360 px phone votes through its
 * budget (compact rows, the budget in view, aria-disabled buttons with reasons, a done state,
 * focus kept after the keyboard takes the last dot back, a recap when closed); numbers stay the
 * same on every screen through a hide and a merge; long Swedish words never scroll the page
 * sideways at 320 px; the status says "Återansluter…" when offline; a deleted workshop says so.
 */
test.describe('dot voting on a phone', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('votes through the budget, numbers hold on every screen, the status tells the truth', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await logIn(facilitator, E2E_ADMIN);
    await facilitator
      .getByLabel('Titel')
      .fill('Kompetensförsörjningsstrategi för Infrastrukturinvesteringsplanen');
    await facilitator.getByLabel('Prioriteringar att börja med (en per rad)').fill(SEEDS.join('\n'));
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
    const code = await joinCodeOf(facilitator);
    const projector = await openProjector(facilitator, DESKTOP);
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');

    // The facilitator hides number 2 and merges number 4 into number 3.
    await facilitator.getByRole('button', { name: 'Dölj prioritering 2' }).click();
    await facilitator.getByRole('button', { name: 'Slå ihop prioritering 4' }).click();
    await facilitator.getByLabel('Slå ihop prioritering 4 med').selectOption({ label: `3. ${SEEDS[2]}` });
    await facilitator.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    const merged = `${SEEDS[2]}\n${SEEDS[3]}`;

    // Numbers hold on every screen: 5 is still 5; the hidden 2 and the merged-away 4 leave gaps.
    await expect(facilitator.getByLabel('Prioritering 3', { exact: true })).toHaveValue(merged);
    // Focus goes to the merged text (where the result is edited), not to the page.
    await expect(facilitator.getByLabel('Prioritering 3', { exact: true })).toBeFocused();
    await expect(facilitator.getByLabel('Prioritering 4', { exact: true })).toHaveCount(0);
    await expect(facilitator.getByLabel('Prioritering 5', { exact: true })).toHaveValue(SEEDS[4] ?? '');
    await expect(facilitator.getByLabel('Prioritering 2 (Dold)', { exact: true })).toBeVisible();
    await expect(phone.getByLabel('Prioritering 5', { exact: true })).toHaveValue(SEEDS[4] ?? '');
    await expect(phone.getByLabel('Prioritering 3', { exact: true })).toHaveValue(merged);
    await expect(phone.getByLabel('Prioritering 2', { exact: true })).toHaveCount(0);
    await expect(phone.getByLabel('Prioritering 4', { exact: true })).toHaveCount(0);
    await expect(projector.locator('li[value="5"]')).toContainText(SEEDS[4] ?? '');
    await expect(projector.locator('li[value="3"]')).toContainText('Sammanslagen av 2');
    // A merge reads as one, with where it came from; the facilitator can edit the merged text.
    await expect(phone.getByText('Sammanslagen av 2')).toBeVisible();
    await phone.getByText('Visa texterna som slogs ihop hit').click();
    await expect(phone.locator('.merged-texts')).toContainText(SEEDS[3] ?? '');
    await expect(facilitator.getByLabel('Prioritering 3', { exact: true })).toBeEditable();
    await shot(phone, 'voting-merged-item', ['phone', 'desktop']);
    await shot(projector, 'voting-merged-projector', ['desktop']);

    // Long Swedish compounds wrap at 320 px: the page never scrolls sideways.
    await phone.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(phone, 'list at 320 px');
    await phone.setViewportSize(PHONE);

    // The dot voting goes live.
    await makeLive(facilitator, /^2\. Prickröstning/);
    await expect(phone.getByRole('heading', { name: 'Prickröstning' })).toBeVisible();
    const budget = phone.locator('.ballot-budget');
    await expect(budget).toContainText('5 av 5 prickar kvar');
    const rows = phone.locator('.vote-row');
    await expect(rows).toHaveCount(8);
    // Rows are numbered as everywhere else.
    const add = (n: number) => phone.getByRole('button', { name: new RegExp(`^${n}\\. `) });
    const remove = (n: number) => phone.getByRole('button', { name: `Ta bort prick från prioritering ${n}` });
    await expect(add(5)).toContainText(SEEDS[4] ?? '');
    await expect(add(3)).toContainText('Sammanslagen av 2');
    await expect(add(2)).toHaveCount(0);

    // Compact: eight priorities fit in about two screens, no row taller than a few lines.
    const heights = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeLessThan(130);
    const list = await phone.locator('.vote-list').boundingBox();
    expect(list?.height ?? 0).toBeLessThan(PHONE.height * 1.6);
    await phone.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(phone, 'ballot at 320 px');
    await phone.setViewportSize(PHONE);

    // The budget stays in view at the foot of the screen while the list scrolls.
    await add(10).scrollIntoViewIfNeeded();
    const box = await budget.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
    expect(box?.y ?? 0).toBeGreaterThan(PHONE.height / 2);
    // …and never covers the control that has focus, going down the list with the keyboard.
    await add(1).focus();
    for (let i = 0; i < 15; i++) {
      await phone.keyboard.press('Tab');
      await expectFocusVisible(phone, `tab ${i + 1}`);
    }
    await expectAccessible(phone, 'ballot', [PHONE]);
    await shot(phone, 'voting-ballot', ['phone', 'desktop']);

    // Three dots on number 1 reach the cap: its add button says so, and a tap is no error.
    for (let i = 0; i < 3; i++) await add(1).click();
    await expect(budget).toContainText('2 av 5 prickar kvar');
    await expect(add(1)).toHaveAttribute('aria-disabled', 'true');
    await expect(add(1)).toContainText('Högst 3 här');
    // Playwright waits for an aria-disabled button to become enabled: a person just taps it.
    await add(1).click({ force: true });
    await expect(budget).toContainText('Prioritering 1 har redan 3 prickar');
    await expect(budget).toContainText('2 av 5 prickar kvar');
    await expect(phone.locator('.status-error')).toHaveCount(0);

    // Spending the rest: done, every add button aria-disabled, one status ("Sparat ✓") and no error.
    await add(3).click();
    await add(5).click();
    await expect(budget).toContainText('Klart – du har placerat alla prickar.');
    await expect(budget).toContainText('Du kan ändra tills röstningen stänger.');
    for (const n of [1, 3, 5, 6, 7, 8, 9, 10]) await expect(add(n)).toHaveAttribute('aria-disabled', 'true');
    await add(6).click({ force: true });
    await expect(budget).toContainText('Alla dina prickar är placerade.');
    await expect(phone.getByText('Sparat ✓')).toBeVisible();
    await expect(phone.locator('.status-error')).toHaveCount(0);
    await expectAccessible(phone, 'ballot done', [PHONE]);
    // Forced colours (Windows high contrast): a placed dot still differs from an empty one.
    await phone.emulateMedia({ forcedColors: 'active' });
    const fill = (selector: string) =>
      phone
        .locator(`.vote-row ${selector}`)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await fill('.dot.on')).not.toBe(await fill('.dot:not(.on)'));
    await phone.emulateMedia({ forcedColors: 'none' });
    await shot(phone, 'voting-done', ['phone', 'desktop']);

    // With the keyboard, number 5's last dot is taken back: focus stays on its minus.
    await remove(5).focus();
    await phone.keyboard.press('Enter');
    await expect(budget).toContainText('1 av 5 prickar kvar');
    await expect(remove(5)).toHaveAttribute('aria-disabled', 'true');
    expect(await focusedName(phone)).toBe('Ta bort prick från prioritering 5');
    await phone.keyboard.press('Enter');
    await expect(budget).toContainText('Du har ingen prick på prioritering 5.');
    expect(await focusedName(phone)).toBe('Ta bort prick från prioritering 5');
    await expect(phone.getByText('Sparat ✓')).toBeVisible();

    // The control room and the projector use the same numbers in the tally.
    await expect(facilitator.locator('.result-label', { hasText: SEEDS[0] ?? '' })).toHaveText(/^1\. /);
    await expect(facilitator.locator('.result-label', { hasText: SEEDS[2] ?? '' })).toHaveText(/^3\. /);

    // Offline: within 5 s the status says it is reconnecting; a tap then waits and is sent again.
    await phone.context().setOffline(true);
    await expect(phone.locator('.status-pill')).toHaveText('Återansluter…', { timeout: 5000 });
    await add(5).click();
    await expect(phone.locator('.status-save')).toHaveText('Inte sparat än – försöker igen', {
      timeout: 5000,
    });
    await shot(phone, 'voting-offline', ['phone', 'desktop']);
    await phone.context().setOffline(false);
    await expect(phone.locator('.status-pill')).toHaveText('Ansluten', { timeout: 20_000 });
    await expect(phone.getByText('Sparat ✓')).toBeVisible({ timeout: 20_000 });
    await expect(budget).toContainText('Klart – du har placerat alla prickar.');

    // Closed: a recap of one's own dots, numbered as everywhere.
    await closeActivity(facilitator);
    await expect(phone.getByText('Röstningen är stängd – vänta på resultatet.')).toBeVisible();
    const recap = phone.getByRole('region', { name: 'Dina prickar' });
    await expect(recap.getByRole('listitem')).toHaveCount(3);
    await expect(recap.getByRole('listitem').first()).toContainText(SEEDS[0] ?? '');
    await expect(recap.getByRole('listitem').first()).toContainText('3 prickar');
    await expect(recap).toContainText('1 prick');
    await expectAccessible(phone, 'recap', [PHONE]);
    await shot(phone, 'voting-recap', ['phone', 'desktop']);

    // Revealed: the projector's bars carry the same numbers.
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(projector.locator('.result-label', { hasText: SEEDS[0] ?? '' })).toHaveText(/^1\. /);
    await expect(phone.locator('.result-label', { hasText: SEEDS[2] ?? '' })).toHaveText(/^3\. /);

    // The owner deletes the workshop: the phone and the projector say so and stop acting live.
    await facilitator.getByRole('button', { name: 'Radera workshoppen' }).click();
    await facilitator.getByRole('button', { name: 'Ja, radera' }).click();
    await expect(phone.getByRole('alert').filter({ hasText: 'Workshoppen är borttagen.' })).toBeVisible();
    await expect(phone.locator('.ballot-recap')).toHaveCount(0);
    await expect(projector.getByRole('alert').filter({ hasText: 'Workshoppen är borttagen.' })).toBeVisible();
    await shot(phone, 'voting-deleted', ['phone']);
    await shot(projector, 'voting-deleted-projector', ['desktop']);
  });
});
