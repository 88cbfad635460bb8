import fs from 'node:fs/promises';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import { download, join, logIn, SHOTS_DIR, shot } from './steps.ts';

const COLLEAGUE = { name: 'Kim Kollega', email: 'kim@example.se', password: 'kollega-losen-42' };

/** An activity's button in the control room's agenda, by its number and name. */
const agendaEntry = (page: Page, label: RegExp) =>
  page.getByRole('region', { name: 'Agenda', exact: true }).getByRole('button', { name: label });

/** The list item that holds priority n's text field (on a phone, a laptop or in the control room). */
const priorityItem = (page: Page, n: number) =>
  page.getByRole('listitem').filter({ has: page.getByLabel(`Prioritering ${n}`, { exact: true }) });

/**
 * One workshop from creation to export: the admin prepares an agenda (the default list and dot
 * voting, plus a second list for risks), a co-facilitator they add runs parts of it, three
 * participants (one on a phone, each from a different sector) and a projector follow, each in a
 * browser context of their own.
 */
test.describe('workshop journey', () => {
  const contexts: BrowserContext[] = [];
  const newContext = async (browser: Browser, options: Parameters<Browser['newContext']>[0]) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
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

    // The admin logs in and makes an account for a colleague.
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
    await facilitator.getByRole('link', { name: 'Konton' }).click();
    await expect(facilitator).toHaveURL(/\/f\/konton$/);
    await expect(facilitator.getByRole('heading', { name: 'Alla konton' })).toBeVisible();
    await facilitator.getByLabel('Namn', { exact: true }).fill(COLLEAGUE.name);
    await facilitator.getByLabel('E-post').fill(COLLEAGUE.email);
    await facilitator.getByLabel('Första lösenord').fill(COLLEAGUE.password);
    await facilitator.getByRole('button', { name: 'Skapa konto' }).click();
    await expect(facilitator.getByText(`Kontot för ${COLLEAGUE.email} är skapat.`)).toBeVisible();
    await expect(facilitator.getByRole('listitem').filter({ hasText: COLLEAGUE.name })).toContainText(
      COLLEAGUE.email,
    );
    await expectAccessible(facilitator, 'accounts');
    await shot(facilitator, 'accounts', ['phone', 'desktop']);
    await facilitator.getByRole('link', { name: 'Alla workshoppar' }).click();

    // The admin creates the workshop and adds the colleague as co-facilitator.
    await facilitator.getByLabel('Titel').fill('Framtidens Örebro län');
    await facilitator.getByLabel('Plats', { exact: true }).selectOption('Kumla');
    await facilitator
      .getByLabel('Prioriteringar att börja med (en per rad)')
      .fill('Kompetensförsörjning\nInfrastruktur och pendling\nKlimatomställning');
    // Names shown: the journey checks who is writing, by name.
    await facilitator.getByRole('radio', { name: 'Deltagarna kan ange namn' }).check();
    await expectAccessible(facilitator, 'dashboard');
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();

    // The agenda: the question for the list, and a second list for risks, prepared as a draft.
    await facilitator.getByLabel('Fråga eller instruktion').fill('Vad ska länet prioritera till 2030?');
    await facilitator.getByRole('button', { name: 'Spara frågan' }).click();
    await expect(facilitator.getByText('Frågan är sparad.')).toBeVisible();
    await facilitator.getByLabel('Typ av aktivitet').selectOption({ label: 'Prioriteringar' });
    await facilitator.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await expect(agendaEntry(facilitator, /^3\. Prioriteringar/)).toBeVisible();
    await facilitator.getByLabel('Rubrik').fill('Risker');
    await facilitator.getByRole('button', { name: 'Spara rubriken' }).click();
    await expect(agendaEntry(facilitator, /^3\. Risker/)).toContainText('Utkast');
    await expectAccessible(facilitator, 'control room with an agenda');
    await shot(facilitator, 'control-room-agenda', ['desktop', 'phone']);
    await agendaEntry(facilitator, /^1\. Prioriteringar/).click();
    const code = ((await facilitator.locator('.join-code-value').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const team = facilitator.getByRole('region', { name: 'Processledare' });
    await team.getByLabel('Lägg till processledare (e-post)').fill(COLLEAGUE.email);
    await team.getByRole('button', { name: 'Lägg till' }).click();
    await expect(team.getByText(`${COLLEAGUE.email} är tillagd.`)).toBeVisible();
    await expect(team.getByRole('listitem').filter({ hasText: COLLEAGUE.name })).toContainText(
      'Medprocessledare',
    );
    await expectAccessible(facilitator, 'control room with team');
    await shot(facilitator, 'control-room-team', ['desktop']);

    // The projector opens in its own window of the facilitator's session.
    const [projector] = await Promise.all([
      facilitator.context().waitForEvent('page'),
      facilitator.getByRole('button', { name: 'Öppna projektorvy' }).click(),
    ]);
    watch(projector);
    await projector.setViewportSize(DESKTOP);
    await expect(projector.locator('.join-code-value')).toHaveText(code);
    await expect(projector.getByRole('img', { name: /QR/ })).toBeVisible();

    // Three participants join: by typed code on a phone, by link, and by link with a name.
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
    await join(third, 'Offentlig sektor', { displayName: 'Anna' });

    await expect(projector.getByText('3 anslutna nu')).toBeVisible();
    await expect(facilitator.getByTestId('count-connected')).toHaveText('3');
    await expectAccessible(phone, 'collect');

    // The phone rescans the QR code: one tap back in, as the same participant.
    await phone.goto(`/j/${code.replace('-', '')}`);
    await expect(phone.getByRole('button', { name: 'Ändra mina uppgifter' })).toBeVisible();
    await expectAccessible(phone, 'already joined');
    await shot(phone, 'already-joined', ['phone', 'desktop']);
    await phone.getByRole('link', { name: 'Fortsätt till workshoppen' }).click();
    await expect(phone.getByRole('heading', { name: 'Prioriteringar' })).toBeVisible();
    await expect(phone.getByText('Vad ska länet prioritera till 2030?')).toBeVisible();
    // The draft is backstage: participants do not see it.
    await expect(phone.getByText('Risker')).toHaveCount(0);
    await expect(priorityItem(phone, 1).getByRole('textbox')).toHaveValue('Kompetensförsörjning');
    await expect(facilitator.getByTestId('count-connected')).toHaveText('3');

    // The colleague signs in elsewhere: the workshop is theirs to run, not to erase.
    const colleague = await (await newContext(browser, { viewport: DESKTOP })).newPage();
    watch(colleague);
    await logIn(colleague, COLLEAGUE);
    await expect(colleague.getByRole('link', { name: 'Konton' })).toHaveCount(0);
    const listed = colleague.getByRole('listitem').filter({ hasText: 'Framtidens Örebro län' });
    // Counted from the database: the rescan above made no second participant.
    await expect(listed).toContainText('3 deltagare');
    await expect(listed).toContainText('Medprocessledare');
    await listed.getByRole('link', { name: 'Framtidens Örebro län' }).click();
    await expect(colleague.getByRole('link', { name: 'Ladda ner CSV' })).toBeVisible();
    await expect(agendaEntry(colleague, /^1\. Prioriteringar/)).toContainText('Visas nu');
    await expect(colleague.getByRole('button', { name: 'Radera workshoppen' })).toHaveCount(0);

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
    for (const page of [facilitator, colleague, phone, laptop, third]) {
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

    // Anna types slowly; the others see who is writing, by name, and the note goes once she stops.
    await third.getByLabel('Prioritering 2', { exact: true }).click();
    await third.keyboard.press('End');
    const typing = third.keyboard.type(' och kollektivtrafik', { delay: 120 });
    const annaWrites = (page: Page) => priorityItem(page, 2).getByText('Skriver nu: Anna');
    await expect(annaWrites(phone)).toBeVisible();
    await expect(annaWrites(laptop)).toBeVisible();
    await expect(annaWrites(facilitator)).toBeVisible();
    await expect(priorityItem(third, 2).getByText(/Skriver nu/)).toHaveCount(0);
    await shot(phone, 'collect-writers', ['phone']);
    await shot(laptop, 'collect-writers', ['desktop']);
    await typing;
    // A writer without a name is shown by sector.
    await first(phone).click();
    await phone.keyboard.press('End');
    await phone.keyboard.type('!', { delay: 30 });
    await expect(priorityItem(laptop, 1).getByText('Skriver nu: Näringsliv')).toBeVisible();
    // The server forgets a writer 5 s after their last keystroke.
    await expect(annaWrites(phone)).toBeHidden({ timeout: 15_000 });
    await expect(annaWrites(laptop)).toBeHidden();
    await expect(laptop.getByText(/Skriver nu/)).toHaveCount(0, { timeout: 15_000 });

    // The facilitator brings back what priority 2 said when the workshop was created.
    await priorityItem(facilitator, 2).getByText('Tidigare versioner av Prioritering 2').click();
    const versions = priorityItem(facilitator, 2).getByRole('list');
    const byAnna = versions.getByRole('listitem').filter({ hasText: 'Anna' });
    await expect(byAnna.first()).toContainText('Infrastruktur och pendling och kollektivtrafik');
    const original = versions.getByRole('listitem').filter({ hasText: 'när den skapades eller slogs ihop' });
    await expect(original).toHaveCount(1);
    await expect(original).toContainText('Infrastruktur och pendling');
    await expectAccessible(facilitator, 'control room with versions');
    await shot(facilitator, 'control-room-versions', ['desktop']);
    await original.getByRole('button', { name: /^Återställ/ }).click();
    await expect(facilitator.getByText('Versionen är återställd.')).toBeVisible();
    for (const page of [facilitator, colleague, phone, laptop, third]) {
      await expect(page.getByLabel('Prioritering 2', { exact: true })).toHaveValue(
        'Infrastruktur och pendling',
      );
    }

    // The co-facilitator locks: participants can no longer edit, and the owner sees it too.
    await colleague.getByRole('button', { name: 'Lås', exact: true }).click();
    await expect(first(phone)).not.toBeEditable();
    await expect(phone.getByText(/låst/i).first()).toBeVisible();
    await expect(agendaEntry(facilitator, /^1\. Prioriteringar/)).toContainText('Låst');
    await colleague.getByRole('button', { name: 'Lås upp' }).click();
    await expect(first(phone)).toBeEditable();

    // The risks list opens for self-paced answers while the priorities stay live.
    await agendaEntry(facilitator, /^3\. Risker/).click();
    await facilitator.getByRole('button', { name: 'Öppna', exact: true }).click();
    await expect(agendaEntry(facilitator, /^3\. Risker/)).toContainText('Öppen');
    const alsoOpen = laptop.getByRole('navigation', { name: 'Också öppet just nu' });
    await alsoOpen.getByRole('button', { name: 'Risker' }).click();
    await expect(laptop.getByRole('heading', { name: 'Risker' })).toBeVisible();
    await laptop.getByLabel('Ny prioritering').fill('Kompetensbrist i vården');
    await laptop.getByRole('button', { name: 'Lägg till' }).click();
    await expect(facilitator.getByLabel('Prioritering 1', { exact: true })).toHaveValue(
      'Kompetensbrist i vården',
    );
    await expectAccessible(laptop, 'an open activity beside the live one');
    await shot(laptop, 'also-open', ['desktop', 'phone']);
    await laptop.getByRole('button', { name: 'Tillbaka till det som pågår nu' }).click();
    await expect(laptop.getByRole('heading', { name: 'Prioriteringar' })).toBeVisible();

    // Dot voting, made live by the co-facilitator: every phone follows, the list closes.
    await agendaEntry(colleague, /^2\. Prickröstning/).click();
    await colleague.getByRole('button', { name: 'Visa för alla' }).click();
    await expect(phone.getByRole('heading', { name: 'Prickröstning' })).toBeVisible();
    await expect(laptop.getByRole('heading', { name: 'Prickröstning' })).toBeVisible();
    await expect(agendaEntry(facilitator, /^1\. Prioriteringar/)).toContainText('Stängd');
    await expect(phone.getByText('5 prickar kvar')).toBeVisible();

    // A five-minute timer on the vote: every screen shows it, pausing shows on the phone,
    // stopping removes it.
    await agendaEntry(facilitator, /^2\. Prickröstning/).click();
    await facilitator.getByRole('button', { name: 'Starta en timer på 5 min' }).click();
    for (const page of [phone, projector, colleague])
      await expect(page.getByRole('timer')).toHaveText(/^0[45]:\d\d$/);
    await expectAccessible(phone, 'voting with a timer', [PHONE]);
    await shot(phone, 'vote-timer', ['phone']);
    await shot(projector, 'projector-timer', ['desktop']);
    await colleague.getByRole('button', { name: 'Pausa' }).click();
    await expect(phone.getByText('Pausad')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Stoppa' }).click();
    await expect(phone.getByRole('timer')).toHaveCount(0);
    await expect(projector.getByRole('timer')).toHaveCount(0);
    const dot = (page: Page, text: RegExp) => page.getByRole('button', { name: text }).first();
    await dot(phone, /^1\. Kompetensförsörjning/).click();
    await dot(phone, /^1\. Kompetensförsörjning/).click();
    await dot(phone, /Klimatomställning/).click();
    await expect(phone.getByText('2 av 5 prickar kvar')).toBeVisible();
    await expect(phone.getByText('Sparat ✓')).toBeVisible();
    await expectAccessible(phone, 'voting', [PHONE]);
    await shot(phone, 'vote', ['phone']);
    await dot(laptop, /^1\. Kompetensförsörjning/).click();
    await dot(laptop, /Infrastruktur/).click();
    await expect(laptop.getByText('3 av 5 prickar kvar')).toBeVisible();
    await shot(laptop, 'vote', ['desktop']);
    await dot(third, /Unga människors villkor/).click();
    await expect(facilitator.getByText('3 personer har röstat · Totalt 6 prickar')).toBeVisible();
    await expect(projector.getByText('Röstningen är öppen – 3 har röstat')).toBeVisible();
    // Results stay hidden from participants until revealed.
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);

    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await facilitator.getByRole('button', { name: 'Visa resultat' }).click();
    await expect(phone.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(projector.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expect(projector.getByText('3 prickar').first()).toBeVisible();
    await expectAccessible(phone, 'results');
    await expectAccessible(projector, 'projector');
    await expectAccessible(facilitator, 'control room with results');
    await shot(projector, 'projector', ['desktop']);

    // Both exports, downloaded from the control room.
    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('# Framtidens Örebro län');
    // Every activity of the agenda, in its order.
    expect(markdown).toMatch(/## 1\. Prioriteringar[\s\S]*## 2\. Prickröstning[\s\S]*## 3\. Risker/);
    expect(markdown).toContain('Vad ska länet prioritera till 2030?');
    expect(markdown).toContain('Kompetensbrist i vården');
    expect(markdown).toMatch(
      /\| 1 \| Kompetensförsörjning[^|]*i hela länet[^|]*\| 3 \| 0 \| 2 \| 1 \| 0 \| 0 \| 0 \|/,
    );
    const csv = await download(facilitator, 'Ladda ner CSV');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Plats";"Kumla"');
    expect(csv).toMatch(/1;"Kompetensförsörjning[^"]*";3;0;2;1;0;0;0/);
    expect(csv).toContain('Kompetensbrist i vården');

    // English as a switch; <html lang> follows.
    await phone.getByRole('button', { name: 'English' }).click();
    await expect(phone.getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(phone.locator('html')).toHaveAttribute('lang', 'en');

    // Reloading keeps the participant's identity and dots.
    await laptop.reload();
    await expect(laptop.getByRole('heading', { name: 'Resultat' })).toBeVisible();

    // A new round with other rules clears the dots, so it is confirmed first.
    await facilitator.getByLabel('Prickar per deltagare').fill('3');
    await facilitator.getByRole('button', { name: 'Spara reglerna' }).click();
    const resetConfirm = facilitator.getByRole('button', { name: 'Nollställ prickarna och spara' });
    await expect(resetConfirm).toBeVisible();
    await expect(laptop.getByRole('heading', { name: 'Resultat' })).toBeVisible();
    await expectAccessible(facilitator, 'control room with vote reset');
    await shot(facilitator, 'control-room-vote-reset', ['desktop']);
    await resetConfirm.click();
    await expect(facilitator.getByText('Reglerna är sparade.')).toBeVisible();
    await facilitator.getByRole('button', { name: 'Öppna igen' }).click();
    await expect(laptop.getByRole('heading', { name: 'Prickröstning' })).toBeVisible();
    await expect(laptop.getByText('3 av 3 prickar kvar')).toBeVisible();
    await expect(phone.getByText('3 of 3 dots left')).toBeVisible();
    await expect(colleague.getByRole('button', { name: 'Stäng', exact: true })).toBeVisible();

    // The owner deletes the workshop (confirmed once: it disconnects the room). It waits among
    // the deleted ones on the start page, restorable, until the owner deletes it for good.
    await facilitator.getByRole('button', { name: 'Radera workshoppen' }).click();
    await facilitator.getByRole('button', { name: 'Ja, radera' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Skapa workshop' })).toBeVisible();
    await expect(facilitator.getByRole('heading', { name: 'Raderade workshoppar' })).toBeVisible();
    await facilitator.getByRole('button', { name: 'Radera för gott: Framtidens Örebro län' }).click();
    await facilitator.getByRole('button', { name: 'Radera för gott', exact: true }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: 'är raderad för gott' })).toBeVisible();
    const stillListed = facilitator.getByRole('listitem').filter({ hasText: 'Framtidens Örebro län' });
    await expect(stillListed).toHaveCount(0);

    expect(thirdParty).toEqual([]);
  });
});
