import express, { type Router } from 'express';
import type { Health } from '../../shared/protocol/api.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';

/**
 * `GET /api/health` for load balancers and monitoring: 200 only when a write commits, else 503
 * with a body of the same shape, so a probe can read `status` either way.
 */
export function healthRouter(writable: () => boolean): Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    const health: Health = writable()
      ? { status: 'ok', version: PROTOCOL_VERSION }
      : { status: 'unavailable', version: PROTOCOL_VERSION, reason: 'database-not-writable' };
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
