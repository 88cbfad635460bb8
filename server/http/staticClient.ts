import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { AppError } from './errors.ts';

/**
 * Serves the built client, brotli or gzip precompressed at build time (scripts/compress-assets.mjs).
 * Hashed assets are cached for a year; index.html never, so a new release reaches phones on
 * their next load. Every other path gets index.html (SPA routes). Source maps only when
 * SAMSYN_SERVE_SOURCE_MAPS=true.
 */
export function staticClient(clientDir: string, serveSourceMaps = false): Router {
  const router = express.Router();
  // Source maps hand out the original sources and comments; only a debugging install wants them.
  if (!serveSourceMaps)
    router.use((req, _res, next) => next(req.path.endsWith('.map') ? new AppError('NOT_FOUND') : undefined));
  const index = path.join(clientDir, 'index.html');
  router.use(
    '/assets',
    expressStaticGzip(path.join(clientDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      serveStatic: { immutable: true, maxAge: '365d', fallthrough: false },
    }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/')) return next();
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The client is not built. Run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
