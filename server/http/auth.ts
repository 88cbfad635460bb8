import type { RequestHandler } from 'express';
import type { Facilitator } from '../../shared/protocol/api.ts';
import { facilitatorFrom } from '../auth/identify.ts';
import type { Repos } from '../db/repos.ts';
import { AppError } from './errors.ts';

/** Lets only logged-in facilitators through; the account is left in `res.locals.facilitator`. */
export function requireFacilitator(repos: Repos): RequestHandler {
  return (req, res, next) => {
    const found = facilitatorFrom(repos, req.headers.cookie);
    if (!found) throw new AppError('UNAUTHENTICATED');
    const facilitator: Facilitator = { id: found.id, email: found.email, name: found.name };
    res.locals.facilitator = facilitator;
    next();
  };
}

export function currentFacilitator(locals: Record<string, unknown>): Facilitator {
  return locals.facilitator as Facilitator;
}
