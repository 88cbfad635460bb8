import fs from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE, scrollsSideways, unreachable } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import {
  addActivity,
  contextPool,
  joinCodeOf,
  joinWithCode,
  logIn,
  makeLive,
  openProjector,
  SHOTS_DIR,
} from './steps.ts';

const HD = { width: 1920, height: 1080 };
const SMALL_HD = { width: 1280, height: 720 };
/** 1920 × 1080 at 200 % browser zoom: the same screen in CSS pixels. */
const ZOOMED = { width: 960, height: 540 };
const TITLE = 'Scenen i länssalen';
const QUESTION = 'Vad ska regionen satsa mest på?';
const ITEMS = Array.from({ length: 30 }, (_, i) => `Prioritering nummer ${i + 1} om kompetensförsörjning`);

/** A screenshot of what is on screen at `size` (and of the whole page), for people to look at. */
async function snap(page: Page, name: string, size: { width: number; height: number }) {
  const original = page.viewportSize();
  await page.setViewportSize(size);
  await page.screenshot({ path: `${SHOTS_DIR}/stage-${name}-${size.width}.png` });
  if (original) await page.setViewportSize(original);
}

/**
 * The projector stage and the control room as the room tried them: 30 priorities on the big
 * screen, the join code large until someone joins and in the corner after, "N av M har svarat"
 * while a poll is open, 200 % zoom; the control room at 1280 × 800 with the code, QR and live
 * results above the fold, three counts, the phase said in one live region, shortcuts off by
 * default, confirmations that take focus and give it back, and the read-only preview.
 */
test.describe('stage and control room', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('the projector stage and the control room at a glance', async ({ browser }) => {
    test.setTimeout(240_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await logIn(facilitator, E2E_ADMIN);
    await facilitator.getByLabel('Titel').fill(TITLE);
    await facilitator.getByLabel('Prioriteringar att börja med (en per rad)').fill(ITEMS.join('\n'));
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();

    // The control room names itself, and focus went to its heading after the navigation.
    await expect(facilitator).toHaveTitle(`Kontrollrum – ${TITLE} – Samsyn`);
    await expect(facilitator.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
    const code = await joinCodeOf(facilitator);

    // Before anyone joins: the code large (a tenth of the height) and the QR, no language buttons.
    const projector = await openProjector(facilitator, HD);
    await expect(projector).toHaveTitle(`Projektor – ${TITLE} – Samsyn`);
    const largeCode = projector.locator('.stage-join.is-large .join-code-value');
    await expect(largeCode).toHaveText(code);
    expect((await largeCode.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(HD.height / 10);
    await expect(projector.locator('.stage-join.is-large img')).toBeVisible();
    await expect(projector.getByRole('button', { name: 'English' })).toHaveCount(0);
    await expect(projector.getByRole('button', { name: 'Svenska' })).toHaveCount(0);
    await expect(projector.getByTestId('stage-phase')).toHaveText(/Öppen för svar/);
    await expectAccessible(projector, 'projector before join', [HD, SMALL_HD]);
    await snap(projector, 'projector-before-join', HD);
    await snap(projector, 'projector-before-join', SMALL_HD);
    await snap(facilitator, 'control-room-before-join', DESKTOP);
    await snap(facilitator, 'control-room-before-join', HD);

    // Someone joins: the code moves to the corner and the activity has the stage.
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');
    const corner = projector.locator('.stage-join.is-corner');
    await expect(corner).toBeVisible();
    await expect(corner).toContainText('Gå med:');
    await expect(corner.locator('.join-code-value')).toHaveText(code);
    await expect(projector.locator('.stage-join.is-large')).toHaveCount(0);

    // All 30 priorities are on the stage, none clipped, at 1080p and at 200 % zoom.
    const rows = projector.locator('.stage-activity li');
    await expect(rows).toHaveCount(ITEMS.length);
    for (const item of [ITEMS[0], ITEMS[14], ITEMS[29]])
      await expect(projector.getByText(item as string, { exact: true })).toBeAttached();
    expect(await unreachable(rows)).toEqual([]);
    expect(await scrollsSideways(projector)).toBe(false);
    // More than a screen: the stage turns pages by itself, with a pause (WCAG 2.2.2), and the
    // corner stays on screen.
    await expect(corner).toBeInViewport();
    await expect(projector.locator('.stage-page')).toHaveText(/^Sida 1 av [2-9]$/);
    const pause = projector.getByRole('button', { name: 'Pausa bläddringen' });
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    const last = projector.getByText(ITEMS[29] as string, { exact: true });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expect(corner).toBeInViewport();
    await projector.setViewportSize(ZOOMED);
    expect(await unreachable(rows)).toEqual([]);
    expect(await scrollsSideways(projector)).toBe(false);
    await snap(projector, 'projector-list-zoomed', ZOOMED);
    await projector.setViewportSize(HD);
    await snap(projector, 'projector-list', HD);

    // The control room: three counts, each with its word.
    const counts = facilitator.getByRole('region', { name: 'Vem är med' });
    await expect(counts.getByTestId('count-connected')).toHaveText('2');
    await expect(counts.getByTestId('count-joined')).toHaveText('2');
    await expect(counts.getByText('Anslutna nu', { exact: true })).toBeVisible();
    await expect(counts.getByText('Har gått med', { exact: true })).toBeVisible();

    // A poll, made live: the phase is said once in the live region.
    await addActivity(facilitator, 'Omröstning', 3);
    await facilitator.getByLabel('Fråga', { exact: true }).fill(QUESTION);
    await facilitator.getByLabel('Alternativ 1', { exact: true }).fill('Kollektivtrafik');
    await facilitator.getByLabel('Alternativ 2', { exact: true }).fill('Bostäder');
    await facilitator.getByRole('button', { name: 'Spara omröstningen' }).click();
    await expect(facilitator.getByText('Omröstningen är sparad.')).toBeVisible();
    await makeLive(facilitator, /^3\. Omröstning/);
    const said = facilitator.getByTestId('room-said');
    await expect(said).toHaveText('Omröstning är öppen för svar.');

    // One answer: "1 av 2 har svarat" on the stage, with its bar; the room panel's tally line.
    const choices = phone.getByRole('group', { name: QUESTION });
    await choices.getByRole('radio', { name: 'Bostäder' }).check();
    await expect(phone.getByText(/Du kan ändra ditt svar/)).toBeVisible();
    await expect(projector.getByTestId('stage-answered')).toHaveText('1 av 2 har svarat');
    await expect(projector.locator('.stage-meter-fill')).toHaveAttribute('style', /width: 50%/);
    await expect(counts.getByTestId('count-answered')).toHaveText('1');
    await expect(facilitator.getByTestId('room-tally')).toHaveText('Omröstning: 1 av 2 har svarat.');

    // Above the fold at 1280 × 800: the code, the QR and the live poll's results.
    const fold = async (locator: Locator) => {
      const box = await locator.boundingBox();
      expect(box, 'on screen').not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(DESKTOP.height);
    };
    await facilitator.evaluate(() => window.scrollTo(0, 0));
    await fold(facilitator.locator('.join-panel .join-code-value'));
    await fold(facilitator.locator('.join-panel img'));
    await fold(counts.getByTestId('count-answered'));
    const results = facilitator.locator('.room-middle').getByText('1 har svarat', { exact: true }).first();
    await fold(results);
    await expectAccessible(facilitator, 'control room while answering', [DESKTOP, HD]);
    await expectAccessible(projector, 'projector while answering', [HD, SMALL_HD]);
    await snap(facilitator, 'control-room-answering', DESKTOP);
    await snap(facilitator, 'control-room-answering', HD);
    await snap(projector, 'projector-answering', HD);
    await snap(projector, 'projector-answering', SMALL_HD);
    await projector.setViewportSize(ZOOMED);
    expect(await scrollsSideways(projector)).toBe(false);
    await snap(projector, 'projector-answering-zoomed', ZOOMED);
    await projector.setViewportSize(HD);

    // The phone leaves: connected drops, joined and answered do not ("Deltagare" never reads 0).
    await phone.close();
    await expect(counts.getByTestId('count-connected')).toHaveText('1');
    await expect(counts.getByTestId('count-joined')).toHaveText('2');
    await expect(counts.getByTestId('count-answered')).toHaveText('1');

    // Shortcuts are off by default: O does nothing.
    const preview = facilitator.getByRole('button', { name: 'Förhandsgranska' });
    await preview.focus();
    await facilitator.keyboard.press('o');
    await expect(facilitator.getByRole('button', { name: 'Avbryt' })).toHaveCount(0);
    await expect(facilitator.locator('.room-middle .activity-state')).toContainText('Öppen');

    // Turned on, O asks before closing: the question takes focus, Escape gives it back.
    const toggle = facilitator.getByLabel('Använd kortkommandon');
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await preview.focus();
    await facilitator.keyboard.press('o');
    const question = facilitator.getByRole('group', { name: /Stänga Omröstning\?/ });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await expectAccessible(facilitator, 'control room close question', [DESKTOP]);
    await facilitator.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await expect(preview).toBeFocused();
    await expect(facilitator.locator('.room-middle .activity-state')).toContainText('Öppen');

    // The reset question too: focus on Avbryt, Escape back to the button that asked.
    const reset = facilitator.getByRole('button', { name: 'Nollställ svaren' });
    await reset.click();
    await expect(facilitator.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await facilitator.keyboard.press('Escape');
    await expect(reset).toBeFocused();
    await toggle.uncheck();

    // The preview shows the poll as a phone sees it, and nothing in it can be used.
    await preview.click();
    const frame = facilitator.getByTestId('preview-phone');
    await expect(facilitator.getByRole('heading', { name: 'Så ser deltagarna Omröstning' })).toBeFocused();
    await expect(frame.getByText('Kollektivtrafik')).toBeVisible();
    await expect(frame).toHaveAttribute('inert', '');
    await frame
      .getByText('Kollektivtrafik')
      .click({ force: true, timeout: 2000 })
      .catch(() => {});
    await expectAccessible(facilitator, 'control room with preview', [DESKTOP]);
    await snap(facilitator, 'control-room-preview', DESKTOP);
    await facilitator.getByRole('button', { name: 'Stäng förhandsgranskningen' }).click();
    await expect(preview).toBeFocused();
    await expect(counts.getByTestId('count-answered')).toHaveText('1');
    await expect(counts.getByTestId('count-joined')).toHaveText('2');

    // Closed, then revealed: each phase said once; the stage says "Resultat".
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(said).toHaveText('Omröstning är stängd för svar.');
    await expect(projector.getByTestId('stage-answered')).toHaveCount(0);
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(said).toHaveText('Resultatet av Omröstning visas.');
    await expect(projector.getByTestId('stage-phase')).toHaveText(/Resultat/);
    await expect(projector.getByText('1 (100 %)').first()).toBeVisible();
    await expectAccessible(projector, 'projector results', [HD, SMALL_HD]);
    await expectAccessible(facilitator, 'control room results', [DESKTOP]);
    await snap(projector, 'projector-results', HD);
    await snap(projector, 'projector-results', SMALL_HD);
    await snap(facilitator, 'control-room-results', DESKTOP);
    await snap(facilitator, 'control-room-results', HD);

    // "Visa koden stort" brings the code back for latecomers, and lets it go again.
    await facilitator.getByRole('button', { name: 'Visa koden stort' }).click();
    await expect(projector.locator('.stage-join.is-large .join-code-value')).toHaveText(code);
    await facilitator.getByRole('button', { name: 'Visa koden stort' }).click();
    await expect(projector.locator('.stage-join.is-corner')).toBeVisible();

    // The projector in English by its address, still without language buttons.
    await projector.goto(`${projector.url()}?lang=en`);
    await expect(projector.getByTestId('stage-phase')).toHaveText(/Results/);
    await expect(projector.getByRole('button', { name: 'Svenska' })).toHaveCount(0);
  });
});
