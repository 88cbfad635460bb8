import fs from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
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

const QUESTION = 'Vilket ord beskriver Örebro län om tio år?';

async function send(page: Page, text: string): Promise<void> {
  await page.getByLabel('Ditt ord eller korta svar').fill(text);
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.locator('.wordcloud-own-word', { hasText: text })).toBeVisible();
}

/** A drawn word on a screen (the cloud is hidden from screen readers; its list is not drawn). */
const word = (page: Page, text: string) => page.locator('.wordcloud-word', { hasText: text });

/**
 * A word cloud from setup to export: the facilitator words it, makes it live, two participants (one
 * on a phone) send words, the word filter holds one back, the projector draws the cloud live, the
 * facilitator hides and restores a term, then closes and reveals.
 */
test.describe('word cloud journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('collects words, moderates them and shows the cloud', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await createWorkshop(facilitator, E2E_ADMIN, 'Ordmoln om Örebro län');

    await addActivity(facilitator, 'Ordmoln', 3);
    await facilitator.getByLabel('Fråga', { exact: true }).fill(QUESTION);
    // Out of range is said, never clamped; the field takes focus.
    await facilitator.getByLabel('Svar per deltagare, högst', { exact: true }).fill('12');
    await facilitator.getByRole('button', { name: 'Spara ordmolnet' }).click();
    await expect(facilitator.getByText('Skriv ett heltal från 1 till 10.')).toBeVisible();
    await expect(facilitator.getByLabel('Svar per deltagare, högst', { exact: true })).toBeFocused();
    await facilitator.getByLabel('Svar per deltagare, högst', { exact: true }).fill('2');
    await facilitator.getByRole('button', { name: 'Spara ordmolnet' }).click();
    await expect(facilitator.getByText('Ordmolnet är sparat.')).toBeVisible();
    await expectAccessible(facilitator, 'word cloud setup');
    await shot(facilitator, 'wordcloud-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);

    const projector = await openProjector(facilitator, DESKTOP);
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    await makeLive(facilitator, /^3\. Ordmoln/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Ordmoln', exact: true })).toBeVisible();
    await expect(projector.getByRole('heading', { name: QUESTION })).toBeVisible();
    await expect(projector.getByText('Svara i mobilen – 0 svar')).toBeVisible();

    // The phone sends two words: the second is held by the word filter, and the form is used up.
    await send(phone, 'Naturen');
    await expect(phone.getByText('Du kan skicka 1 till.')).toBeVisible();
    await expectAccessible(phone, 'word cloud form', [PHONE]);
    await shot(phone, 'wordcloud-form', ['phone']);
    await send(phone, 'Skitsnack');
    await expect(phone.locator('.wordcloud-own-item', { hasText: 'Skitsnack' })).toContainText(
      'Väntar på granskning',
    );
    await expect(phone.getByText(/Du har skickat alla dina svar/)).toBeVisible();
    await expect(phone.getByLabel('Ditt ord eller korta svar')).toHaveCount(0);
    await expectAccessible(phone, 'word cloud answers', [PHONE]);
    await shot(phone, 'wordcloud-answers', ['phone', 'desktop']);

    await send(laptop, 'natur');
    await send(laptop, 'Kultur');

    // Live on the projector: the counted answers, never the held one.
    await expect(projector.getByText('Svara i mobilen – 3 svar')).toBeVisible();
    await expect(word(projector, 'natur')).toBeVisible();
    await expect(word(projector, 'Kultur')).toBeVisible();
    await expect(projector.getByText('Skitsnack')).toHaveCount(0);
    await expect(projector.getByRole('listitem').filter({ hasText: 'natur' })).toContainText('2 personer');
    await expectAccessible(projector, 'word cloud projector live');
    await shot(projector, 'wordcloud-projector-live', ['desktop', 'phone']);

    // The control room: the table with the forms counted together, the held answer in the queue.
    const table = facilitator.locator('.wordcloud-table');
    await expect(table.getByRole('row', { name: /natur/ })).toContainText('natur (1), Naturen (1)');
    await expect(facilitator.getByRole('heading', { name: 'Väntar på granskning (1)' })).toBeVisible();
    await expect(facilitator.getByText('Fångad av ordfiltret')).toBeVisible();
    await expectAccessible(facilitator, 'word cloud control room');
    await shot(facilitator, 'wordcloud-control-room', ['desktop', 'phone']);

    // A whole term hidden, then undone; the held answer hidden.
    await facilitator.getByRole('button', { name: 'Dölj ordet Kultur och alla svar som räknas dit' }).click();
    await expect(word(projector, 'Kultur')).toHaveCount(0);
    await expect(facilitator.getByRole('button', { name: 'Ångra: Kultur' })).toBeFocused();
    await facilitator.getByRole('button', { name: 'Ångra: Kultur' }).click();
    await expect(word(projector, 'Kultur')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Dölj Skitsnack' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Väntar på granskning (0)' })).toBeVisible();
    await expect(phone.locator('.wordcloud-own-item', { hasText: 'Skitsnack' })).toContainText(
      'Dold av processledaren',
    );

    // The phone takes a word back: the form returns and the field has focus.
    await phone.getByRole('button', { name: 'Ta bort Naturen' }).click();
    await expect(phone.getByLabel('Ditt ord eller korta svar')).toBeFocused();
    await expect(phone.getByText('Naturen är borttaget.')).toBeVisible();
    await send(phone, 'Skogen');
    await expect(projector.getByText('Svara i mobilen – 3 svar')).toBeVisible();

    // Closed and revealed: the recap and the cloud on phones, with a list view.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phone.getByText('Ordmolnet är stängt – vänta på resultatet.')).toBeVisible();
    await expect(phone.getByRole('button', { name: 'Ta bort Skogen' })).toHaveCount(0);
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Ordmolnet' })).toBeVisible();
    await expect(word(phone, 'Skogen')).toBeVisible();
    await phone.getByRole('button', { name: 'Visa som lista' }).click();
    await expect(phone.getByRole('list', { name: 'Orden, vanligast först' })).toContainText('Kultur');
    await expectAccessible(phone, 'word cloud revealed', [PHONE]);
    await shot(phone, 'wordcloud-revealed', ['phone', 'desktop']);
    await expect(projector.getByText('Ordmolnet är stängt – 3 svar')).toBeVisible();
    await expectAccessible(projector, 'word cloud projector revealed');
    await shot(projector, 'wordcloud-projector-revealed', ['desktop', 'phone']);

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Ordmoln');
    expect(markdown).toContain(QUESTION);
    expect(markdown).toMatch(/\| Kultur \| 1 \|/);
    expect(markdown).toMatch(
      /\| Skitsnack \| +\| Näringsliv \| dold av processledaren, fångad av ordfiltret \|/,
    );

    // A second round with many long answers: the projector draws what fits, and never scrolls.
    await facilitator.getByLabel('Svar per deltagare, högst', { exact: true }).fill('10');
    await facilitator.getByRole('button', { name: 'Spara ordmolnet' }).click();
    await expect(facilitator.getByText('Ordmolnet är sparat.')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Öppna igen' }).click();
    for (let i = 1; i <= 8; i += 1) await send(laptop, `kompetensförsörjning i hela länet ${i}`);
    await expect(projector.getByText('Svara i mobilen – 11 svar')).toBeVisible();
    const scrolls = () =>
      projector.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
    await expect.poll(scrolls).toBe(false);
    await expect(projector.locator('.wordcloud-word').first()).toBeVisible();
    await shot(projector, 'wordcloud-projector-many', ['desktop', 'phone']);
    await projector.setViewportSize({ width: 640, height: 400 });
    await projector.screenshot({ path: `${SHOTS_DIR}/zoom200-wordcloud-projector-many.png`, fullPage: true });
  });
});
