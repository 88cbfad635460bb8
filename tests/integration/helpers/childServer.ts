import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN } from './server.ts';
import { waitFor } from './waitFor.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUILT = path.join(REPO_ROOT, 'dist/server/main.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the production server bundle when it is missing or older than its sources. */
export function ensureServerBuild(): string {
  const sources = Math.max(
    newestMtime(path.join(REPO_ROOT, 'server')),
    newestMtime(path.join(REPO_ROOT, 'shared')),
  );
  if (!fs.existsSync(BUILT) || fs.statSync(BUILT).mtimeMs < sources) {
    execFileSync('npx', ['vite', 'build', '--ssr', 'server/main.ts'], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  return BUILT;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** The built server as its own process, as production runs it. */
export interface ChildServer {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** `env` adds to or overrides the defaults below; `undefined` leaves a variable unset. */
export async function startChild(
  port: number,
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Promise<ChildServer> {
  const child = spawn(process.execPath, [BUILT], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_ADMIN_EMAIL: ADMIN.email,
      SAMSYN_ADMIN_PASSWORD: ADMIN.password,
      SAMSYN_LOG: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => child.exitCode === null && (await fetch(`${url}/api/health`).then((r) => r.ok)),
      15_000,
      'the child server to answer /api/health',
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url, child, output: () => output };
}

export async function killHard(server: ChildServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill('SIGKILL');
  await exited;
}
