import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the one-time setup code is kept. Process managers (systemd, Docker, PM2) keep stdout as
 * logs, which are shipped, kept and read by more people than the server's operator; a file in the
 * data directory readable only by the server's own user is not.
 */
export const setupCodeFile = (dataDir: string): string => path.join(dataDir, 'setup-code.txt');

export function writeSetupCode(dataDir: string, code: string): string {
  const file = setupCodeFile(dataDir);
  fs.rmSync(file, { force: true }); // `mode` applies only to a new file: never reuse a looser one
  fs.writeFileSync(file, `${code}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}

export function removeSetupCode(dataDir: string): void {
  fs.rmSync(setupCodeFile(dataDir), { force: true });
}
