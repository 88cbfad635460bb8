import { expect, test } from '@playwright/test';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import { contextPool, createWorkshop, join, joinCodeOf, shot } from './steps.ts';

const TITLE = 'Projektor och raderade i Hallsberg';

/**
 * The screens issue 8 added around trust: the join page's data notice, the projector link a
 * venue PC opens (and loses when the facilitator removes it), and a deleted workshop restored
 * from the start page. Each is checked with axe and photographed at phone and desktop size.
 */
test.describe('trust: data notice, projector link, deleted workshops', () => {
  const people = contextPool();
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('a phone reads the data notice, a venue PC shows the projector until its link is removed, a deleted workshop comes back', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await createWorkshop(facilitator, E2E_ADMIN, TITLE);
    const code = await joinCodeOf(facilitator);

    // The join page says who holds the data and that it may become a public record, and more
    // behind one tap, before anyone joins.
    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await phone.goto(`/j/${code.replace('-', '')}`);
    await expect(
      phone.getByText('ansvarar för uppgifterna. Det du skriver kan bli en allmän handling.'),
    ).toBeVisible();
    await phone.getByText('Mer om dina uppgifter').click();
    await expect(phone.getByText('Allmän handling', { exact: true })).toBeVisible();
    await expect(phone.getByText('Hur länge', { exact: true })).toBeVisible();
    await expectAccessible(phone, 'join page with the data notice open');
    await shot(phone, 'trust-join-notice', ['phone', 'desktop']);
    await join(phone, 'Offentlig sektor', {});

    // The facilitator makes a projector link; a venue PC opens it without any login.
    await facilitator.getByText('Öppna projektorvyn på en annan dator').click();
    await facilitator.getByRole('button', { name: 'Skapa länk för projektorn' }).click();
    const linkField = facilitator.getByLabel('Länk för projektorn');
    await expect(linkField).toHaveValue(/\/projektor#.{20,}/);
    const url = await linkField.inputValue();
    await expect(facilitator.getByTestId('projector-link-status')).toContainText(
      'En projektorlänk gäller till',
    );
    await expectAccessible(facilitator, 'control room with the projector link');
    await shot(facilitator, 'trust-projector-link', ['desktop', 'phone']);

    const venue = await people.page(browser, { viewport: { width: 1920, height: 1080 } });
    await venue.goto(new URL(url).pathname + new URL(url).hash);
    await expect(venue.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(venue).toHaveURL(/\/f\/w\/[^/]+\/projector$/);
    // The token left the address bar: it is not in the history or a screenshot of the venue PC.
    expect(venue.url()).not.toContain('#');
    // The live list arrives over the projector link's read-only Yjs connection.
    await expect(venue.getByText('Laddar…')).toHaveCount(0);
    await venue.screenshot({
      path: `${process.env.E2E_SHOTS_DIR ?? '/tmp/shots'}/hd-trust-venue-projector.png`,
    });
    // The venue PC holds no facilitator session.
    await venue.goto('/f');
    await expect(venue.getByRole('heading', { name: 'Logga in' })).toBeVisible();
    await venue.goBack();
    await expect(venue.getByRole('heading', { name: TITLE })).toBeVisible();

    await facilitator.getByRole('button', { name: 'Ta bort länken' }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: 'Länken är borttagen' })).toBeVisible();
    await expect(
      venue.getByRole('alert').filter({ hasText: 'Projektorvyn kan inte visas här' }),
    ).toBeVisible();
    await expectAccessible(venue, 'projector refused', [DESKTOP]);
    await shot(venue, 'trust-projector-refused', ['desktop']);

    // Deleted: gone for everyone at once, restorable from the start page.
    await facilitator.getByRole('button', { name: 'Radera workshoppen' }).click();
    await facilitator.getByRole('button', { name: 'Ja, radera' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Raderade workshoppar' })).toBeVisible();
    await expectAccessible(facilitator, 'start page with a deleted workshop');
    await shot(facilitator, 'trust-deleted-workshops', ['desktop', 'phone']);
    await facilitator.getByRole('button', { name: `Återställ ${TITLE}` }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: 'är återställd' })).toBeVisible();
    await expect(facilitator.getByRole('link', { name: TITLE })).toBeVisible();
  });
});
