import { Router } from 'express';
import { z } from 'zod';
import { addFacilitatorBody } from '../../shared/protocol/schemas.ts';
import type { Repos } from '../db/repos.ts';
import type { MembershipService } from '../services/membershipService.ts';
import { currentFacilitator, requireFacilitator, roleIn } from './auth.ts';
import { parse, unwrap } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

const facilitatorIdParam = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

/** The facilitators of one workshop; only its members see or change the list. */
export function membershipRouter(repos: Repos, memberships: MembershipService): Router {
  const router = Router();
  const base = '/workshops/:id/facilitators';
  router.use(base, requireFacilitator(repos));

  router.get(base, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    roleIn(repos, res.locals, id);
    res.json(memberships.members(id));
  });

  router.post(base, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    roleIn(repos, res.locals, id);
    const { email } = parse(addFacilitatorBody, req.body);
    const { added, members } = unwrap(memberships.add(id, email));
    res.status(added ? 201 : 200).json(members);
  });

  router.delete(`${base}/:facilitatorId`, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    const role = roleIn(repos, res.locals, id);
    const targetId = parse(facilitatorIdParam, req.params.facilitatorId);
    unwrap(memberships.remove(id, { id: currentFacilitator(res.locals).id, role }, targetId));
    res.status(204).end();
  });

  return router;
}
