import fs from 'node:fs/promises';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';

/**
 * One workshop from creation to export: a facilitator, three participants (one on a phone,
 * each from a different sector) and a projector, each in a browser context of their own.
 */
test.describe('workshop journey', () => {
  const contexts: BrowserContext[] = [];
  const newContext = async (browser: Browser, options: Parameters<Browser['newContext']>[0]) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  test.afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  test('runs a workshop from creation to export', async ({ browser }) => {
    test.setTimeout(240_000);
    const thirdParty: string[] = [];
    const watch = (page: Page) =>
      page.on('request', (r) => {
        if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('ws://127.0.0.1'))
          thirdParty.push(r.url());
      });

    // Facilitator logs in and creates the workshop.
    const facilitator = await (
      await newContext(browser, { viewport: DESKTOP, acceptDownloads: true })
    ).newPage();
    watch(facilitator);
    await facilitator.goto('/f');
    await expect(facilitator.getByRole('button', { name: 'Logga in' })).toBeVisible();
    await expectAccessible(facilitator, 'login');
    await facilitator.getByLabel('E-post').fill(E2E_ADMIN.email);
    await facilitator.getByLabel('Lösenord').fill(E2E_ADMIN.password);
    await facilitator.getByRole('button', { name: 'Logga in' }).click();
    await facilitator.getByLabel('Titel').fill('Framtidens Örebro län');
    await facilitator.getByLabel('Plats', { exact: true }).selectOption('Kumla');
    await facilitator
      .getByLabel('Prioriteringar att börja med (en per rad)')
      .fill('Kompetensförsörjning\nInfrastruktur och pendling\nKlimatomställning');
    await expectAccessible(facilitator, 'dashboard');
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Styrning' })).toBeVisible();
    const code = ((await facilitator.locator('.join-code-value').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectAccessible(facilitator, 'control room');

    // The projector opens in its own window of the facilitator's session.
    const [projector] = await Promise.all([
      facilitator.context().waitForEvent('page'),
      facilitator.getByRole('button', { name: 'Öppna projektorvy' }).click(),
    ]);
    watch(projector);
    await projector.setViewportSize(DESKTOP);
    await expect(projector.locator('.join-code-value')).toHaveText(code);
    await expect(projector.getByRole('img', { name: /QR/ })).toBeVisible();

    // Three participants join: by typed code on a phone, by link, and by link.
    const phone = await (
      await newContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true })
    ).newPage();
    watch(phone);
    await phone.goto('/');
    await expectAccessible(phone, 'start');
    await phone.getByLabel('Kod (8 tecken)').fill(code.toLowerCase().replace('-', ' '));
    await phone.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(phone.getByRole('button', { name: 'Gå med' })).toBeVisible();
    await expectAccessible(phone, 'join');
    await join(phone, 'Näringsliv', { municipality: 'Örebro' });

    const laptop = await (await newContext(browser, { viewport: DESKTOP })).newPage();
    watch(laptop);
    await laptop.goto(`/j/${code.replace('-', '')}`);
    await join(laptop, 'Akademi', {});
    const third = await (await newContext(browser, { viewport: DESKTOP })).newPage();
    await third.goto(`/j/${code.replace('-', '')}`);
    await join(third, 'Offentlig sektor', {});

    await expect(projector.getByText('Deltagare: 3')).toBeVisible();
    await expect(facilitator.getByText('Deltagare: 3')).toBeVisible();
    await expectAccessible(phone, 'collect');

    // Two people type into the same priority at the same time; both keep their words.
    const first = (page: Page) => page.getByLabel('Prioritering 1', { exact: true });
    await first(phone).click();
    await first(laptop).click();
    await phone.keyboard.press('End');
    await laptop.keyboard.press('End');
    await Promise.all([
      phone.keyboard.type(' i hela länet', { delay: 30 }),
      laptop.keyboard.type(' för alla åldrar', { delay: 30 }),
    ]);
    for (const page of [facilitator, phone, laptop, third]) {
      await expect(first(page)).toHaveValue(/i hela länet/);
      await expect(first(page)).toHaveValue(/för alla åldrar/);
    }
    await expect(phone.getByText('Sparat ✓')).toBeVisible();

    // A participant adds a priority; everyone sees it.
    await third.getByLabel('Ny prioritering').fill('Unga människors villkor');
    await third.getByRole('button', { name: 'Lägg till' }).click();
    await expect(facilitator.getByLabel('Prioritering 4', { exact: true })).toHaveValue(
      'Unga människors villkor',
    );

    // Lock: participants can no longer edit.
    await facilitator.getByRole('button', { name: 'Lås', exact: true }).click();
    await expect(first(phone)).not.toBeEditable();
    await expect(phone.getByText(/låst/i).first()).toBeVisible();
    await facilitator.getByRole('button', { name: 'Lås upp' }).click();
    await expect(first(phone)).toBeEditable();

    // Dot voting.
    await facilitator.getByRole('button', { name: 'Starta röstning' }).click();
    await expect(phone.getByRole('heading', { name: 'Prickröstning' })).toBeVisible();
    await expect(phone.getByText('5 prickar kvar')).toBeVisible();
    const dot = (page: Page, text: RegExp) => page.getByRole('button', { name: text }).first();
    await dot(phone, /^1\. Kompetensförsörjning/).click();
    await dot(phone, /^1\. Kompetensförsörjning/).click();
    await dot(phone, /Klimatomställning/).click();
    await expect(phone.getByText('2 prickar kvar')).toBeVisible();
    await expect(phone.getByText('Sparat ✓')).toBeVisible();
    await expectAccessible(phone, 'voting', [PHONE]);
    await dot(laptop, /^1\. Kompetensförsörjning/).click();
    await dot(laptop, /Infrastruktur/).click();
    await dot(third, /Unga människors villkor/).click();
    await expect(facilitator.getByText('3 personer har röstat · Totalt 6 prickar')).toBeVisible();
    await expect(projector.getByText('Röstning pågår – 3 har röstat')).toBeVisible();
    // Results stay hidden from participants until revealed.
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);

    await facilitator.getByRole('button', { name: 'Stäng röstning' }).click();
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(projector.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(projector.getByText('3 prickar').first()).toBeVisible();
    await expectAccessible(phone, 'results');
    await expectAccessible(projector, 'projector');
    await expectAccessible(facilitator, 'control room with results');

    // Both exports, downloaded from the control room.
    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('# Framtidens Örebro län');
    expect(markdown).toMatch(
      /\| 1 \| Kompetensförsörjning[^|]*i hela länet[^|]*\| 3 \| 0 \| 2 \| 1 \| 0 \| 0 \| 0 \|/,
    );
    expect(markdown).toContain('| Akademi | 1 | 1 |');
    const csv = await download(facilitator, 'Ladda ner CSV');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Plats";"Kumla"');
    expect(csv).toMatch(/1;"Kompetensförsörjning[^"]*";3;0;2;1;0;0;0;"nej"/);
    expect(csv).toContain('"Näringsliv";1;1');

    // English as a switch; <html lang> follows.
    await phone.getByRole('button', { name: 'English' }).click();
    await expect(phone.getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(phone.locator('html')).toHaveAttribute('lang', 'en');

    // Reloading keeps the participant's identity and dots.
    await laptop.reload();
    await expect(laptop.getByRole('heading', { name: 'Resultat' })).toBeVisible();

    // The facilitator erases the workshop (confirmed once, since it cannot be undone).
    await facilitator.getByRole('button', { name: 'Radera workshoppen' }).click();
    await facilitator.getByRole('button', { name: 'Radera för gott' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Skapa workshop' })).toBeVisible();
    await expect(facilitator.getByText('Framtidens Örebro län')).toHaveCount(0);

    expect(thirdParty).toEqual([]);
  });
});

async function join(page: Page, sector: string, extra: { municipality?: string }): Promise<void> {
  await page.getByRole('radio', { name: sector }).check();
  if (extra.municipality) {
    await page.getByText('Fler uppgifter (frivilligt)').click();
    await page.getByLabel('Kommun eller organisationstyp').selectOption(extra.municipality);
  }
  await page.getByRole('button', { name: 'Gå med' }).click();
  await expect(page.getByRole('heading', { name: 'Prioriteringar' })).toBeVisible();
}

async function download(page: Page, link: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  return fs.readFile(await file.path(), 'utf8');
}
