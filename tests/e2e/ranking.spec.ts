import fs from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import {
  addActivity,
  contextPool,
  download,
  joinCodeOf,
  joinWithCode,
  logIn,
  makeLive,
  openProjector,
  SHOTS_DIR,
  shot,
} from './steps.ts';

const HD = { width: 1920, height: 1080 };

/** The ranking's polite live region (the visually hidden one under the list). */
const announcer = (page: Page) => page.locator('.ranking-ranker > p.visually-hidden[role="status"]');

/**
 * A ranking from setup to export: the facilitator fetches the themes a list holds, two
 * participants (one on a phone, one with the keyboard) put them in order with the buttons, the
 * projector counts people, then the Borda ranking everywhere, overall and per sector.
 */
test.describe('ranking journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('ranks a list’s themes with buttons and shows Borda points', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await logIn(facilitator, E2E_ADMIN);
    await facilitator.getByLabel('Titel').fill('Rangordning i Örebro län');
    await facilitator
      .getByLabel('Prioriteringar att börja med (en per rad)')
      .fill('Bostäder\nKollektivtrafik\nKompetensförsörjning\nEnergi');
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();

    // The facilitator adds a ranking and fetches the list's items into it.
    await addActivity(facilitator, 'Rangordning', 3);
    await facilitator.getByRole('button', { name: /^Hämta punkter från 1\./ }).click();
    await expect(facilitator.getByText('4 punkter hämtade från listan.')).toBeVisible();
    await expect(facilitator.getByText('Rangordningen är sparad.')).toBeVisible();
    await expect(facilitator.getByLabel('Punkt 4', { exact: true })).toHaveValue('Energi');
    await facilitator.getByLabel('Fråga', { exact: true }).fill('Vad är viktigast för länet?');
    await facilitator.getByRole('button', { name: 'Spara rangordningen' }).click();
    await expect(facilitator.getByText('Rangordningen är sparad.')).toBeVisible();
    await expectAccessible(facilitator, 'ranking setup');
    await shot(facilitator, 'ranking-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);

    const projector = await openProjector(facilitator, HD);
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    // Made live: every phone follows, and the projector shows the items.
    await makeLive(facilitator, /^3\. Rangordning/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Rangordning' })).toBeVisible();
    await expect(projector.getByText('Rangordna i mobilen – 0 har svarat')).toBeVisible();
    await expect(projector.getByText('Kompetensförsörjning')).toBeVisible();
    await expect(phone.getByText('Inte sparat än')).toBeVisible();
    await expectAccessible(phone, 'ranking (not saved)', [PHONE]);
    await shot(phone, 'ranking-unsaved', ['phone']);

    // The phone moves Energi to the top with its buttons: focus stays with Energi, each new place
    // is said, and at the top focus passes to its other button (never to the page).
    const up = phone.getByRole('button', { name: 'Flytta upp: Energi' });
    const down = phone.getByRole('button', { name: 'Flytta ner: Energi' });
    await expect(down).toHaveAttribute('aria-disabled', 'true');
    await up.click();
    await expect(up).toBeFocused();
    await expect(announcer(phone)).toHaveText('Energi är nu på plats 3 av 4');
    await up.click();
    await expect(announcer(phone)).toHaveText('Energi är nu på plats 2 av 4');
    await up.click();
    await expect(announcer(phone)).toHaveText('Energi är nu på plats 1 av 4');
    await expect(up).toHaveAttribute('aria-disabled', 'true');
    await expect(down).toBeFocused();
    await expect(up).not.toHaveAttribute('disabled');
    const places = phone.locator('.ranking-row .ranking-text');
    await expect(places).toHaveText([
      'Plats 1: Energi',
      'Plats 2: Bostäder',
      'Plats 3: Kollektivtrafik',
      'Plats 4: Kompetensförsörjning',
    ]);
    await phone.getByRole('button', { name: 'Spara min rangordning' }).click();
    await expect(phone.locator('.ranking-state strong')).toHaveText('Sparat ✓');
    await expectAccessible(phone, 'ranking (saved)', [PHONE]);
    await shot(phone, 'ranking-saved', ['phone', 'desktop']);

    // The laptop uses the keyboard only: Bostäder one place down, then save.
    await laptop.getByRole('button', { name: 'Flytta ner: Bostäder' }).focus();
    await laptop.keyboard.press('Enter');
    await expect(laptop.getByRole('button', { name: 'Flytta ner: Bostäder' })).toBeFocused();
    await expect(announcer(laptop)).toHaveText('Bostäder är nu på plats 2 av 4');
    await laptop.getByRole('button', { name: 'Spara min rangordning' }).focus();
    await laptop.keyboard.press('Enter');
    await expect(laptop.locator('.ranking-state strong')).toHaveText('Sparat ✓');
    // At the bottom, Energi's down button is aria-disabled, never disabled: it keeps focus.
    await laptop.getByRole('button', { name: 'Flytta ner: Energi' }).focus();
    await expect(laptop.getByRole('button', { name: 'Flytta ner: Energi' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // With a mouse, an item can be dragged by its place number: Energi to the top and back to
    // the bottom, said in the same region as a button move.
    const laptopPlaces = laptop.locator('.ranking-row .ranking-text');
    const drag = async (from: number, to: number) => {
      const grip = laptop.locator('.ranking-grip').nth(from);
      const target = laptop.locator('.ranking-row').nth(to);
      const a = (await grip.boundingBox())!;
      const b = (await target.boundingBox())!;
      await laptop.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await laptop.mouse.down();
      await laptop.mouse.move(a.x + a.width / 2, b.y + b.height / 2, { steps: 12 });
      await laptop.mouse.up();
    };
    await drag(3, 0);
    await expect(laptopPlaces.first()).toHaveText('Plats 1: Energi');
    await expect(announcer(laptop)).toHaveText('Energi är nu på plats 1 av 4');
    await expect(laptop.locator('.ranking-state strong')).toHaveText('Inte sparat än');
    // Back where it was saved: saved again, nothing to send.
    await drag(0, 3);
    await expect(laptopPlaces).toHaveText([
      'Plats 1: Kollektivtrafik',
      'Plats 2: Bostäder',
      'Plats 3: Kompetensförsörjning',
      'Plats 4: Energi',
    ]);
    await expect(laptop.locator('.ranking-state strong')).toHaveText('Sparat ✓');

    await expectAccessible(laptop, 'ranking on a laptop', [DESKTOP]);

    // The room sees how many answered, not how; the control room sees the table.
    await expect(projector.getByText('Rangordna i mobilen – 2 har svarat')).toBeVisible();
    await expect(projector.locator('.ranking-results')).toHaveCount(0);
    const table = facilitator.getByRole('table');
    await expect(facilitator.getByText('2 har svarat').first()).toBeVisible();
    // Bostäder 2 + 2, Kollektivtrafik 1 + 3: a tie in points and mean place, so one shared place.
    await expect(table.getByRole('row').nth(1)).toContainText(/^1\s*Bostäder\s*4\s*2/);
    await expect(table.getByRole('row').nth(2)).toContainText(/^1\s*Kollektivtrafik\s*4\s*2/);
    await expect(table.getByRole('row').nth(3)).toContainText(/^3\s*Energi\s*3\s*2,5/);
    await expect(table.getByRole('row').nth(4)).toContainText(/^4\s*Kompetensförsörjning\s*1\s*3,5/);
    await expect(table.getByRole('row').nth(3)).toContainText('Plats 1: 1, 4: 1');
    await facilitator.getByLabel('Visa', { exact: true }).selectOption({ label: 'Näringsliv (1)' });
    await expect(table.getByRole('row').nth(1)).toContainText(/^1\s*Energi\s*3\s*1/);
    await expect(facilitator.getByText('1 har svarat').first()).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expectAccessible(projector, 'ranking projector while answering', [HD, DESKTOP]);
    await shot(projector, 'ranking-projector-answering', ['desktop', 'phone']);
    await expectAccessible(facilitator, 'ranking control room');
    await shot(facilitator, 'ranking-control-room', ['desktop', 'phone']);
    await facilitator.getByLabel('Visa', { exact: true }).selectOption({ label: 'Alla sektorer' });

    // Closed: each phone recaps its own order. Revealed: the ranking everywhere.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phone.getByText('Rangordningen är stängd – vänta på resultatet.')).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Din rangordning' })).toBeVisible();
    await expect(phone.locator('.ranking-recap li')).toHaveText([
      'Energi',
      'Bostäder',
      'Kollektivtrafik',
      'Kompetensförsörjning',
    ]);
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(phone.locator('.ranking-result').first()).toContainText('Bostäder');
    await expect(phone.locator('.ranking-result').first()).toContainText(
      '4 poäng · medelplats 2 · alltid plats 2 · din plats 2',
    );
    await expect(projector.getByText('2 har svarat').first()).toBeVisible();
    await expect(projector.locator('.ranking-result')).toHaveCount(4);
    await expect(projector.locator('.ranking-result').nth(2)).toContainText('Energi');
    await expect(projector.locator('.ranking-result').nth(2)).toContainText(
      '3 poäng · medelplats 2,5 · plats 1–4',
    );
    await expectAccessible(phone, 'ranking results');
    await shot(phone, 'ranking-results', ['phone', 'desktop']);
    await expectAccessible(projector, 'ranking projector results', [HD, DESKTOP]);
    await shot(projector, 'ranking-projector-results', ['desktop', 'phone']);
    await projector.setViewportSize(HD);
    await projector.screenshot({ path: `${SHOTS_DIR}/hd-ranking-projector-results.png` });

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Rangordning');
    expect(markdown).toContain('Vad är viktigast för länet?');
    expect(markdown).toMatch(/\| 1 \| Bostäder \| 4 \| 2 \| 2 \| 2 \| 2 \| 2: 2 \|/);
    expect(markdown).toContain('Näringsliv (1 har svarat)');

    // Thirty items never get cut off the big screen: pages of six that turn by themselves, with a pause.
    await addActivity(facilitator, 'Rangordning', 4);
    for (let n = 1; n <= 30; n++) {
      if (n > 2) await facilitator.getByRole('button', { name: 'Lägg till punkt' }).click();
      await facilitator.getByLabel(`Punkt ${n}`, { exact: true }).fill(`Tema ${n}`);
    }
    await expect(facilitator.getByRole('button', { name: 'Lägg till punkt' })).toHaveCount(0);
    await expect(facilitator.getByText('Högst 30 punkter.')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Spara rangordningen' }).click();
    await expect(facilitator.getByText('Rangordningen är sparad.')).toBeVisible();
    await makeLive(facilitator, /^4\. Rangordning/);
    await expect(projector.getByText('Sida 1 av 5')).toBeVisible();
    await expect(projector.getByText('Tema 6', { exact: true })).toBeVisible();
    await expect(projector.getByText('Tema 7', { exact: true })).toHaveCount(0);
    await projector.getByRole('button', { name: 'Pausa bläddringen' }).click();
    await expect(projector.getByRole('button', { name: 'Fortsätt bläddra' })).toBeVisible();
    await expectAccessible(projector, 'ranking projector with pages', [HD]);
    await projector.screenshot({ path: `${SHOTS_DIR}/hd-ranking-projector-pages.png` });
    await expect(phone.getByRole('button', { name: 'Flytta ner: Tema 30' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await shot(phone, 'ranking-thirty', ['phone']);
  });
});
