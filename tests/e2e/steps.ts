import fs from 'node:fs/promises';
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import { DESKTOP, PHONE } from './a11y.ts';

/** Screenshots for people to look at (never compared); outside the repository. */
export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? '/tmp/shots';

/** Saves a full-page PNG of the page at each size, named `<size>-<name>.png`, then restores the size. */
export async function shot(page: Page, name: string, sizes: ('phone' | 'desktop')[]): Promise<void> {
  const original = page.viewportSize();
  for (const size of sizes) {
    await page.setViewportSize(size === 'phone' ? PHONE : DESKTOP);
    await page.screenshot({ path: `${SHOTS_DIR}/${size}-${name}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

export async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/f');
  await page.getByLabel('E-post').fill(account.email);
  await page.getByLabel('Lösenord').fill(account.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { name: 'Dina workshoppar' })).toBeVisible();
}

interface JoinDetails {
  municipality?: string;
  displayName?: string;
}

export async function join(page: Page, sector: string, extra: JoinDetails): Promise<void> {
  await page.getByRole('radio', { name: sector }).check();
  if (extra.municipality || extra.displayName) await page.getByText('Fler uppgifter (frivilligt)').click();
  if (extra.municipality) await page.getByLabel('Var verkar du?').selectOption(extra.municipality);
  if (extra.displayName) await page.getByLabel('Namn', { exact: true }).fill(extra.displayName);
  await page.getByRole('button', { name: 'Gå med' }).click();
  await expect(page.getByRole('heading', { name: 'Prioriteringar' })).toBeVisible();
}

export async function download(page: Page, link: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  return fs.readFile(await file.path(), 'utf8');
}

/** The agenda's button for one activity, by its numbered label ("3. Omröstning …"). */
export const agendaEntry = (page: Page, label: RegExp) =>
  page.getByRole('region', { name: 'Agenda', exact: true }).getByRole('button', { name: label });

/** Browser contexts for one journey (one per simulated person), closed together at the end. */
export function contextPool() {
  const contexts: BrowserContext[] = [];
  return {
    async page(browser: Browser, options: Parameters<Browser['newContext']>[0]): Promise<Page> {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    },
    async closeAll(): Promise<void> {
      for (const context of contexts) await context.close();
    },
  };
}

/**
 * Logs in, creates a workshop and waits for its control room. New workshops are fully anonymous
 * (no name field on the join form) unless `names: 'shown'`.
 */
export async function createWorkshop(
  page: Page,
  account: { email: string; password: string },
  title: string,
  options: { names?: 'anonymous' | 'shown' } = {},
) {
  await logIn(page, account);
  await page.getByLabel('Titel').fill(title);
  if (options.names === 'shown') await page.getByRole('radio', { name: 'Deltagarna kan ange namn' }).check();
  await page.getByRole('button', { name: 'Skapa workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
}

/** Adds an activity of the type shown as `typeLabel`; it lands at position `n` of the agenda. */
export async function addActivity(page: Page, typeLabel: string, n: number): Promise<void> {
  await page.getByLabel('Typ av aktivitet').selectOption({ label: typeLabel });
  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await expect(agendaEntry(page, new RegExp(`^${n}\\. ${typeLabel}`))).toBeVisible();
}

/** The join code the control room shows, as "ABCD-EFGH". */
export async function joinCodeOf(page: Page): Promise<string> {
  const code = ((await page.locator('.join-code-value').first().textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  return code;
}

/** Opens the projector view from the control room, at the given size. */
export async function openProjector(page: Page, size: { width: number; height: number }): Promise<Page> {
  const [projector] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Öppna projektorvy' }).click(),
  ]);
  await projector.setViewportSize(size);
  return projector;
}

/** Opens the join link for `code` and joins from `sector`. */
export async function joinWithCode(page: Page, code: string, sector: string, extra: JoinDetails = {}) {
  await page.goto(`/j/${code.replace('-', '')}`);
  await join(page, sector, extra);
}

/** Makes the activity at `label` live for everyone. */
export async function makeLive(page: Page, label: RegExp): Promise<void> {
  await agendaEntry(page, label).click();
  await page.getByRole('button', { name: 'Visa för alla' }).click();
}
