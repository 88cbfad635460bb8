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

const PHONE_Q = 'Hur når vi unga i hela länet?';
const LAPTOP_Q = 'Vad kostar kompetensförsörjningen för kommunerna?';
const CAUGHT = 'Vilket jävla krångel';

/**
 * A Q&A from setup to export: the facilitator words it and makes it live, two participants (one
 * on a phone) ask, the word filter holds one question for review, the room upvotes, the
 * facilitator hides, highlights and marks answered, and the projector follows.
 */
test.describe('question journey', () => {
  const people = contextPool();
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    await people.closeAll();
  });

  test('runs a Q&A with moderation and upvotes', async ({ browser }) => {
    test.setTimeout(180_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    await createWorkshop(facilitator, E2E_ADMIN, 'Frågestund om Örebro län');

    await addActivity(facilitator, 'Öppen fråga', 3);
    await facilitator.getByLabel('Fråga eller ämne').fill('Frågor om regionens strategi');
    await facilitator.getByLabel(/Frågor och svar/).check();
    await facilitator.getByRole('button', { name: 'Spara frågan' }).click();
    await expect(facilitator.getByText('Frågan är sparad.')).toBeVisible();
    await expectAccessible(facilitator, 'question setup');
    await shot(facilitator, 'question-setup', ['desktop', 'phone']);
    const code = await joinCodeOf(facilitator);
    const projector = await openProjector(facilitator, DESKTOP);

    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await joinWithCode(phone, code, 'Näringsliv');
    const laptop = await people.page(browser, { viewport: DESKTOP });
    await joinWithCode(laptop, code, 'Akademi');

    await makeLive(facilitator, /^3\. Öppen fråga/);
    for (const page of [phone, laptop])
      await expect(page.getByRole('heading', { name: 'Öppen fråga', exact: true })).toBeVisible();
    await expect(projector.getByText('Frågor om regionens strategi')).toBeVisible();

    // The phone asks; the laptop asks twice, once with a word the filter holds back.
    await phone.getByLabel('Din fråga').fill(PHONE_Q);
    await expect(phone.getByText(`${PHONE_Q.length} av 280 tecken`)).toBeVisible();
    await phone.getByRole('button', { name: 'Skicka' }).click();
    await expect(phone.locator('.question-feedback').getByText('Sparat ✓', { exact: true })).toBeVisible();
    await expect(phone.getByLabel('Din fråga')).toHaveValue('');
    await laptop.getByLabel('Din fråga').fill(LAPTOP_Q);
    await laptop.getByRole('button', { name: 'Skicka' }).click();
    await expect(laptop.locator('.question-feedback').getByText('Sparat ✓', { exact: true })).toBeVisible();
    await laptop.getByLabel('Din fråga').fill(CAUGHT);
    await laptop.getByRole('button', { name: 'Skicka' }).click();
    await expect(laptop.getByText(/Processledaren granskar det/)).toBeVisible();
    await expect(laptop.getByText('Väntar på granskning')).toBeVisible();

    // The room sees the two shown questions, never the held one.
    const upvote = phone.getByRole('button', { name: `Rösta upp: ${LAPTOP_Q.slice(0, 40)}`, exact: false });
    await expect(upvote).toHaveAttribute('aria-pressed', 'false');
    await upvote.click();
    await expect(upvote).toHaveAttribute('aria-pressed', 'true');
    await expect(phone.locator('.question-card', { hasText: LAPTOP_Q }).getByText('1 röst')).toBeVisible();
    // One's own question has no upvote button.
    await expect(phone.getByRole('button', { name: /Rösta upp: Hur når vi unga/ })).toHaveCount(0);
    await expect(projector.getByText('2 inlägg', { exact: false })).toBeVisible();
    await expect(projector.getByText(LAPTOP_Q)).toBeVisible();
    for (const page of [phone, projector]) await expect(page.getByText(CAUGHT)).toHaveCount(0);
    await expectAccessible(phone, 'question participant', [PHONE]);
    await shot(phone, 'question-participant', ['phone', 'desktop']);
    await expectAccessible(laptop, 'question participant with a held post');
    await shot(laptop, 'question-participant-pending', ['desktop', 'phone']);

    // The control room: the held question first, marked, then hidden.
    const queue = facilitator.locator('.question-queue');
    await expect(queue.getByText('Fångad av ordfiltret')).toBeVisible();
    await expectAccessible(facilitator, 'question control room');
    await shot(facilitator, 'question-control-room', ['desktop', 'phone']);
    await queue.getByRole('button', { name: `Dölj: ${CAUGHT}` }).click();
    await expect(facilitator.getByText('Inget väntar på granskning.')).toBeVisible();
    await expect(laptop.getByText('Dold av processledaren')).toBeVisible();

    // Highlighted on the projector, then answered: it moves to its own section on phones.
    await facilitator.getByRole('button', { name: `Lyft fram: ${PHONE_Q}` }).click();
    await expect(projector.getByText('Besvaras nu')).toBeVisible();
    await expect(laptop.getByText('Besvaras nu')).toBeVisible();
    await expectAccessible(projector, 'question projector');
    await shot(projector, 'question-projector', ['desktop', 'phone']);
    await facilitator.getByRole('button', { name: `Besvarad: ${PHONE_Q}` }).click();
    await expect(laptop.getByText('Besvarade (1)')).toBeVisible();

    // Closed: a recap on the phone; the export accounts for every post.
    await facilitator.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect(phone.getByText('Den här delen är stängd.')).toBeVisible();
    await expect(phone.getByRole('button', { name: /Rösta upp/ })).toHaveCount(0);
    await expect(phone.getByText(PHONE_Q).first()).toBeVisible();
    await expectAccessible(phone, 'question closed', [PHONE]);
    await shot(phone, 'question-closed', ['phone']);

    const markdown = await download(facilitator, 'Ladda ner Markdown');
    expect(markdown).toContain('## 3. Öppen fråga');
    expect(markdown).toContain(`| ${CAUGHT} | Akademi |`);
    expect(markdown).toContain('dolt av processledaren, fångat av ordfiltret');
    const row = `| 2 | ${LAPTOP_Q} | Akademi |`;
    expect(markdown).toContain(row);
    expect(markdown.split('\n').find((line) => line.startsWith(row))).toMatch(/\| visas \| 1 \| nej \|$/);
  });
});
