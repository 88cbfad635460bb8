import { removeSetupCode, writeSetupCode } from './auth/setupCodeFile.ts';
import { createServer } from './createServer.ts';
import { readConfig } from './env.ts';
import { createLog } from './log.ts';

/** The only module with side effects: environment → server → listen → shut down on signals. */
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const log = createLog(config.log);
const app = await createServer(config, log);
log.info('Samsyn is running', { url: app.url, data: config.dataDir });
const setupCode = app.accounts.setupToken;
if (setupCode === null) {
  removeSetupCode(config.dataDir); // left over from a setup that was done by an earlier run
} else {
  const file = writeSetupCode(config.dataDir, setupCode);
  app.accounts.onSetupDone(() => removeSetupCode(config.dataDir));
  // The code itself only on a terminal: whatever captures a non-terminal stdout keeps it as logs.
  const where = process.stdout.isTTY
    ? `this setup code:\n\n    ${setupCode}\n\n(also in ${file})`
    : `the setup code in ${file}`;
  console.log(`\nNo facilitator account yet. Open ${app.url}/f and use ${where}\n`);
}

/** Process managers send SIGKILL after a grace of their own (systemd 90 s, Docker 10 s): end first. */
const EXIT_DEADLINE_MS = 9000;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log.info('shutting down');
  // A last resort if closing hangs: every write is committed when acknowledged, so nothing is lost.
  setTimeout(() => {
    log.warn('shutdown did not finish in time; exiting anyway');
    process.exit(1);
  }, EXIT_DEADLINE_MS).unref();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
