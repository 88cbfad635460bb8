import { expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import { contextPool, createWorkshop, joinCodeOf, joinWithCode } from './steps.ts';

const MINE = 'Fler cykelvägar mellan Kumla och Örebro';
const THEIRS = 'Bättre bussar på kvällen';

/** Whether a page shows `text` anywhere: as text, or as the value of a field (priorities are textareas). */
const shows = (page: Page, text: string) =>
  page.evaluate(
    (t) =>
      (document.body.textContent ?? '').includes(t) ||
      [...document.querySelectorAll('textarea, input')].some((e) =>
        (e as HTMLInputElement).value.includes(t),
      ),
    text,
  );

/**
 * "Mina bidrag" on a phone: a participant adds a priority, finds it among their own contributions,
 * removes it after a confirmation, and it is gone from every screen; another's stays.
 */
test.describe('my contributions', () => {
  const people = contextPool();
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('a participant removes their own priority from their phone', async ({ browser }) => {
    test.setTimeout(120_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await createWorkshop(facilitator, E2E_ADMIN, 'Mina bidrag i Örebro län');
    const code = await joinCodeOf(facilitator);
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Civilsamhälle');
    const other = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(other, code, 'Akademi');

    for (const [page, text] of [
      [phone, MINE],
      [other, THEIRS],
    ] as const) {
      await page.getByLabel('Ny prioritering').fill(text);
      await page.getByRole('button', { name: 'Lägg till' }).click();
    }
    await expect.poll(() => shows(facilitator, MINE)).toBe(true);

    const open = phone.getByRole('button', { name: 'Mina bidrag' });
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const section = phone.getByRole('region', { name: 'Mina bidrag' });
    await expect(section.getByText(MINE)).toBeVisible();
    await expect(section.getByText(THEIRS)).toHaveCount(0);
    await expectAccessible(phone, 'my contributions', [PHONE]);

    // Ask, cancel (focus back on the button), ask again, confirm.
    const remove = section.getByRole('button', { name: `Ta bort: ${MINE}` });
    await remove.click();
    await section.getByRole('button', { name: 'Avbryt' }).click();
    await expect(remove).toBeFocused();
    await remove.click();
    await expect(section.getByText('Vill du ta bort det här? Det går inte att ångra.')).toBeVisible();
    await section.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect(section.getByRole('status')).toHaveText('Borttaget. Resultaten har räknats om.');
    await expect(section.getByText('Du har inte bidragit med något än.')).toBeVisible();

    // Gone from every screen; the other participant's priority stays.
    for (const page of [facilitator, other, phone]) {
      await expect.poll(() => shows(page, MINE)).toBe(false);
      await expect.poll(() => shows(page, THEIRS)).toBe(true);
    }
  });
});
