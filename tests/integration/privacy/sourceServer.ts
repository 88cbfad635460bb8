import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, REPO_ROOT } from '../helpers/childServer.ts';
import { ADMIN } from '../helpers/server.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * The server as its own process, run from the sources (tsx), so everything it prints, Node's own
 * warnings included, can be read; unlike `startChild` it needs no build of dist/.
 */
export interface SourceServer {
  url: string;
  child: ChildProcess;
  /** stdout and stderr together, as a process manager would capture them. */
  output: () => string;
  /** SIGTERM, then resolves when the process has exited (SIGKILL after 15 s). */
  stop: () => Promise<void>;
}

export async function startSourceServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<SourceServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_ADMIN_EMAIL: ADMIN.email,
      SAMSYN_ADMIN_PASSWORD: ADMIN.password,
      SAMSYN_LOG: 'info',
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
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const hard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(hard);
  };
  try {
    await waitFor(
      async () =>
        child.exitCode === null &&
        (await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        )),
      30_000,
      'the server to answer /api/health',
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url, child, output: () => output, stop };
}
