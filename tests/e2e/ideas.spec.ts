import fs from 'node:fs/promises';
import { expect, type Locator, test } from '@playwright/test';
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
 * An idea collection from setup to export: the facilitator lets the room group, two participants
 * (one on a phone) post cards, the word filter holds one back, the facilitator and the phone group
 * cards into a theme, a card goes back out, the projector follows, then the results and the file.
 */
test.describe('ideas journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('collects ideas and groups them into themes', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await createWorkshop(facilitator, E2E_ADMIN, 'Idéverkstad i Örebro län');

    await addActivity(facilitator, 'Idéinsamling', 3);
    await facilitator
      .getByLabel('Fråga eller instruktion (frivilligt)')
      .fill('Vad behöver länet för att växa?');
    await facilitator.getByLabel('Deltagarna får gruppera idéerna i teman').check();
    await facilitator.getByLabel('Idéer per deltagare, högst').fill('0');
    await facilitator.getByRole('button', { name: 'Spara idéinsamlingen' }).click();
    await expect(facilitator.getByText('Skriv ett heltal från 1 till 50.')).toBeVisible();
    await expect(facilitator.getByLabel('Idéer per deltagare, högst')).toBeFocused();
    await facilitator.getByLabel('Idéer per deltagare, högst').fill('5');
    await facilitator.getByRole('button', { name: 'Spara idéinsamlingen' }).click();
    await expect(facilitator.getByText('Idéinsamlingen är sparad.')).toBeVisible();
    await expectAccessible(facilitator, 'ideas setup');
    await shot(facilitator, 'ideas-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);

    const projector = await openProjector(facilitator, DESKTOP);
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    await makeLive(facilitator, /^3\. Idéinsamling/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Idéinsamling', exact: true })).toBeVisible();

    // Cards: the phone's is shown at once; the laptop's second is caught by the word filter.
    await phone.getByLabel('Skriv en idé').fill('Fler gång- och cykelvägar mellan tätorterna');
    await expect(phone.getByText('43 av 200 tecken')).toBeVisible();
    await phone.getByRole('button', { name: 'Skicka' }).click();
    await expect(phone.getByText('Sparat ✓ Din idé visas för alla.')).toBeVisible();
    await expect(phone.getByLabel('Skriv en idé')).toHaveValue('');
    const mine = phone.getByRole('region', { name: 'Dina idéer' });
    await expect(mine.getByText('Visas')).toBeVisible();
    await laptop.getByLabel('Skriv en idé').fill('Forskningsparker nära universitetet');
    await laptop.getByRole('button', { name: 'Skicka' }).click();
    await expect(laptop.getByText('Sparat ✓ Din idé visas för alla.')).toBeVisible();
    await laptop.getByLabel('Skriv en idé').fill('Mindre skitsnack på mötena');
    await laptop.getByRole('button', { name: 'Skicka' }).click();
    await expect(laptop.getByText(/Processledaren granskar idén/)).toBeVisible();
    await expect(laptop.getByText('Väntar på granskning')).toBeVisible();

    await expect(projector.getByText('Skriv idéer i mobilen – 2 idéer')).toBeVisible();
    await expect(projector.getByText('Forskningsparker nära universitetet')).toBeVisible();
    for (const page of [phone, projector]) await expect(page.getByText(/skitsnack/)).toHaveCount(0);
    await expectAccessible(phone, 'ideas phone', [PHONE]);
    await shot(phone, 'ideas-phone', ['phone', 'desktop']);
    await expectAccessible(projector, 'ideas projector collecting');
    await shot(projector, 'ideas-projector-collecting', ['desktop']);

    // The control room: the held card says why; hidden, it stays out of the room.
    const queue = facilitator.getByRole('region', { name: /Väntar på granskning/ });
    await expect(queue.getByText('Fångad av ordfiltret')).toBeVisible();
    await queue.getByRole('button', { name: 'Dölj' }).click();
    await expect(facilitator.getByText('Dolda idéer (1)')).toBeVisible();
    await expect(laptop.getByText('Dold av processledaren')).toBeVisible();

    // A theme, and a card moved into it with the select and button; focus follows the card.
    await facilitator.getByLabel('Nytt tema').fill('Hållbara resor');
    await facilitator.getByRole('button', { name: 'Skapa tema' }).click();
    await expect(facilitator.getByText('Temat ”Hållbara resor” är skapat.')).toBeVisible();
    const ungrouped = facilitator.getByRole('region', { name: 'Utan tema' });
    const bike = ungrouped.getByRole('listitem').filter({ hasText: 'Fler gång- och cykelvägar' });
    await bike.getByLabel('Flytta till…').selectOption({ label: 'Hållbara resor' });
    await bike.getByRole('button', { name: 'Flytta' }).click();
    const theme = facilitator.getByRole('region', { name: 'Hållbara resor' });
    const moved = theme.getByRole('listitem').filter({ hasText: 'Fler gång- och cykelvägar' });
    await expect(moved).toBeFocused();
    await expect(moved.getByText('Näringsliv')).toBeVisible();

    // The phone may group too: it moves the laptop's card into the theme.
    const phoneTheme = phone.getByRole('region', { name: 'Hållbara resor' });
    await expect(phoneTheme.getByText('Fler gång- och cykelvägar mellan tätorterna')).toBeVisible();
    const research = phone
      .getByRole('region', { name: 'Utan tema' })
      .getByRole('listitem')
      .filter({ hasText: 'Forskningsparker' });
    await research.getByLabel('Flytta till tema').selectOption({ label: 'Hållbara resor' });
    await research.getByRole('button', { name: 'Flytta' }).click();
    await expect(phone.getByText('Idén flyttades till Hållbara resor.')).toBeVisible();
    await expect(
      phoneTheme.getByRole('listitem').filter({ hasText: 'Forskningsparker nära universitetet' }),
    ).toBeFocused();
    await expect(theme.getByText('2 idéer')).toBeVisible();
    await expect(projector.getByRole('heading', { name: 'Hållbara resor (2)' })).toBeVisible();
    await expectAccessible(phone, 'ideas phone grouping', [PHONE]);
    await shot(phone, 'ideas-phone-grouping', ['phone']);
    await expectAccessible(projector, 'ideas projector themes');
    await shot(projector, 'ideas-projector-themes', ['desktop']);
    await expectAccessible(facilitator, 'ideas control room');
    await shot(facilitator, 'ideas-control-room', ['desktop', 'phone']);

    // "Ta ur temat": back to the ungrouped cards, still from its sector.
    await theme
      .getByRole('listitem')
      .filter({ hasText: 'Forskningsparker' })
      .getByRole('button', { name: 'Ta ur temat' })
      .click();
    const back = ungrouped.getByRole('listitem').filter({ hasText: 'Forskningsparker' });
    await expect(back).toBeFocused();
    await expect(back.getByText('Akademi')).toBeVisible();

    // With a mouse, a card can also be dragged by its grip: into the theme and back out.
    const dragTo = async (card: Locator, column: Locator) => {
      // Mouse coordinates are the window's: the card and its target must be on screen.
      await card.scrollIntoViewIfNeeded();
      const a = (await card.locator('.ideas-grip').boundingBox())!;
      const b = (await column.boundingBox())!;
      await facilitator.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await facilitator.mouse.down();
      // The column's middle: its top may be under the sticky status bar.
      await facilitator.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
      await expect(column).toHaveClass(/is-drop-target/);
      await facilitator.mouse.up();
    };
    await dragTo(back, theme);
    const dragged = theme.getByRole('listitem').filter({ hasText: 'Forskningsparker' });
    await expect(dragged).toBeFocused();
    await expect(facilitator.getByText('Idén flyttades till Hållbara resor.')).toBeVisible();
    await dragTo(dragged, ungrouped);
    await expect(back).toBeFocused();
    await expect(theme.getByRole('listitem')).toHaveCount(1);

    // Closed: the phone can no longer post or group; revealed: the sectors behind each theme.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phone.getByText('Idéinsamlingen är stängd.')).toBeVisible();
    await expect(phone.getByLabel('Flytta till tema')).toHaveCount(0);
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phoneTheme.getByText('Från: Näringsliv')).toBeVisible();
    await expectAccessible(phone, 'ideas phone results', [PHONE]);
    await shot(phone, 'ideas-phone-results', ['phone']);

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Idéinsamling');
    expect(markdown).toMatch(/\| Hållbara resor \| 1 \| Näringsliv \|/);
    expect(markdown).toMatch(
      /\| Utan tema \| Mindre skitsnack på mötena \| Akademi \|[^|]+\| dold av processledaren, fångad av ordfiltret \|/,
    );

    // Deleting the theme (after a confirm) returns its card; nothing is lost.
    await theme.getByRole('button', { name: 'Ta bort temat' }).click();
    await facilitator.getByRole('button', { name: 'Ta bort ”Hållbara resor”' }).click();
    await expect(facilitator.getByRole('region', { name: 'Hållbara resor' })).toHaveCount(0);
    await expect(ungrouped.getByText('Fler gång- och cykelvägar mellan tätorterna')).toBeVisible();
    await expect(ungrouped.getByRole('heading', { name: 'Utan tema' })).toBeFocused();
  });
});
