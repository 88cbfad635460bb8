import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { ack, connectSocket, type TestSocket } from '../integration/helpers/sockets.ts';
import { DESKTOP, PHONE } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import {
  agendaEntry,
  contextPool,
  createWorkshop,
  download,
  joinCodeOf,
  joinWithCode,
  openProjector,
} from './steps.ts';

/**
 * Texts an attacker would post. Each must show as the same characters on every screen and in every
 * export, and none may run, load, link or reorder anything around it.
 */
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT_LINK = 'javascript:alert(1)';
const FORMULA = '=HYPERLINK("http://evil.example","x")';
/** U+202E turns the rest of its line around; the text must stay text, and its neighbours unturned. */
const RTL = 'Faktura \u202Eexe.pdf';
const HOSTILE = [IMG, SCRIPT_LINK, FORMULA, RTL];
const LONG = 'x'.repeat(10_000);

/**
 * Fails the journey on anything a hostile text could make a page do: a dialog (alert), a console
 * error or uncaught exception, a request that leaves the origin, or one for the `x` of `<img src=x>`.
 */
function watch(context: BrowserContext, origin: string, who: string, problems: string[]): void {
  context.on('dialog', (dialog) => {
    problems.push(`${who}: a ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs every 4xx of a fetch; "am I logged in?" is answered 401 before the login.
    if (
      message.text().startsWith('Failed to load resource') &&
      message.location().url.endsWith('/api/auth/me')
    )
      return;
    problems.push(`${who}: console error: ${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => problems.push(`${who}: uncaught: ${error.error().message}`));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
    // By host: the same server over ws: (Socket.IO, Yjs) is not another origin for this purpose.
    if (url.host !== new URL(origin).host) problems.push(`${who}: a request to ${url.origin}`);
    else if (/\/x$/.test(url.pathname)) problems.push(`${who}: a request for ${url.pathname}`);
  });
}

/** Nothing on the page was built from a hostile text: no such image, no script link, no iframe. */
async function expectInert(page: Page, where: string): Promise<void> {
  await expect(page.locator('img[src="x"], img[onerror]'), `${where}: an <img> from a text`).toHaveCount(0);
  await expect(page.locator('a[href^="javascript" i]'), `${where}: a javascript: link`).toHaveCount(0);
  await expect(page.locator('a[href*="evil"]'), `${where}: a link to evil`).toHaveCount(0);
  await expect(page.locator('iframe, object, embed'), `${where}: an embedded frame`).toHaveCount(0);
}

/** The values of every text field on the page (co-edited priorities live in text fields). */
const fieldValues = (page: Page) =>
  page
    .locator('textarea, input[type="text"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

const liveTitle = (title: string) => new RegExp(`^\\d+\\. ${title}`);

test.describe('hostile text is inert on every screen and in every export', () => {
  const people = contextPool();
  let staff: TestSocket | null = null;
  test.afterAll(async () => {
    staff?.socket.close();
    await people.closeAll();
  });

  test('posts markup, script links, formulas, an RTL override and 10,000 characters', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL ?? '').origin;
    const problems: string[] = [];

    const facilitator = await people.page(browser, { viewport: DESKTOP, acceptDownloads: true });
    watch(facilitator.context(), origin, 'control room', problems);
    await createWorkshop(facilitator, E2E_ADMIN, 'Fientlig text i Örebro län');
    const code = await joinCodeOf(facilitator);
    const workshopId = /\/f\/w\/([^/]+)/.exec(facilitator.url())?.[1] ?? '';
    const cookie = (await facilitator.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    staff = await connectSocket(baseURL ?? '', workshopId, 'facilitator', cookie);
    const socket = staff;

    const phone = await people.page(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    watch(phone.context(), origin, 'phone', problems);
    await joinWithCode(phone, code, 'Akademi');
    // The projector opens from the control room, in the facilitator's context: watched with it.
    const projector = await openProjector(facilitator, DESKTOP);

    // 1. The list the workshop starts with: priorities added on the phone become co-edited texts.
    const newPriority = phone.getByLabel('Ny prioritering');
    for (const text of HOSTILE) {
      await newPriority.fill(text);
      await phone.getByRole('button', { name: 'Lägg till' }).click();
      await expect(phone.getByText('Prioriteringen är tillagd.')).toBeVisible();
      await expect(newPriority).toHaveValue('');
    }
    // The field itself stops at the limit: 10,000 characters never reach the server.
    await newPriority.fill(LONG);
    expect((await newPriority.inputValue()).length).toBe(500);
    await newPriority.fill('');
    await agendaEntry(facilitator, /^1\. Prioriteringar/).click();
    for (const page of [phone, facilitator])
      await expect
        .poll(() => fieldValues(page), { message: 'priorities as text' })
        .toEqual(expect.arrayContaining(HOSTILE));
    for (const text of HOSTILE) await expect(projector.locator('body')).toContainText(text);
    for (const [page, where] of [
      [phone, 'list on the phone'],
      [facilitator, 'list in the control room'],
      [projector, 'list on the projector'],
    ] as const)
      await expectInert(page, where);

    // 2.–4. A question, a word cloud and an idea board, each made live in turn, answered on the phone.
    const live = async (type: string, title: string, config: unknown) => {
      const added = await ack(socket, 'agenda:add', { type, title, config });
      expect(added, type).toMatchObject({ ok: true });
      const activityId = (added as { data: { activityId: string } }).data.activityId;
      expect(await ack(socket, 'activity:control', { activityId, action: 'live' })).toMatchObject({
        ok: true,
      });
      await expect(phone.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await agendaEntry(facilitator, liveTitle(title)).click();
    };

    await live('question', 'Frågor med fientlig text', { prompt: 'Fråga oss', mode: 'qa' });
    const question = phone.getByLabel('Din fråga');
    for (const text of HOSTILE) {
      await question.fill(text);
      await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
      await expect(question).toHaveValue('');
    }
    // No length limit on the field: the phone says why it will not send.
    await question.fill(LONG);
    await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
    await expect(phone.getByText('Texten är för lång: högst 280 tecken.')).toBeVisible();
    await question.fill('');
    for (const page of [phone, facilitator, projector])
      for (const text of HOSTILE) await expect(page.locator('body')).toContainText(text);
    for (const [page, where] of [
      [phone, 'question on the phone'],
      [facilitator, 'question in the control room'],
      [projector, 'question on the projector'],
    ] as const)
      await expectInert(page, where);

    await live('wordcloud', 'Ordmoln med fientlig text', {
      prompt: 'Ett ord',
      maxWordsPerParticipant: 10,
      maxLength: 80,
    });
    const word = phone.getByLabel('Ditt ord eller korta svar');
    for (const text of HOSTILE) {
      await word.fill(text);
      await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
      await expect(phone.locator('.wordcloud-own-word', { hasText: text })).toBeVisible();
    }
    await word.fill(LONG);
    expect((await word.inputValue()).length).toBe(80);
    await word.fill('');
    for (const [page, where] of [
      [phone, 'word cloud on the phone'],
      [facilitator, 'word cloud in the control room'],
      [projector, 'word cloud on the projector'],
    ] as const)
      await expectInert(page, where);

    await live('ideas', 'Idéer med fientlig text', { prompt: 'Vad behövs?' });
    const idea = phone.getByLabel('Skriv en idé');
    for (const text of HOSTILE) {
      await idea.fill(text);
      await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
      await expect(idea).toHaveValue('');
    }
    await idea.fill(LONG);
    expect((await idea.inputValue()).length).toBe(200);
    await idea.fill('');
    for (const page of [phone, facilitator, projector])
      for (const text of HOSTILE) await expect(page.locator('body')).toContainText(text);
    for (const [page, where] of [
      [phone, 'ideas on the phone'],
      [facilitator, 'ideas in the control room'],
      [projector, 'ideas on the projector'],
    ] as const)
      await expectInert(page, where);

    // 5. The exports: Markdown shows every text as text, CSV runs none as a formula.
    const markdown = await download(facilitator, 'Ladda ner Markdown');
    // Escaped, they show as the same characters and are inert: none may stand unescaped.
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).not.toContain('javascript:');
    expect(markdown).not.toContain('http://evil');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('javascript\\:alert(1)');
    expect(markdown).toContain('\u202Eexe.pdf');

    const csv = await download(facilitator, 'Ladda ner CSV');
    const formulaCell = `"${FORMULA.replaceAll('"', '""')}"`;
    expect(csv).toContain(`"'${FORMULA.replaceAll('"', '""')}"`);
    expect(csv.split(/;|\r\n/)).not.toContain(formulaCell);

    await expectInert(facilitator, 'control room after the exports');
    expect(problems).toEqual([]);
  });
});
