import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { E2E_ADMIN } from './tests/e2e/admin.ts';

const port = Number(process.env.E2E_PORT ?? 3317);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-e2e-'));

/** The built server on a temporary database, driven by Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node dist/server/main.js',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_ADMIN_EMAIL: E2E_ADMIN.email,
      SAMSYN_ADMIN_PASSWORD: E2E_ADMIN.password,
      SAMSYN_LOG: 'warn',
    },
  },
});
