import type { RequestHandler } from 'express';
import { originAllowed } from '../auth/origin.ts';
import { AppError } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing API requests must come from our own pages and say so in their Origin header (see
 * originAllowed; a request without one is refused): SameSite=Lax already stops other sites, this
 * stops other origins of the same site. Reads are not checked; a browser does not let another
 * origin read their answers, and it sends no Origin on a same-origin GET.
 */
export function requireSameOrigin(publicUrl: string | null): RequestHandler {
  return (req, _res, next) => {
    if (SAFE.has(req.method) || originAllowed(req, publicUrl)) return next();
    next(new AppError('FORBIDDEN'));
  };
}
