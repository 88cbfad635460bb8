import { expect, type Page, test } from '@playwright/test';
import { ack, connectSocket, type TestSocket } from '../integration/helpers/sockets.ts';
import { DESKTOP, scrollsSideways, TEXT_SPACING } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import { contextPool, createWorkshop, joinCodeOf, joinWithCode } from './steps.ts';

/** Every type, set up with a small config, titled so the live region's words can be checked. */
const TYPES: Array<{ type: string; title: string; config: unknown }> = [
  {
    type: 'poll',
    title: 'Omröstning om trafiken',
    config: {
      question: 'Vad först?',
      options: [
        { id: 'opt-bus', text: 'Bussar' },
        { id: 'opt-train', text: 'Tåg' },
      ],
    },
  },
  {
    type: 'scale',
    title: 'Skalor om länet',
    config: { statements: [{ id: 'stmt-one', text: 'Regionen lyssnar' }] },
  },
  {
    type: 'ranking',
    title: 'Rangordning av teman',
    config: {
      prompt: 'Viktigast först',
      items: [
        { id: 'item-a1', text: 'Bostäder' },
        { id: 'item-b2', text: 'Energi' },
        { id: 'item-c3', text: 'Skola' },
      ],
    },
  },
  {
    type: 'matrix',
    title: 'Matris för insatser',
    config: { variant: 'grid', items: [{ id: 'item-m1', text: 'Cykelvägar' }] },
  },
  { type: 'question', title: 'Frågor till regionen', config: { prompt: 'Fråga oss', mode: 'qa' } },
  { type: 'wordcloud', title: 'Ordmoln om framtiden', config: { prompt: 'Ett ord' } },
  { type: 'ideas', title: 'Idéer för länet', config: { prompt: 'Vad behövs?' } },
];

const phaseSaid = (page: Page) => page.getByTestId('phase-said');

/** Where focus is, in words, for the failure message; null when it has fallen to the page. */
const focusNow = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return null;
    const inStage = Boolean(a.closest('.stage'));
    const name = a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 40) ?? '';
    return { tag: a.tagName, role: a.getAttribute('role'), type: a.getAttribute('type'), name, inStage };
  });

/**
 * Goes through the live activity on a phone with the keyboard alone, as far as Tab reaches inside
 * it: types into text fields, checks radios and boxes, presses buttons. After every key, focus
 * must still be somewhere (WCAG 2.4.3): never fallen to the page because what had it went away.
 */
async function walk(page: Page, type: string): Promise<number> {
  let actions = 0;
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('Tab');
    const at = await focusNow(page);
    expect(at, `${type}: focus fell to the page after Tab ${step}`).not.toBeNull();
    if (!at?.inStage) break;
    if (at.tag === 'TEXTAREA' || (at.tag === 'INPUT' && (at.type === 'text' || at.type === null))) {
      await page.keyboard.type('Bättre bussar');
    } else if (at.tag === 'INPUT' && (at.type === 'radio' || at.type === 'checkbox')) {
      await page.keyboard.press('Space');
    } else if (at.tag === 'BUTTON') {
      await page.keyboard.press('Enter');
    } else continue;
    actions++;
    // Let the server answer and the view settle before judging where focus is.
    await page.waitForTimeout(250);
    expect(
      await focusNow(page),
      `${type}: focus fell to the page after acting on "${at.name}"`,
    ).not.toBeNull();
  }
  return actions;
}

test.describe('keyboard only, through every type, at 320 px with increased text spacing', () => {
  const people = contextPool();
  let staff: TestSocket | null = null;
  test.afterAll(async () => {
    staff?.socket.close();
    await people.closeAll();
  });

  test('focus never falls to the page, and each phase is said', async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await createWorkshop(facilitator, E2E_ADMIN, 'Tangentbord i Örebro län');
    const code = await joinCodeOf(facilitator);
    const workshopId = /\/f\/w\/([^/]+)/.exec(facilitator.url())?.[1] ?? '';
    const cookie = (await facilitator.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    staff = await connectSocket(baseURL ?? '', workshopId, 'facilitator', cookie);
    const socket = staff;

    // The narrowest phone WCAG 1.4.10 asks for, with increased text spacing (1.4.12).
    const phone = await people.page(browser, {
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    await joinWithCode(phone, code, 'Akademi');
    await phone.addStyleTag({ content: TEXT_SPACING });

    for (const { type, title, config } of TYPES) {
      const added = await ack(socket, 'agenda:add', { type, title, config });
      expect(added, type).toMatchObject({ ok: true });
      const activityId = (added as { data: { activityId: string } }).data.activityId;
      expect(await ack(socket, 'activity:control', { activityId, action: 'live' })).toMatchObject({
        ok: true,
      });

      await expect(phaseSaid(phone)).toHaveText(`Nu visas ${title}.`);
      const heading = phone.getByRole('heading', { level: 2, name: title });
      await expect(heading).toBeVisible();
      await heading.focus();
      const actions = await walk(phone, type);
      expect(actions, `${type}: the keyboard reached something to do`).toBeGreaterThan(0);
      expect(await scrollsSideways(phone), `${type}: the page scrolls sideways at 320 px`).toBe(false);

      // Closing takes the answer controls away: said once, and focus lands on the panel's heading.
      await phone.locator('.stage :is(button, input, textarea, select)').first().focus();
      expect(await ack(socket, 'activity:control', { activityId, action: 'close' })).toMatchObject({
        ok: true,
      });
      await expect(phaseSaid(phone)).toHaveText(`${title} är stängd. Det du har svarat är sparat.`);
      await expect.poll(() => focusNow(phone), { message: `${type}: focus after closing` }).not.toBeNull();
      expect(await ack(socket, 'activity:control', { activityId, action: 'reveal' })).toMatchObject({
        ok: true,
      });
      await expect(phaseSaid(phone)).toHaveText(`${title}: resultatet visas.`);
      expect(await scrollsSideways(phone), `${type}: results scroll sideways at 320 px`).toBe(false);
    }
  });
});
