import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { createWorkshop, startSamsyn } from './lib/samsyn.ts';
import { median, sum } from './lib/stats.ts';

/** What "usable" means on the join page. One constant, because the UI is still changing. */
const USABLE = (page: Page) => page.getByRole('button', { name: /Gå med/ });
/** Chrome DevTools' "Slow 4G" preset. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const ASSETS = path.resolve(import.meta.dirname, '..', 'dist', 'client');

/**
 * The participant's code for one activity type: the entry's static import closure (what a QR
 * scan loads), the live view's, which the entry loads after joining, and that type's participant
 * view, a lazy chunk of its own. Facilitator and projector chunks are other lazy imports and are
 * not counted. Returns one set of files per type; the gate is the largest.
 */
function participantFiles(): Array<{ type: string; js: string[]; css: string[] }> {
  const html = readFileSync(path.join(ASSETS, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/client/index.html');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/(assets\/[^"]+\.css)"/g)].map(
    (m) => m[1] ?? '',
  );
  const assets = readdirSync(path.join(ASSETS, 'assets'));
  const live = assets.filter((f) => /^LiveView-.*\.js$/.test(f)).map((f) => `assets/${f}`);
  // Which type a participant chunk belongs to, from its source map.
  const views = assets
    .filter((f) => /^Participant-.*\.js$/.test(f))
    .map((f) => {
      const map = JSON.parse(readFileSync(path.join(ASSETS, 'assets', `${f}.map`), 'utf8')) as {
        sources: string[];
      };
      const type = map.sources
        .map((s) => /activities\/([a-z-]+)\/Participant\.tsx$/.exec(s)?.[1])
        .find(Boolean);
      return { type: type ?? f, file: `assets/${f}` };
    });
  return views.map(({ type, file }) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      const code = readFileSync(path.join(ASSETS, f), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`assets/${m[1]}`);
    };
    for (const f of [entry, ...live, file]) visit(f);
    return { type, js: [...seen], css };
  });
}

function sizes(files: string[]) {
  const bufs = files.map((f) => readFileSync(path.join(ASSETS, f)));
  return {
    raw: sum(bufs.map((b) => b.length)),
    gzip: sum(bufs.map((b) => gzipSync(b, { level: 9 }).length)),
    brotli: sum(
      bufs.map((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    ),
  };
}

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
