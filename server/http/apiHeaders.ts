import type { RequestHandler } from 'express';

/**
 * Every /api answer (JSON, exports, the QR code) is live, often personal data: no cache, shared
 * or private, may keep it, a browser must not guess another type for it, and nothing in it may
 * load or run anything or be framed should someone open it directly.
 */
export const apiHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
};
