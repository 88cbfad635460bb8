import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { sum } from './stats.ts';

const ASSETS = path.resolve(import.meta.dirname, '..', '..', 'dist', 'client');

/**
 * The participant's code for one activity type: the entry's static import closure (what a QR
 * scan loads), the live view's, which the entry loads after joining, and that type's participant
 * view, a lazy chunk of its own. Facilitator and projector chunks are other lazy imports and are
 * not counted. Returns one set of files per type; the gate is the largest.
 */
export function participantFiles(): Array<{ type: string; js: string[]; css: string[] }> {
  const html = readFileSync(path.join(ASSETS, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/client/index.html');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/(assets\/[^"]+\.css)"/g)].map(
    (m) => m[1] ?? '',
  );
  // Chunks are found by the sources in their maps, not by file names (vite.config.ts groups some).
  const chunks = readdirSync(path.join(ASSETS, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const mapFile = path.join(ASSETS, 'assets', `${f}.map`);
      // Generated helpers come without a map; they hold no view.
      const sources = existsSync(mapFile)
        ? (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources
        : [];
      return { file: `assets/${f}`, sources };
    });
  const live = chunks.filter((c) => c.sources.some((s) => s.endsWith('views/participant/LiveView.tsx')));
  // Which type a participant chunk belongs to.
  const views = chunks.flatMap((c) =>
    c.sources
      .map((s) => /activities\/([a-z-]+)\/Participant\.tsx$/.exec(s)?.[1])
      .filter((type): type is string => Boolean(type))
      .map((type) => ({ type, file: c.file })),
  );
  return views.map(({ type, file }) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      const code = readFileSync(path.join(ASSETS, f), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`assets/${m[1]}`);
    };
    for (const f of [entry, ...live.map((c) => c.file), file]) visit(f);
    return { type, js: [...seen], css };
  });
}

export function sizes(files: string[]) {
  const bufs = files.map((f) => readFileSync(path.join(ASSETS, f)));
  return {
    raw: sum(bufs.map((b) => b.length)),
    gzip: sum(bufs.map((b) => gzipSync(b, { level: 9 }).length)),
    brotli: sum(
      bufs.map((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    ),
  };
}
