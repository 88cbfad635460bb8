import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { toLocalInput } from '../../client/views/localInput.ts';
import { spokenDateTime } from '../../shared/text/dates.ts';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import { agendaEntry, contextPool, joinCodeOf, logIn, SHOTS_DIR, shot } from './steps.ts';

const DAY = 86_400_000;

/** Nine in the morning, `days` from now, in the browser's zone (as the facilitator types it). */
function morning(days: number): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setHours(9, 0, 0, 0);
  return d;
}

const settingsPanel = (page: Page) => page.getByRole('region', { name: 'Inställningar för workshoppen' });

/**
 * The workshop-level tools: a workshop started from the built-in RUS template, its settings
 * (names, word filter, an open dialogue's dates with per-field errors), saved as a template,
 * duplicated from the dashboard; and a participant who joins before the dialogue opens.
 */
test.describe('workshop tools journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('starts from a template, sets up an open dialogue, saves and duplicates', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await logIn(facilitator, E2E_ADMIN);

    // The dashboard offers blank, built-in and saved starting points, and the names choice.
    const startFrom = facilitator.getByLabel('Börja från');
    await expect(startFrom.locator('option')).toContainText([
      'Tom workshop (en lista och en prickröstning)',
      'RUS-dialog',
      'Riskworkshop',
    ]);
    await startFrom.selectOption({ label: 'RUS-dialog' });
    await expect(facilitator.getByText(/Steg: Inledande fråga → Idéinsamling/)).toBeVisible();
    // Seeds belong to the blank agenda's list only.
    await expect(facilitator.getByLabel('Prioriteringar att börja med (en per rad)')).toHaveCount(0);
    await expect(facilitator.getByRole('radio', { name: /Helt anonymt/ })).toBeChecked();
    await facilitator.getByLabel('Titel').fill('RUS-dialog Kumla');
    await shot(facilitator, 'tools-dashboard', ['desktop', 'phone']);
    await expectAccessible(facilitator, 'dashboard with a template');
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();

    // The control room holds the template's agenda: its first step open and live.
    await expect(facilitator.getByRole('heading', { name: 'RUS-dialog Kumla' })).toBeVisible();
    await expect(agendaEntry(facilitator, /^1\. Inledande fråga/)).toBeVisible();
    await expect(agendaEntry(facilitator, /^4\. Reflektion/)).toBeVisible();

    // Names: anonymous by default; allowing them and going back asks first, in place.
    const panel = settingsPanel(facilitator);
    await expect(panel.getByTestId('names-setting')).toHaveText(/Helt anonymt/);
    await panel.getByRole('button', { name: 'Låt deltagarna ange namn' }).click();
    await expect(panel.getByTestId('names-setting')).toHaveText(/kan ange ett namn/);
    await panel.getByRole('button', { name: 'Gör workshoppen helt anonym' }).click();
    await expect(panel.getByText(/Namnen som deltagarna har angett raderas/)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await panel.getByRole('button', { name: 'Radera namnen' }).click();
    await expect(panel.getByTestId('names-setting')).toHaveText(/Helt anonymt/);

    // The word filter is on by default and turns off with one click.
    const filter = panel.getByRole('checkbox', { name: /Ordfilter/ });
    await expect(filter).toBeChecked();
    await filter.uncheck();
    await expect(filter).not.toBeChecked();
    await filter.check();

    // The dialogue's dates: a closing time before the opening is said at its field.
    const opens = morning(3);
    const closes = new Date(opens.getTime() + 14 * DAY);
    await panel.getByLabel('Öppnar').fill(toLocalInput(opens.toISOString()));
    await panel.getByLabel('Stänger').fill(toLocalInput(new Date(opens.getTime() - DAY).toISOString()));
    await panel.getByRole('button', { name: 'Spara tiderna' }).click();
    const closesField = panel.getByLabel('Stänger');
    await expect(closesField).toHaveAttribute('aria-invalid', 'true');
    await expect(closesField).toBeFocused();
    await expect(panel.getByText('Dialogen måste stänga efter att den öppnar.')).toBeVisible();
    await closesField.fill(toLocalInput(closes.toISOString()));
    await panel.getByRole('button', { name: 'Spara tiderna' }).click();
    await expect(panel.getByText('Tiderna är sparade.')).toBeVisible();
    const opensSaid = spokenDateTime(opens.toISOString(), 'sv');
    await expect(panel.getByTestId('dialogue-setting')).toContainText(`Öppnar ${opensSaid}.`);
    await expect(panel.getByTestId('dialogue-setting')).toContainText('Dialogen har inte öppnat än.');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SHOTS_DIR}/desktop-tools-settings-panel.png` });
    await shot(facilitator, 'tools-control-room', ['desktop']);
    // Only this journey's panels: the rest of the control room has journeys of its own.
    const axe = await new AxeBuilder({ page: facilitator })
      .include('.settings-panel')
      .include('.save-template')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Save the agenda as a template.
    await facilitator.getByLabel('Mallens namn').fill('Vår RUS-dialog');
    await facilitator.getByRole('button', { name: 'Spara som mall' }).click();
    await expect(facilitator.getByText(/Mallen Vår RUS-dialog är sparad/)).toBeVisible();

    // A participant joins before the dialogue opens: no name asked, the opening said as people say it.
    const code = await joinCodeOf(facilitator);
    const phone = await people.page(browser, { viewport: PHONE });
    await phone.goto(`/j/${code.replace('-', '')}`);
    // The data notice: who holds the data and that it may become public; the rest one tap away.
    await expect(
      phone.getByText('Organisationen som ordnar workshoppen ansvarar för uppgifterna.'),
    ).toBeVisible();
    await phone.getByText('Mer om dina uppgifter').click();
    await expect(phone.getByText(/enligt offentlighetsprincipen/)).toBeVisible();
    await expect(phone.getByText('Fråga processledaren.')).toBeVisible();
    await phone.getByText('Fler uppgifter (frivilligt)').click();
    await expect(phone.getByLabel('Organisation', { exact: true })).toBeVisible();
    await expect(phone.getByLabel('Namn', { exact: true })).toHaveCount(0);
    await phone.getByRole('radio', { name: 'Akademi' }).check();
    await phone.getByRole('button', { name: 'Gå med' }).click();
    await expect(phone.getByRole('heading', { name: 'RUS-dialog Kumla' })).toBeVisible();
    await expect(phone.getByTestId('dialogue-notice')).toContainText(`Dialogen öppnar ${opensSaid}.`);
    expect(opensSaid).toMatch(
      /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} [a-zåäö]+( \d{4})? kl\. 09\.00$/,
    );
    // Nothing to answer yet: the opening question is not shown.
    await expect(phone.getByText('Vad är viktigast för Örebro län 2030?')).toHaveCount(0);
    await shot(phone, 'tools-phone-before-opening', ['phone']);
    await expectAccessible(phone, 'phone before the dialogue opens');

    // Opening the window now shows the live activity to the waiting phone, and says until when.
    await panel.getByLabel('Öppnar').fill(toLocalInput(new Date(Date.now() - DAY).toISOString()));
    await panel.getByRole('button', { name: 'Spara tiderna' }).click();
    await expect(panel.getByTestId('dialogue-setting')).toContainText('Dialogen är öppen nu.');
    await expect(phone.getByTestId('dialogue-notice')).toContainText('Dialogen är öppen till');
    await expect(phone.locator('.stage')).toBeVisible();
    await shot(phone, 'tools-phone-dialogue-open', ['phone']);

    // Back on the dashboard: duplicate the workshop; the saved template is listed.
    await facilitator.getByRole('link', { name: /Alla workshoppar/ }).click();
    await expect(facilitator.getByRole('heading', { name: 'Sparade mallar' })).toBeVisible();
    const saved = facilitator.getByRole('region', { name: 'Sparade mallar' });
    await expect(saved.getByText('Vår RUS-dialog', { exact: true })).toBeVisible();
    await facilitator.getByRole('button', { name: 'Duplicera RUS-dialog Kumla' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Kopia av RUS-dialog Kumla' })).toBeVisible();
    await expect(agendaEntry(facilitator, /^1\. Inledande fråga/)).toBeVisible();
    // The copy keeps the settings but not the dialogue's dates.
    await expect(settingsPanel(facilitator).getByTestId('dialogue-setting')).toHaveText(
      'Ingen öppen dialog: workshoppen körs live.',
    );
    await facilitator.getByRole('link', { name: /Alla workshoppar/ }).click();
    await shot(facilitator, 'tools-dashboard-after', ['desktop']);

    // The template's creator deletes it, after a confirmation in place.
    await facilitator.getByRole('button', { name: 'Radera mallen Vår RUS-dialog' }).click();
    await facilitator.getByRole('button', { name: 'Radera mallen', exact: true }).click();
    await expect(facilitator.getByText('Mallen Vår RUS-dialog är raderad.')).toBeVisible();
    await expect(facilitator.getByText('Inga sparade mallar än. Spara en från en workshop.')).toBeVisible();
  });
});
