import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import {
  addActivity,
  contextPool,
  createWorkshop,
  download,
  joinCodeOf,
  joinWithCode,
  makeLive,
  openProjector,
  SHOTS_DIR,
  shot,
} from './steps.ts';

/**
 * Scales from setup to export: the facilitator adds and words two statements, makes them live,
 * two participants (one on a phone) rate them and change their minds, the projector counts
 * people, then the distributions everywhere.
 */
test.describe('scale journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('runs scales with "Vet inte"', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await createWorkshop(facilitator, E2E_ADMIN, 'Skalfrågor i Örebro län');

    // The facilitator adds scales and words two statements.
    await addActivity(facilitator, 'Skalfrågor', 3);
    await facilitator.getByLabel('Påstående 1', { exact: true }).fill('Regionen lyssnar på kommunerna');
    await facilitator.getByRole('button', { name: 'Lägg till påstående' }).click();
    await expect(facilitator.getByLabel('Påstående 2', { exact: true })).toBeFocused();
    await facilitator.getByLabel('Påstående 2', { exact: true }).fill('Kompetensförsörjningen fungerar');
    await facilitator.getByRole('button', { name: 'Spara skalfrågorna' }).click();
    await expect(facilitator.getByText('Skalfrågorna är sparade.')).toBeVisible();
    await expectAccessible(facilitator, 'scale setup');
    await shot(facilitator, 'scale-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);

    const projector = await openProjector(facilitator, { width: 1920, height: 1080 });

    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    // Made live: every phone follows, and the projector shows the statements.
    await makeLive(facilitator, /^3\. Skalfrågor/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Skalfrågor' })).toBeVisible();
    await expect(projector.getByText('Regionen lyssnar på kommunerna')).toBeVisible();
    await expect(projector.getByText('Svara i mobilen – 0 har svarat')).toBeVisible();
    await expectAccessible(phone, 'scale ballot (empty)', [PHONE]);

    // The phone rates statement 1, changes its mind, and answers "Vet inte" to statement 2.
    const first = phone.getByRole('group', { name: /Regionen lyssnar på kommunerna/ });
    await first.getByRole('radio', { name: '2 Instämmer inte', exact: true }).check();
    await expect(phone.getByText('Du har svarat på 1 av 2')).toBeVisible();
    await first.getByRole('radio', { name: '5 Instämmer helt', exact: true }).check();
    await expect(first.getByRole('radio', { name: '5 Instämmer helt', exact: true })).toBeChecked();
    await expect(first.getByRole('radio', { name: '2 Instämmer inte', exact: true })).not.toBeChecked();
    const second = phone.getByRole('group', { name: /Kompetensförsörjningen fungerar/ });
    await second.getByRole('radio', { name: 'Vet inte' }).check();
    await expect(phone.getByText(/Klart! Alla dina svar är sparade/)).toBeVisible();
    await expect(phone.getByText('Sparat ✓')).toBeVisible();
    await expectAccessible(phone, 'scale ballot', [PHONE]);
    await shot(phone, 'scale-ballot', ['phone', 'desktop']);

    // The laptop answers with the keyboard: Tab into the group, arrows move the choice.
    const lapFirst = laptop.getByRole('group', { name: /Regionen lyssnar på kommunerna/ });
    await lapFirst.getByRole('radio', { name: '3 Varken eller', exact: true }).check();
    await laptop.keyboard.press('ArrowDown');
    await expect(lapFirst.getByRole('radio', { name: '4 Instämmer', exact: true })).toBeChecked();
    await expect(lapFirst.getByRole('radio', { name: '4 Instämmer', exact: true })).toBeFocused();
    const lapSecond = laptop.getByRole('group', { name: /Kompetensförsörjningen fungerar/ });
    await lapSecond.getByRole('radio', { name: '2 Instämmer inte', exact: true }).check();
    // Taking an answer back keeps focus in the statement.
    await lapSecond.getByRole('button', { name: 'Ta bort mitt svar på påstående 2' }).click();
    await expect(lapSecond.getByRole('radio', { name: '1 Instämmer inte alls', exact: true })).toBeFocused();
    await expect(laptop.getByText('Du har svarat på 1 av 2')).toBeVisible();
    await lapSecond.getByRole('radio', { name: '2 Instämmer inte', exact: true }).check();
    await expect(laptop.getByText(/Klart!/)).toBeVisible();
    await expectAccessible(laptop, 'scale ballot on a laptop');

    // The room sees how many answered, not what; the control room sees it all.
    await expect(projector.getByText('Svara i mobilen – 2 har svarat')).toBeVisible();
    await expect(projector.getByRole('img', { name: /Instämmer helt: 1/ })).toHaveCount(0);
    await expect(facilitator.getByText('2 har svarat').first()).toBeVisible();
    await expect(
      facilitator.getByRole('img', {
        name: /^1 Instämmer inte alls: 0, .*4 Instämmer: 1, 5 Instämmer helt: 1/,
      }),
    ).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expectAccessible(projector, 'scale projector while answering', [
      { width: 1920, height: 1080 },
      DESKTOP,
    ]);
    await shot(projector, 'scale-projector-answering', ['desktop', 'phone']);
    await expectAccessible(facilitator, 'scale control room');
    await shot(facilitator, 'scale-control-room', ['desktop', 'phone']);

    // Closed: answers stay on the phone as a recap. Revealed: distributions everywhere.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phone.getByText('Skalfrågorna är stängda – vänta på resultatet.')).toBeVisible();
    await expect(phone.getByText('Ditt svar: 5 – Instämmer helt')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(phone.getByText('Ditt svar: Vet inte')).toBeVisible();
    await expect(laptop.getByText('Ditt svar: 4 – Instämmer')).toBeVisible();
    await expect(projector.getByText('2 har svarat').first()).toBeVisible();
    await expect(projector.getByRole('img', { name: /4 Instämmer: 1, 5 Instämmer helt: 1/ })).toBeVisible();
    await expect(projector.getByText('2 svar · median 4,5')).toBeVisible();
    await expect(projector.getByText(/Vet inte: 1/)).toBeVisible();
    await expectAccessible(phone, 'scale results');
    await shot(phone, 'scale-results', ['phone', 'desktop']);
    await expectAccessible(projector, 'scale projector results', [{ width: 1920, height: 1080 }, DESKTOP]);
    await shot(projector, 'scale-projector-results', ['desktop', 'phone']);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.screenshot({ path: `${SHOTS_DIR}/hd-scale-projector-results.png` });

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Skalfrågor');
    expect(markdown).toContain('1. Regionen lyssnar på kommunerna');
    expect(markdown).toMatch(/\| Alla \| 0 \| 0 \| 0 \| 1 \| 1 \| 0 \| 2 \| 4\.5 \| 4\.5 \|/);
  });
});
