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
if (app.accounts.setupNeeded()) {
  // Printed, not logged as JSON, so the person starting the server can read and copy it.
  console.log(
    `\nNo facilitator account yet. Open ${app.url}/f and use this setup code:\n\n    ${app.accounts.setupToken}\n`,
  );
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
