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
 * A poll from setup to export: the facilitator adds and words it, makes it live, two participants
 * (one on a phone) answer and change their minds, the projector counts people, then the results.
 */
test.describe('poll journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('runs a poll with an "other" answer', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await createWorkshop(facilitator, E2E_ADMIN, 'Enkät om Örebro län');

    // The facilitator adds a poll and words its question and options.
    await addActivity(facilitator, 'Omröstning', 3);
    await facilitator.getByLabel('Fråga', { exact: true }).fill('Vad ska regionen satsa mest på?');
    await facilitator.getByLabel('Alternativ 1', { exact: true }).fill('Kollektivtrafik');
    await facilitator.getByLabel('Alternativ 2', { exact: true }).fill('Bostäder');
    await facilitator.getByRole('button', { name: 'Lägg till alternativ' }).click();
    await facilitator.getByLabel('Alternativ 3', { exact: true }).fill('Kompetensförsörjning');
    await facilitator.getByLabel('Deltagarna får svara Annat med egna ord').check();
    await facilitator.getByRole('button', { name: 'Spara omröstningen' }).click();
    await expect(facilitator.getByText('Omröstningen är sparad.')).toBeVisible();
    await expectAccessible(facilitator, 'poll setup');
    await shot(facilitator, 'poll-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);

    const projector = await openProjector(facilitator, DESKTOP);

    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    // Made live: every phone follows, and the projector shows the question and the options.
    await makeLive(facilitator, /^3\. Omröstning/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Omröstning', exact: true })).toBeVisible();
    await expect(projector.getByRole('heading', { name: 'Vad ska regionen satsa mest på?' })).toBeVisible();
    await expect(projector.getByText('Svara i mobilen – 0 har svarat')).toBeVisible();

    // The phone picks one option, then changes its mind; the laptop answers "other".
    const choices = phone.getByRole('group', { name: 'Vad ska regionen satsa mest på?' });
    await choices.getByRole('radio', { name: 'Bostäder' }).check();
    await expect(phone.getByText(/Du kan ändra ditt svar/)).toBeVisible();
    await choices.getByRole('radio', { name: 'Kollektivtrafik' }).check();
    await expect(choices.getByRole('radio', { name: 'Kollektivtrafik' })).toBeChecked();
    await expect(choices.getByRole('radio', { name: 'Bostäder' })).not.toBeChecked();
    await expect(phone.getByText(/Du kan ändra ditt svar/)).toBeVisible();
    await expectAccessible(phone, 'poll ballot', [PHONE]);
    await shot(phone, 'poll-ballot', ['phone', 'desktop']);

    await laptop.getByRole('radio', { name: 'Annat' }).check();
    await expect(laptop.getByText('Skriv ditt svar och tryck på Spara svaret.')).toBeVisible();
    await laptop.getByLabel('Ditt eget svar').fill('Vård och omsorg');
    await laptop.getByRole('button', { name: 'Spara svaret' }).click();
    await expect(laptop.getByText(/Du kan ändra ditt svar/)).toBeVisible();
    await expectAccessible(laptop, 'poll ballot with other');
    await shot(laptop, 'poll-ballot-other', ['desktop', 'phone']);

    // The room sees how many answered, not what; the control room sees it all.
    await expect(projector.getByText('Svara i mobilen – 2 har svarat')).toBeVisible();
    await expect(projector.getByText('Vård och omsorg')).toHaveCount(0);
    await expect(
      facilitator.locator('.poll-results').getByText('2 har svarat', { exact: true }),
    ).toBeVisible();
    await expect(facilitator.getByText('Vård och omsorg (Akademi)')).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expectAccessible(projector, 'poll projector while answering');
    await shot(projector, 'poll-projector-answering', ['desktop', 'phone']);
    await expectAccessible(facilitator, 'poll control room');
    await shot(facilitator, 'poll-control-room', ['desktop', 'phone']);

    // Closed and revealed: bars with counts and shares everywhere, one's own answer on the phone.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(phone.getByText('Ditt svar: Kollektivtrafik')).toBeVisible();
    await expect(laptop.getByText('Ditt svar: Annat: Vård och omsorg')).toBeVisible();
    await expect(projector.getByText('1 (50 %)').first()).toBeVisible();
    await expect(projector.getByText('Vård och omsorg (Akademi)')).toBeVisible();
    await expect(projector.getByText('2 har svarat', { exact: true })).toBeVisible();
    await expectAccessible(phone, 'poll results');
    await shot(phone, 'poll-results', ['phone', 'desktop']);
    await expectAccessible(projector, 'poll projector results');
    await shot(projector, 'poll-projector-results', ['desktop', 'phone']);

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Omröstning');
    expect(markdown).toContain('Vad ska regionen satsa mest på?');
    expect(markdown).toMatch(/\| Kollektivtrafik \| 1 \| 50 \|/);
    expect(markdown).toContain('Vård och omsorg (Akademi)');

    // Moderation: the facilitator hides the "other" words from the room, then shows them again.
    await facilitator.getByRole('button', { name: 'Dölj', exact: true }).click();
    await expect(projector.getByText('Vård och omsorg (Akademi)')).toHaveCount(0);
    await expect(phone.getByText('Vård och omsorg (Akademi)')).toHaveCount(0);
    await expect(projector.getByText('1 (50 %)').first()).toBeVisible();
    await facilitator.getByRole('button', { name: 'Visa igen', exact: true }).click();
    await expect(projector.getByText('Vård och omsorg (Akademi)')).toBeVisible();

    // A second round, several answers each: a new ballot clears the answers, so it asks first.
    await facilitator.getByLabel('Deltagarna får välja flera svar').check();
    await facilitator.getByLabel('Val per deltagare, högst').fill('2');
    await facilitator.getByRole('button', { name: 'Spara omröstningen' }).click();
    await facilitator.getByRole('button', { name: 'Nollställ svaren och spara' }).click();
    await expect(facilitator.getByText('Omröstningen är sparad.')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Öppna igen' }).click();
    await phone.getByRole('checkbox', { name: 'Kollektivtrafik' }).check();
    await phone.getByRole('checkbox', { name: 'Bostäder' }).check();
    await expect(phone.getByText(/Du har valt 2 av 2\./)).toBeVisible();
    await expect(phone.getByRole('checkbox', { name: 'Kompetensförsörjning' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(phone.getByText(/Du kan ändra ditt svar/)).toBeVisible();
    await expect(
      facilitator.locator('.poll-results').getByText('1 har svarat', { exact: true }),
    ).toBeVisible();
    await expectAccessible(phone, 'poll with several answers', [PHONE]);
    await shot(phone, 'poll-multiple', ['phone', 'desktop']);
  });
});
