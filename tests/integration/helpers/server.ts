import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type App, createServer } from '../../../server/createServer.ts';
import { readConfig } from '../../../server/env.ts';
import { createLog } from '../../../server/log.ts';

export const ADMIN = { email: 'pl@example.se', password: 'correct horse battery' } as const;

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-test-'));
}

export function dbFileOf(dataDir: string): string {
  return path.join(dataDir, 'samsyn.sqlite');
}

/** The real server on port 0 with its own SQLite file; `admin: false` leaves setup to be done. */
export async function startApp(
  options: { dataDir?: string; admin?: boolean; env?: Record<string, string> } = {},
): Promise<{
  app: App;
  dataDir: string;
}> {
  const dataDir = options.dataDir ?? tempDir();
  const admin =
    options.admin === false ? {} : { SAMSYN_ADMIN_EMAIL: ADMIN.email, SAMSYN_ADMIN_PASSWORD: ADMIN.password };
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SAMSYN_DATA_DIR: dataDir,
    SAMSYN_LOG: 'silent',
    ...admin,
    ...options.env,
  });
  const app = await createServer(config, createLog('silent'));
  return { app, dataDir };
}
