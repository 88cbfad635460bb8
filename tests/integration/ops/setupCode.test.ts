import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../helpers/childServer.ts';
import { api } from '../helpers/http.ts';
import { tempDir } from '../helpers/server.ts';

const SETUP_FILE = 'setup-code.txt';

describe('server/main setup code', () => {
  const children: ChildServer[] = [];
  beforeAll(() => {
    ensureServerBuild();
  }, 180_000);
  afterEach(async () => {
    for (const c of children.splice(0)) await killHard(c);
  });

  it('keeps the code out of the output when stdout is not a terminal, in a file only the owner reads', async () => {
    const dataDir = tempDir();
    const server = await startChild(await freePort(), dataDir, {
      SAMSYN_ADMIN_EMAIL: undefined,
      SAMSYN_ADMIN_PASSWORD: undefined,
      SAMSYN_LOG: 'info',
    });
    children.push(server);
    const file = path.join(dataDir, SETUP_FILE);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const code = fs.readFileSync(file, 'utf8').trim();
    expect(code.length).toBeGreaterThanOrEqual(16);
    expect(server.output()).not.toContain(code);
    expect(server.output()).toContain(file);

    // The code in the file is the one that works, and the file goes once it has been used.
    const account = {
      token: code,
      name: 'Processledare',
      email: 'pl@example.se',
      password: 'ett långt lösenord',
    };
    expect((await api(server.url, 'POST', '/api/setup', { body: account })).status).toBe(201);
    expect(fs.existsSync(file)).toBe(false);
  }, 20_000);
});
