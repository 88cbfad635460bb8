import type { RequestHandler } from 'express';
import type { Log } from '../log.ts';
import { AppError } from './errors.ts';

/**
 * A path with a broken percent-escape (`/%`, `/api/workshops/%E0%A4%A`) makes the router's or
 * the static handler's decoding throw, which answered 500 and logged a stack. It is the
 * client's mistake: one log line, and 400 with the usual body.
 */
export function rejectMalformedPaths(log: Log): RequestHandler {
  return (req, _res, next) => {
    try {
      decodeURIComponent(req.path);
      next();
    } catch {
      log.warn('malformed path refused', { method: req.method, path: req.path.slice(0, 200) });
      next(new AppError('VALIDATION', ['(path)']));
    }
  };
}
