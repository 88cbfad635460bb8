import fs from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
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
  if (extra.municipality)
    await page.getByLabel('Kommun eller organisationstyp').selectOption(extra.municipality);
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
