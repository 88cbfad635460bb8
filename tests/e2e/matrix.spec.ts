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
const cell = (page: Page, item: RegExp, name: string) =>
  page.getByRole('group', { name: item }).getByRole('radio', { name, exact: true });

/**
 * A risk matrix from setup to export: the facilitator makes the matrix a risk matrix and fetches
 * the list's priorities as its items, makes it live, two participants (one on a phone) place the
 * risks, the projector counts people, then the plot with means and spread everywhere.
 */
test.describe('matrix journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('runs a risk matrix over a list’s priorities', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await logIn(facilitator, E2E_ADMIN);
    await facilitator.getByLabel('Titel').fill('Riskanalys i Jämtlands län');
    await facilitator
      .getByLabel('Prioriteringar att börja med (en per rad)')
      .fill('Personalbrist i vården\nStrömavbrott vid storm\nCyberattack mot regionen');
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();

    // A risk matrix: the kind fills in its axes; the list's priorities become its items.
    await addActivity(facilitator, 'Matris', 3);
    await facilitator.getByRole('radio', { name: /Riskmatris/ }).check();
    await expect(facilitator.getByRole('group', { name: 'Vågrät axel' }).getByLabel('Namn')).toHaveValue(
      'Sannolikhet',
    );
    await expect(
      facilitator.getByRole('group', { name: 'Lodrät axel' }).getByLabel('Ord för 5 (högst)'),
    ).toHaveValue('Mycket stor');
    await facilitator.getByRole('button', { name: 'Hämta punkter från Prioriteringar' }).click();
    await expect(facilitator.getByText('3 punkter hämtade.')).toBeVisible();
    await expect(facilitator.getByLabel('Punkt 3', { exact: true })).toHaveValue('Cyberattack mot regionen');
    // Fetching kept the unsaved choice of a risk matrix.
    await expect(facilitator.getByRole('radio', { name: /Riskmatris/ })).toBeChecked();
    await facilitator.getByRole('button', { name: 'Spara matrisen' }).click();
    await expect(facilitator.getByText('Matrisen är sparad.')).toBeVisible();
    await expectAccessible(facilitator, 'matrix setup');
    await shot(facilitator, 'matrix-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);

    const projector = await openProjector(facilitator, HD);

    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    // Made live: every phone follows, and the projector shows the axes and the items.
    await makeLive(facilitator, /^3\. Matris/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Matris', exact: true })).toBeVisible();
    await expect(projector.getByText('Personalbrist i vården')).toBeVisible();
    await expect(projector.getByText('Svara i mobilen – 0 har svarat')).toBeVisible();
    await expect(phone.getByText('0 av 3 placerade')).toBeVisible();
    await expectAccessible(phone, 'matrix grid (empty)', [PHONE]);

    // The phone: the first item's grid is open; each cell is at least 44 px at 360 px wide.
    const first = /Punkt 1 av 3: Personalbrist i vården/;
    const box = await phone.locator('.matrix-cell').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await cell(phone, first, 'Sannolikhet 4 (hög), konsekvens 5 (mycket stor): risknivå mycket hög').check();
    await expect(phone.getByText('1 av 3 placerade')).toBeVisible();
    await phone.getByRole('button', { name: 'Nästa punkt' }).click();
    await expect(phone.getByRole('button', { name: /^2\. Strömavbrott vid storm/ })).toBeFocused();
    const second = /Punkt 2 av 3: Strömavbrott vid storm/;
    await cell(phone, second, 'Sannolikhet 2 (låg), konsekvens 3 (måttlig): risknivå medel').check();
    await phone.getByRole('button', { name: 'Nästa punkt' }).click();
    const third = /Punkt 3 av 3: Cyberattack mot regionen/;
    await cell(phone, third, 'Sannolikhet 3 (medel), konsekvens 4 (stor): risknivå hög').check();
    await expect(phone.getByText(/Klart! Alla punkter är placerade/)).toBeVisible();
    await expect(phone.getByText('Sparat ✓')).toBeVisible();
    await expectAccessible(phone, 'matrix grid', [PHONE]);
    await shot(phone, 'matrix-grid', ['phone', 'desktop']);
    // The last grid closes with its button, and focus stays on that item.
    await phone.getByRole('button', { name: 'Klart' }).click();
    await expect(phone.getByRole('button', { name: /^3\. Cyberattack mot regionen/ })).toBeFocused();
    await expect(phone.getByRole('button', { name: /^3\. Cyberattack.*Placerad ✓/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    // The laptop with the keyboard: arrows move within the grid's one radio group.
    const lapFirst = 'Sannolikhet 2 (låg), konsekvens 5 (mycket stor): risknivå hög';
    await cell(laptop, first, lapFirst).check();
    await laptop.keyboard.press('ArrowRight');
    const moved = cell(laptop, first, 'Sannolikhet 3 (medel), konsekvens 5 (mycket stor): risknivå hög');
    await expect(moved).toBeChecked();
    await expect(moved).toBeFocused();
    // Taking a placement back keeps focus in the grid.
    await laptop.getByRole('button', { name: 'Ta bort min placering av punkt 1' }).click();
    await expect(
      cell(laptop, first, 'Sannolikhet 1 (mycket låg), konsekvens 5 (mycket stor): risknivå medel'),
    ).toBeFocused();
    await expect(laptop.getByText('0 av 3 placerade')).toBeVisible();
    await cell(laptop, first, 'Sannolikhet 3 (medel), konsekvens 5 (mycket stor): risknivå hög').check();
    await expect(laptop.getByText('1 av 3 placerade')).toBeVisible();
    await expectAccessible(laptop, 'matrix grid on a laptop');

    // The room sees how many answered, not where; the control room sees it all.
    await expect(projector.getByText('Svara i mobilen – 2 har svarat')).toBeVisible();
    await expect(projector.locator('.matrix-marker')).toHaveCount(0);
    await expect(facilitator.getByText('2 har svarat').first()).toBeVisible();
    const row = facilitator.getByRole('row', { name: /Personalbrist i vården/ });
    await expect(row).toContainText('3,5 ± 0,5');
    await expect(row).toContainText('17,5');
    await expect(row).toContainText('hög');
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expectAccessible(projector, 'matrix projector while answering', [HD, DESKTOP]);
    await shot(projector, 'matrix-projector-answering', ['desktop', 'phone']);
    await expectAccessible(facilitator, 'matrix control room');
    await shot(facilitator, 'matrix-control-room', ['desktop', 'phone']);

    // Closed: placements stay on the phone as a recap. Revealed: the plot everywhere.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phone.getByText('Matrisen är stängd – vänta på resultatet.')).toBeVisible();
    await expect(
      phone.getByText('Din placering: Sannolikhet 4 (hög), konsekvens 5 (mycket stor): risknivå mycket hög'),
    ).toBeVisible();
    await expectAccessible(phone, 'matrix recap', [PHONE]);
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(laptop.getByText('Du placerade inte den här punkten.').first()).toBeVisible();
    await expect(projector.getByText('2 har svarat').first()).toBeVisible();
    await expect(projector.locator('.matrix-marker')).toHaveCount(3);
    await expect(
      projector.getByText('Sannolikhet 3,5 ± 0,5 · Konsekvens 5 ± 0 · riskvärde 17,5 (hög)'),
    ).toBeVisible();
    await expectAccessible(phone, 'matrix results');
    await shot(phone, 'matrix-results', ['phone', 'desktop']);
    await expectAccessible(projector, 'matrix projector results', [HD, DESKTOP]);
    await shot(projector, 'matrix-projector-results', ['desktop', 'phone']);
    await projector.setViewportSize(HD);
    await projector.screenshot({ path: `${SHOTS_DIR}/hd-matrix-projector-results.png` });
    await facilitator.screenshot({
      path: `${SHOTS_DIR}/desktop-matrix-control-room-results.png`,
      fullPage: true,
    });

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Matris');
    expect(markdown).toContain('1. Personalbrist i vården');
    expect(markdown).toMatch(/\| Alla \| 2 \| 3\.5 \| 0\.5 \| 5 \| 0 \| 17\.5 \| Hög \|/);
  });
});
