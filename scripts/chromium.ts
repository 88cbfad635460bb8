/**
 * How the browser tests and the benchmark start Debian's Chromium (Playwright cannot download
 * its own here). Without the background-networking flags Chromium keeps calling Google's
 * hosts, which this machine's closed network refuses.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
