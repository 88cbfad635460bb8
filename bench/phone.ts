import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { participantFiles, sizes } from './lib/bundle.ts';
import { createWorkshop, startSamsyn } from './lib/samsyn.ts';
import { median } from './lib/stats.ts';

/** What "usable" means on the join page. One constant, because the UI is still changing. */
const USABLE = (page: Page) => page.getByRole('button', { name: /Gå med/ });
/** Chrome DevTools' "Slow 4G" preset. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
/** Bundle sizes, and time to a usable join page on a throttled, cold phone, median of `loads`. */
export async function phone(loads: number, log: (s: string) => void) {
  const byType = participantFiles().map((f) => ({ ...f, size: sizes(f.js) }));
  for (const t of byType)
    log(`phone: taking part in ${t.type}: ${(t.size.gzip / 1024).toFixed(1)} KB JS gzip`);
  // The gate: the type whose participant view costs the most.
  const files = byType.reduce((a, b) => (b.size.gzip > a.size.gzip ? b : a));
  const js = files.size;
  const css = sizes(files.css);
  log(`phone: ${loads} page load(s) on slow 4G with CPU 4× slower`);
  const server = await startSamsyn();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const usableMs: number[] = [];
  try {
    const w = await createWorkshop(server, 10);
    for (let i = 0; i < loads; i++) {
      // A fresh context per load: a cold cache, as after scanning the QR code.
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const t0 = Date.now();
        await page.goto(`${server.base}/j/${w.code}`, { waitUntil: 'commit', timeout: 30_000 });
        await USABLE(page).first().waitFor({ state: 'visible', timeout: 30_000 });
        usableMs.push(Date.now() - t0);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return {
    files: [...files.js, ...files.css].map((f) => path.basename(f)),
    largestType: files.type,
    jsGzipByType: Object.fromEntries(byType.map((t) => [t.type, t.size.gzip])),
    jsRaw: js.raw,
    jsGzip: js.gzip,
    jsBrotli: js.brotli,
    cssRaw: css.raw,
    cssGzip: css.gzip,
    cssBrotli: css.brotli,
    loads,
    usableMs,
    usableMedianMs: median(usableMs),
  };
}
