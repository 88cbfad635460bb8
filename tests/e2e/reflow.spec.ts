import fs from 'node:fs/promises';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { DotsView } from '../../shared/activities/dots/types.ts';
import type { ControlAction } from '../../shared/domain/control.ts';
import type { Snapshot } from '../../shared/protocol/events.ts';
import { ack, connectSocket, type TestSocket } from '../integration/helpers/sockets.ts';
import { DESKTOP, TEXT_SPACING, unreachable } from './a11y.ts';
import { E2E_ADMIN } from './admin.ts';
import { agendaEntry, contextPool, joinCodeOf, joinWithCode, logIn, SHOTS_DIR } from './steps.ts';

/** WCAG 1.4.10: 1280 CSS px at 400 % zoom is 320 px wide. */
const NARROW = { width: 320, height: 640 };

const TITLE = 'Kompetensförsörjningsstrategiworkshop i Hallsberg';
const ITEMS = [
  'Kompetensförsörjningsutmaningarna i Bergslagens glesbygdskommuner',
  ...Array.from({ length: 29 }, (_, i) => `Prioritering nummer ${i + 2} om kompetensförsörjning`),
];
/** An "other" answer of a poll, longer than a line on the stage. */
const OTHER =
  'Samordnad kompetensförsörjning mellan kommunerna, regionen och näringslivet i hela Örebro län, med särskilt fokus på glesbygden';
const OPTIONS = [
  'Kollektivtrafikförsörjningsprogrammet',
  'Bostadsförsörjningen i länets mindre orter',
  'Kompetensförsörjning inom vård och omsorg',
  'Landsbygdsutveckling och bredbandsutbyggnad',
  'Näringslivsutveckling och innovationsstöd',
  'Klimatomställningen i industrin',
  'Folkhälsa och jämlik hälsa',
  'Kulturens och civilsamhällets roll',
];

/** Every type besides the new workshop's list and dot voting, with long Swedish words. */
const ADDED: Array<{ type: string; title: string; config: unknown }> = [
  {
    type: 'poll',
    title: 'Omröstning om kollektivtrafikförsörjningsprogrammet',
    config: {
      question: 'Vilken utvecklingsstrategiprioritering är viktigast?',
      options: OPTIONS.map((text, i) => ({ id: `opt-${i + 1}`, text })),
      multiple: true,
      maxChoices: 2,
      allowOther: true,
    },
  },
  {
    type: 'scale',
    title: 'Skalfrågor om samverkansförutsättningarna',
    config: { statements: [{ id: 'stmt-one', text: 'Regionens samverkansstrukturer fungerar väl' }] },
  },
  {
    type: 'ranking',
    title: 'Rangordning av utvecklingsområdena',
    config: {
      prompt: 'Viktigast först',
      items: [
        { id: 'item-a1', text: 'Bostadsförsörjningsfrågorna' },
        { id: 'item-b2', text: 'Energiomställningen' },
        { id: 'item-c3', text: 'Kompetensförsörjningen' },
      ],
    },
  },
  {
    type: 'matrix',
    title: 'Matris för insatsprioriteringarna',
    config: { variant: 'grid', items: [{ id: 'item-m1', text: 'Cykelinfrastrukturinvesteringar' }] },
  },
  { type: 'question', title: 'Frågor till regionledningen', config: { prompt: 'Fråga oss', mode: 'qa' } },
  { type: 'wordcloud', title: 'Ordmoln om framtidsutmaningarna', config: { prompt: 'Ett ord' } },
  { type: 'ideas', title: 'Idéer för länsutvecklingen', config: { prompt: 'Vad behövs?' } },
];

/**
 * Everything at 320 px that breaks reflow or text spacing, in words (empty: nothing):
 * - the page scrolls sideways, or a box inside it does (a data table in a box that takes focus
 *   may: the exception 1.4.10 makes);
 * - a word runs out of its box, or past the right edge;
 * - a bar that stays on screen (sticky, fixed) takes more than a quarter of the window;
 * - a box that hides its overflow holds more than it shows (text cut off by a fixed size);
 * - a shown control (link, button, field, summary) reaches outside 0…320 px, is cut off by an
 *   ancestor that hides overflow, or, once focused, is covered by something else;
 * - two controls overlap.
 */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    const nameOf = (el: Element) => {
      const html = el as HTMLElement;
      const label =
        el.getAttribute('aria-label') ??
        (html.textContent ||
          (el as HTMLInputElement).labels?.[0]?.textContent ||
          el.getAttribute('name') ||
          '');
      const cls =
        typeof html.className === 'string' && html.className ? `.${html.className.split(' ')[0]}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : cls} "${label.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      if (getComputedStyle(el).visibility === 'hidden') return false;
      // Hidden on purpose: for screen readers only, until it has focus, or in a closed disclosure.
      return !el.closest('.visually-hidden, .skip-link, [inert], details:not([open]) > :not(summary)');
    };

    const root = document.scrollingElement as HTMLElement;
    if (root.scrollWidth > root.clientWidth) out.push(`the page scrolls sideways: ${root.scrollWidth} px`);
    // A bar that stays on screen while the page scrolls may take a quarter of it, no more.
    for (const el of document.body.querySelectorAll('*')) {
      if (!/sticky|fixed/.test(getComputedStyle(el).position) || !shown(el)) continue;
      const height = el.getBoundingClientRect().height;
      if (height > window.innerHeight / 4)
        out.push(
          `${nameOf(el)} stays on screen and covers ${Math.round(height)} px of ${window.innerHeight}`,
        );
    }

    const all = Array.from(document.body.querySelectorAll('*')).filter(shown);
    const scrollsInside = (el: Element) =>
      /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1;
    // A data table may scroll sideways in its own box (the exception 1.4.10 makes for tables), when
    // the box or something in it takes focus, so a keyboard scrolls it too (axe's
    // scrollable-region-focusable). What is inside it is reached that way.
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const tableBoxes = all.filter(
      (el) =>
        scrollsInside(el) &&
        el.querySelector('table') &&
        (el.matches(focusable) || el.querySelector(focusable)),
    );
    const inTableBox = (el: Element) => tableBoxes.some((b) => b !== el && b.contains(el));
    // What makes the page wide: the innermost boxes that reach past its right edge.
    const past = Array.from(document.body.querySelectorAll('*')).filter(
      (el) => el.getBoundingClientRect().right > width + 1 && !inTableBox(el),
    );
    for (const el of past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 5))
      out.push(`${nameOf(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px`);
    // Words wider than their box: they run over its edge, over what is beside it or off the page.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !shown(parent) || parent.closest('select, textarea'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = Math.max(...Array.from(range.getClientRects(), (r) => r.right));
      let box: Element = parent;
      while (getComputedStyle(box).display.startsWith('inline') && box.parentElement) box = box.parentElement;
      const edge = box.getBoundingClientRect().right;
      if (right > (inTableBox(box) ? edge : Math.min(edge, width)) + 1)
        out.push(
          `text "${node.textContent.trim().slice(0, 40)}" runs out of ${nameOf(box)} to ${Math.round(right)} px`,
        );
    }
    for (const el of all) {
      const style = getComputedStyle(el);
      if (el.matches('input, textarea, select')) continue;
      if (scrollsInside(el) && !tableBoxes.includes(el))
        out.push(`${nameOf(el)} scrolls sideways inside: ${el.scrollWidth} px in ${el.clientWidth}`);
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        out.push(`${nameOf(el)} cuts its content off sideways: ${el.scrollWidth} px in ${el.clientWidth}`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        out.push(`${nameOf(el)} cuts its content off below: ${el.scrollHeight} px in ${el.clientHeight}`);
    }

    const controls = all.filter((el) => el.matches(focusable));
    const x = window.scrollX;
    const y = window.scrollY;
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if ((box.left < -0.5 || box.right > width + 1) && !inTableBox(el))
        out.push(`${nameOf(el)} reaches ${Math.round(box.left)}…${Math.round(box.right)} px`);
      for (let up = el.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        const frame = up.getBoundingClientRect();
        if (hides(style.overflowX) && (box.left < frame.left - 1 || box.right > frame.right + 1))
          out.push(`${nameOf(el)} is cut off sideways by ${nameOf(up)}`);
        if (hides(style.overflowY) && (box.top < frame.top - 1 || box.bottom > frame.bottom + 1))
          out.push(`${nameOf(el)} is cut off below by ${nameOf(up)}`);
      }
      // Given focus (or, if it takes none, scrolled to), it is on screen and not under a bar or
      // anything else (WCAG 2.4.11): at its middle is it, its label or something inside it.
      (el as HTMLElement).focus();
      if (document.activeElement !== el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const now = el.getBoundingClientRect();
      const hit = document.elementFromPoint(now.left + now.width / 2, now.top + now.height / 2);
      const mine =
        hit &&
        (hit === el ||
          el.contains(hit) ||
          hit.contains(el) ||
          hit.closest('label')?.contains(el) ||
          (el as HTMLInputElement).labels?.[0]?.contains(hit));
      if (!mine) out.push(`${nameOf(el)} is covered by ${hit ? nameOf(hit) : 'nothing on screen'}`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(x, y);

    const boxes = controls.map((el) => ({ el, box: el.getBoundingClientRect() }));
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > 2 && down > 2) out.push(`${nameOf(a.el)} overlaps ${nameOf(b.el)}`);
      }
    });
    return out;
  }, NARROW.width);
}

/**
 * Waits for the page to settle, opens every disclosure (what it holds must reflow too), then
 * expects nothing to break reflow, and saves a screenshot.
 */
async function expectReflows(page: Page, name: string): Promise<void> {
  await expect(page.getByText('Laddar…')).toHaveCount(0);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await expect
    .poll(() => reflowProblems(page), { message: `${name} at 320 px with text spacing`, timeout: 5000 })
    .toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS_DIR}/reflow-${name}.png`, fullPage: true });
}

/**
 * The checks themselves see what they are for: a too-wide button, a box that cuts its text off,
 * and a fixed bar that covers half the window and the fields under it.
 */
async function expectChecksBite(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.id = 'too-tall';
    bar.textContent = 'Fast fält';
    bar.style.cssText = 'position: fixed; inset: 0 0 auto; height: 50vh; background: #fff';
    const wide = document.createElement('button');
    wide.id = 'too-wide';
    wide.textContent = 'För bred';
    wide.style.cssText = 'display: block; width: 400px';
    const cut = document.createElement('div');
    cut.id = 'cut-off';
    cut.style.cssText = 'height: 1em; overflow: hidden';
    cut.textContent = 'En text som inte får plats på en enda rad i rutan.';
    document.querySelector('main')?.append(wide, cut, bar);
  });
  const found = (await reflowProblems(page)).join('\n');
  expect(found).toContain('the page scrolls sideways');
  expect(found).toContain('button#too-wide "För bred" reaches');
  expect(found).toContain('div#cut-off "En text som inte får plats på en enda rad i rutan." cuts');
  expect(found).toContain('div#too-tall "Fast fält" stays on screen');
  expect(found).toMatch(/input#login-email .* is covered by div#too-tall/);
  await page.evaluate(() => {
    for (const id of ['too-wide', 'cut-off', 'too-tall']) document.getElementById(id)?.remove();
  });
}

interface Room {
  workshopId: string;
  storage: Awaited<ReturnType<BrowserContext['storageState']>>;
  staff: TestSocket;
  participant: TestSocket;
  ids: Record<string, string>;
}

const people = contextPool();
const sockets: TestSocket[] = [];
let room: Promise<Room> | null = null;

/**
 * One workshop for the whole file: the long title, 30 priorities in its list, one activity of
 * every type (added over the socket, as keyboard.spec.ts does), and one participant in the room.
 */
function theRoom(browser: Browser, baseURL: string): Promise<Room> {
  room ??= (async () => {
    const facilitator = await people.page(browser, { viewport: DESKTOP });
    await logIn(facilitator, E2E_ADMIN);
    await facilitator.getByLabel('Titel').fill(TITLE);
    await facilitator.getByLabel('Prioriteringar att börja med (en per rad)').fill(ITEMS.join('\n'));
    await facilitator.getByRole('button', { name: 'Skapa workshop' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
    const code = await joinCodeOf(facilitator);
    const workshopId = /\/f\/w\/([^/]+)/.exec(facilitator.url())?.[1] ?? '';
    const cookieOf = async (page: Page) =>
      (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const staff = await connectSocket(baseURL, workshopId, 'facilitator', await cookieOf(facilitator));
    sockets.push(staff);

    const snapshot = (await ack(staff, 'workshop:sync', {})) as { ok: true; data: Snapshot };
    const ids: Record<string, string> = {};
    for (const a of snapshot.data.state.agenda) ids[a.type] = a.id;
    for (const { type, title, config } of ADDED) {
      const added = await ack(staff, 'agenda:add', { type, title, config });
      expect(added, type).toMatchObject({ ok: true });
      ids[type] = (added as { data: { activityId: string } }).data.activityId;
    }

    const phone = await people.page(browser, { viewport: { width: 360, height: 800 }, isMobile: true });
    await joinWithCode(phone, code, 'Akademi');
    const participant = await connectSocket(baseURL, workshopId, 'participant', await cookieOf(phone));
    sockets.push(participant);
    return { workshopId, storage: await facilitator.context().storageState(), staff, participant, ids };
  })();
  return room;
}

async function control(room: Room, type: string, ...actions: ControlAction[]): Promise<void> {
  for (const action of actions) {
    const reply = await ack(room.staff, 'activity:control', { activityId: room.ids[type] ?? '', action });
    expect(reply, `${type}: ${action}`).toMatchObject({ ok: true });
  }
}

/** Browser zoom, as layout sees it: the same 1280 × 720 screen in fewer, larger CSS pixels. */
const SCREEN = { width: 1280, height: 720 };
const zoomed = (zoom: number) => ({
  viewport: { width: Math.round(SCREEN.width / zoom), height: Math.round(SCREEN.height / zoom) },
  deviceScaleFactor: zoom,
});

/**
 * What the stage shows of its rows: every text in the DOM, none unreachable, nothing sideways,
 * and where the area is taller than the screen, the pager turning its pages.
 */
async function expectAllRows(projector: Page, texts: string[], what: string): Promise<void> {
  const rows = projector.locator('.stage-activity li');
  await expect(rows).toHaveCount(texts.length);
  for (const text of texts) await expect(rows.filter({ hasText: text }), `${what}: ${text}`).toHaveCount(1);
  expect(await unreachable(rows), `${what}: rows out of reach`).toEqual([]);
  const layout = await projector.evaluate(() => {
    const root = document.documentElement;
    const area = document.querySelector('.stage-activity');
    // What stays on screen over the rows (the corner with the code) takes a quarter at most.
    const stuck = Array.from(document.querySelectorAll('body *'))
      .filter((el) => /sticky|fixed/.test(getComputedStyle(el).position))
      .map((el) => el.getBoundingClientRect().height)
      .filter((height) => height > window.innerHeight / 4);
    return {
      page: root.scrollWidth > root.clientWidth + 1,
      area: area ? area.scrollWidth > area.clientWidth + 1 : false,
      stuck,
    };
  });
  expect(layout, `${what}: sideways, or covered by what stays on screen`).toEqual({
    page: false,
    area: false,
    stuck: [],
  });
  const paged = await projector.evaluate(() => {
    const area = document.querySelector<HTMLElement>('.stage-activity');
    if (!area || !/auto|scroll/.test(getComputedStyle(area).overflowY)) return 'grows';
    return area.scrollHeight > area.clientHeight + 2 ? 'overflows' : 'fits';
  });
  if (paged === 'overflows') await expect(projector.locator('.stage-page')).toHaveText(/^Sida 1 av \d+$/);
}

/** Text sizes in screen pixels: CSS pixels times the zoom. */
async function screenSizes(projector: Page, zoom: number): Promise<Record<string, number>> {
  const css = await projector.evaluate(() => {
    const size = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
    };
    return {
      title: size('.stage-title'),
      heading: size('.stage-activity h2'),
      row: size('.stage-activity .result-label'),
      corner: size('.stage-corner-line'),
    };
  });
  return Object.fromEntries(Object.entries(css).map(([k, v]) => [k, v * zoom]));
}

/**
 * The staff's pages as WCAG 1.4.10, 1.4.12 and 1.4.4 ask: every page at 320 px with increased
 * text spacing, and the projector at 200 % (and 300 %) browser zoom. One workshop for both.
 */
test.describe('staff pages: reflow, text spacing and zoom', () => {
  test.beforeAll(async () => {
    await fs.mkdir(SHOTS_DIR, { recursive: true });
  });
  test.afterAll(async () => {
    for (const s of sockets) s.socket.close();
    await people.closeAll();
  });

  test('login, workshops, templates, the control room for every type, accounts and the statement', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const state = await theRoom(browser, baseURL ?? '');
    const page = await people.page(browser, { viewport: NARROW });
    // Every document the page loads gets the spacing, also after a reload or a new address.
    await page.context().addInitScript((css) => {
      const add = () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      };
      if (document.head) add();
      else document.addEventListener('DOMContentLoaded', add);
    }, TEXT_SPACING);

    await page.goto('/f');
    await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
    await expectChecksBite(page);
    await expectReflows(page, 'login');

    // The list of workshops, a saved template in its list, and a built-in one chosen to start from.
    await logIn(page, E2E_ADMIN);
    const saved = await page.evaluate(
      async ({ id }) =>
        (
          await fetch(`/api/workshops/${id}/template`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              title: 'Mall för kompetensförsörjningsstrategiworkshoppar',
              description: 'Regionala utvecklingsstrategins förankringsprocess',
            }),
          })
        ).status,
      { id: state.workshopId },
    );
    expect(saved).toBeLessThan(300);
    await page.reload();
    await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
    await expect(
      page
        .locator('.template-list')
        .getByText('Mall för kompetensförsörjningsstrategiworkshoppar', { exact: true }),
    ).toBeVisible();
    await expectReflows(page, 'workshops');
    const picker = page.getByLabel('Börja från');
    const builtin = await picker.locator('optgroup').first().locator('option').first().getAttribute('value');
    await picker.selectOption(builtin ?? '');
    await expect(page.locator('#create-template-steps')).toBeVisible();
    await expectReflows(page, 'new-workshop-template');
    // Deleting the saved template is asked in place; deleted, it leaves the list as other specs
    // expect it (they share the server).
    await page.getByRole('button', { name: /^Radera mallen Mall för kompetens/ }).click();
    await expectReflows(page, 'template-delete');
    await page.getByRole('button', { name: 'Radera mallen', exact: true }).click();
    await expect(page.getByText(/^Mallen Mall för kompetens\S+ är raderad\.$/)).toBeVisible();

    // The control room, each activity selected and made live in turn: its controls, its view
    // with live results and its setup form, with the agenda and the room's panels around them.
    await page.getByRole('link', { name: TITLE }).first().click();
    await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
    const types = ['list', 'dots', ...ADDED.map((a) => a.type)];
    for (const [i, type] of types.entries()) {
      await agendaEntry(page, new RegExp(`^${i + 1}\\. `)).click();
      const head = page.locator('.activity-head');
      const makeLive = head.getByRole('button', { name: 'Visa för alla' });
      if (await makeLive.isVisible()) await makeLive.click();
      await expect(head.getByRole('button', { name: 'Visa för alla' })).toHaveCount(0);
      await expect(page.locator('#edit-heading')).toBeVisible();
      await expectReflows(page, `room-${type}`);
    }
    // The preview: a phone inside the page.
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect(page.getByTestId('preview-phone')).toBeVisible();
    await expectReflows(page, 'room-preview');
    await page.getByRole('button', { name: 'Stäng förhandsgranskningen' }).click();

    // The admin's accounts page, with a second account and its deletion asked.
    const created = await page.evaluate(
      async () =>
        (
          await fetch('/api/admin/facilitators', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              name: 'Kompetensförsörjningssamordnare Långnamnsdotter',
              email: 'kompetensforsorjningssamordnaren@regionorebrolan.example.se',
              password: 'e2e-password-456',
            }),
          })
        ).status,
    );
    expect(created).toBeLessThan(300);
    await page.getByRole('link', { name: 'Konton' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Konton' })).toBeVisible();
    await expectReflows(page, 'accounts');
    await page.getByRole('button', { name: /^Radera kontot för Kompetensförsörjningssamordnare/ }).click();
    await expect(page.getByRole('button', { name: 'Radera kontot', exact: true })).toBeVisible();
    await expectReflows(page, 'accounts-confirm');
    await page.getByRole('button', { name: 'Radera kontot', exact: true }).click();
    await expect(
      page.getByText(/^Kontot för kompetensforsorjningssamordnaren@\S+ är raderat\.$/),
    ).toBeVisible();

    await page.goto('/tillganglighet');
    await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
    await expectReflows(page, 'statement');
  });

  test('the projector at 200 % zoom: every row reachable, text that grows with zoom', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const state = await theRoom(browser, baseURL ?? '');
    const open = async (zoom: number) => {
      const page = await people.page(browser, { ...zoomed(zoom), storageState: state.storage });
      await page.goto(`/f/w/${state.workshopId}/projector`);
      await expect(page.locator('.stage-join.is-corner')).toBeVisible();
      return page;
    };

    // Dot voting's results: 30 priorities.
    await control(state, 'dots', 'live');
    const view = await ack(state.staff, 'workshop:sync', {});
    const dotsView = (view as { data: Snapshot }).data.views[state.ids.dots ?? ''] as DotsView;
    const first = dotsView.items[0]?.id ?? '';
    expect(
      await ack(state.participant, 'activity:respond', {
        activityId: state.ids.dots ?? '',
        value: { allocation: { [first]: 1 } },
      }),
    ).toMatchObject({ ok: true });
    await control(state, 'dots', 'reveal');
    const rowTexts = ITEMS.map((item, i) => `${i + 1}. ${item}`);

    const sizes: Record<number, Record<string, number>> = {};
    for (const zoom of [1, 2, 3]) {
      const projector = await open(zoom);
      await expect(projector.locator('.stage-activity .result-label').first()).toBeVisible();
      await expectAllRows(projector, rowTexts, `dots at ${zoom * 100} %`);
      sizes[zoom] = await screenSizes(projector, zoom);
      await projector.screenshot({ path: `${SHOTS_DIR}/reflow-projector-dots-${zoom * 100}.png` });
      if (zoom === 2) {
        // The check sees a clipped row: the area hiding what does not fit.
        await projector.addStyleTag({ content: '.stage-activity { max-height: 10rem; overflow: hidden; }' });
        expect((await unreachable(projector.locator('.stage-activity li'))).length).toBeGreaterThan(0);
      }
      await projector.close();
    }
    // WCAG 1.4.4: zooming in makes text larger on screen (the --stage-* sizes mix rem with vw, and
    // a size in vw alone would stay the same), and the browser's zoom brings it to twice its size
    // (here by 300 %; browsers zoom to 500 %).
    for (const key of Object.keys(sizes[1] ?? {})) {
      const at100 = sizes[1]?.[key] ?? 0;
      expect(at100, `${key} at 100 %`).toBeGreaterThan(0);
      expect(sizes[2]?.[key] ?? 0, `${key}: 200 % zoom over 100 %`).toBeGreaterThanOrEqual(at100 * 1.25);
      expect(sizes[3]?.[key] ?? 0, `${key}: 300 % zoom over 100 %`).toBeGreaterThanOrEqual(at100 * 2);
    }

    // A poll with eight options and "Annat" while people answer, its bars once revealed, and the
    // words of an "other" answer longer than a line.
    await control(state, 'poll', 'live');
    const projector = await open(2);
    await expect(projector.locator('.poll-projector-options')).toBeVisible();
    await expectAllRows(projector, [...OPTIONS, 'Annat'], 'poll options at 200 %');
    await projector.screenshot({ path: `${SHOTS_DIR}/reflow-projector-poll-200.png`, fullPage: true });
    expect(
      await ack(state.participant, 'activity:respond', {
        activityId: state.ids.poll ?? '',
        value: { choices: ['opt-3'], other: OTHER },
      }),
    ).toMatchObject({ ok: true });
    await control(state, 'poll', 'reveal');
    await expect(projector.locator('.stage-activity .result-label').first()).toBeVisible();
    await expectAllRows(projector, [...OPTIONS, 'Annat', OTHER], 'poll bars at 200 %');
    await projector.screenshot({ path: `${SHOTS_DIR}/reflow-projector-poll-bars-200.png`, fullPage: true });
  });
});
