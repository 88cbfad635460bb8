import type { RequestHandler } from 'express';
import type { Facilitator, MembershipRole } from '../../shared/protocol/api.ts';
import { facilitatorFrom } from '../auth/identify.ts';
import type { Repos } from '../db/repos.ts';
import { AppError } from './errors.ts';

/** Lets only logged-in facilitators through; the account is left in `res.locals.facilitator`. */
export function requireFacilitator(repos: Repos): RequestHandler {
  return (req, res, next) => {
    const found = facilitatorFrom(repos, req.headers.cookie);
    if (!found) throw new AppError('UNAUTHENTICATED');
    const facilitator: Facilitator = {
      id: found.id,
      email: found.email,
      name: found.name,
      isAdmin: found.isAdmin,
    };
    res.locals.facilitator = facilitator;
    next();
  };
}

/** After requireFacilitator: only the admin account passes. */
export const requireAdmin: RequestHandler = (_req, res, next) => {
  if (!currentFacilitator(res.locals).isAdmin) throw new AppError('FORBIDDEN');
  next();
};

export function currentFacilitator(locals: Record<string, unknown>): Facilitator {
  return locals.facilitator as Facilitator;
}

/**
 * The caller's role in a workshop. Someone who is not a member gets NOT_FOUND, the same answer
 * as for a workshop that does not exist, so nobody learns which workshops exist.
 */
export function roleIn(repos: Repos, locals: Record<string, unknown>, workshopId: string): MembershipRole {
  const role = repos.memberships.roleOf(workshopId, currentFacilitator(locals).id);
  if (!role) throw new AppError('NOT_FOUND');
  return role;
}
