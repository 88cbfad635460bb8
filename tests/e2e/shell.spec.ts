import fs from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, scrollsSideways, TEXT_SPACING } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import {
  agendaEntry,
  contextPool,
  createWorkshop,
  joinCodeOf,
  joinWithCode,
  openProjector,
  SHOTS_DIR,
  shot,
} from './steps.ts';

const phaseSaid = (page: Page) => page.getByTestId('phase-said');

/**
 * The participant's shell, with the keyboard and a screen reader's ears: the skip link, page
 * titles, focus after navigation, what the live region says at each phase change, and long words
 * with increased text spacing at 320 px.
 */
test.describe('participant shell', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('start page, skip link and the accessibility statement', async ({ browser }) => {
    const page = await people.page(browser, { viewport: { width: 320, height: 640 } });
    await page.goto('/');
    await expect(page).toHaveTitle('Gå med i en workshop – Samsyn');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    // Navigation inside the app puts focus on the new view's heading.
    const heading = page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Tillgänglighetsredogörelse – Samsyn');
    for (const part of ['Tillsyn', 'Hur vi testat Samsyn', 'Innehåll som inte är tillgängligt'])
      await expect(page.getByRole('heading', { name: part })).toBeVisible();
    await expect(page.getByRole('link', { name: /Digg/ })).toHaveAttribute('href', /digg\.se/);
    await expect(page.getByText(/Senaste bedömningen gjordes den \S+ \d+ \S+/)).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page, 'accessibility statement');
    await shot(page, 'statement', ['phone', 'desktop']);
  });

  test('says each phase change once and keeps focus off the page', async ({ browser }) => {
    test.setTimeout(120_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await createWorkshop(facilitator, E2E_ADMIN, 'Skalet i Örebro län');
    const code = await joinCodeOf(facilitator);

    const phone = await people.page(browser, {
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    await joinWithCode(phone, code, 'Civilsamhälle');
    await expect(phone).toHaveTitle('Skalet i Örebro län – Samsyn');
    await expect(phaseSaid(phone)).toHaveText('');

    // A long compound word, with increased text spacing, at 320 px: nothing scrolls sideways.
    await phone
      .getByLabel('Ny prioritering')
      .fill('Kompetensförsörjningsutmaningarna i Bergslagens glesbygdskommuner');
    await phone.getByRole('button', { name: 'Lägg till' }).click();
    await phone.addStyleTag({ content: TEXT_SPACING });
    await expect(phone.getByRole('textbox', { name: 'Prioritering 1' })).toHaveValue(
      /^Kompetensförsörjnings/,
    );
    expect(await scrollsSideways(phone)).toBe(false);

    // The word filter: a co-edited text is not held from phones, but kept off the projector and
    // marked for the facilitator until someone changes the words.
    const projector = await openProjector(facilitator, { width: 1280, height: 720 });
    await phone.getByLabel('Ny prioritering').fill('Jävla dåliga bussar');
    await phone.getByRole('button', { name: 'Lägg till' }).click();
    await expect(projector.getByText(/Ordfiltret håller 1 prioritering/)).toBeVisible();
    await expect(projector.getByText('Jävla dåliga bussar')).toHaveCount(0);
    await expect(
      facilitator.getByText('Ordfiltret: visas inte på projektorn förrän texten ändras.'),
    ).toBeVisible();
    await projector.close();

    await agendaEntry(facilitator, /^1\. Prioriteringar/).click();
    await facilitator.getByRole('button', { name: 'Lås', exact: true }).click();
    await expect(phaseSaid(phone)).toHaveText('Prioriteringar är låst. Det går inte att ändra just nu.');
    await facilitator.getByRole('button', { name: 'Lås upp' }).click();
    await expect(phaseSaid(phone)).toHaveText('Prioriteringar går att ändra igen.');

    // Another activity takes the screen: said, and focus moves to its heading, not the page.
    await phone.getByLabel('Ny prioritering').focus();
    await agendaEntry(facilitator, /^2\. Prickröstning/).click();
    await facilitator.getByRole('button', { name: 'Visa för alla' }).click();
    await expect(phaseSaid(phone)).toHaveText('Nu visas Prickröstning.');
    await expect(phone.getByRole('heading', { level: 2, name: 'Prickröstning' })).toBeFocused();

    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phaseSaid(phone)).toHaveText('Prickröstning är stängd. Det du har svarat är sparat.');
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phaseSaid(phone)).toHaveText('Prickröstning: resultatet visas.');
    expect(await scrollsSideways(phone)).toBe(false);
    await shot(phone, 'shell-phase', ['phone']);
  });
});
