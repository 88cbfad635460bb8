import { type Request, Router } from 'express';
import { z } from 'zod';
import type { CreatedWorkshop, WorkshopSummary } from '../../shared/protocol/api.ts';
import { createWorkshopBody } from '../../shared/protocol/schemas.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { currentFacilitator, requireFacilitator, roleIn } from './auth.ts';
import { AppError } from './errors.ts';
import { absoluteJoinUrl, joinUrlFor } from './joinUrl.ts';
import { qrSvg } from './qr.ts';
import { parse } from './validate.ts';

export const workshopIdParam = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

export function workshopRouter(repos: Repos, workshops: WorkshopService, publicUrl: string | null): Router {
  const router = Router();
  router.use('/workshops', requireFacilitator(repos));

  /** A workshop the caller is a member of, with their role; NOT_FOUND for everyone else. */
  const found = (req: Request, locals: Record<string, unknown>) => {
    const id = parse(workshopIdParam, req.params.id);
    const role = roleIn(repos, locals, id);
    const state = workshops.state(id, 'facilitator');
    if (!state) throw new AppError('NOT_FOUND');
    return { state, role };
  };

  router.get('/workshops', (_req, res) => {
    const roles = repos.memberships.rolesOf(currentFacilitator(res.locals).id);
    const list: WorkshopSummary[] = [];
    for (const w of repos.workshops.list()) {
      const role = roles.get(w.id);
      if (!role) continue;
      const { id, code, title, date, place, description, createdAt, participants } = w;
      list.push({ id, code, title, date, place, description, createdAt, participants, role });
    }
    res.json(list);
  });

  router.post('/workshops', (req, res) => {
    const body = parse(createWorkshopBody, req.body);
    const workshop = workshops.create(currentFacilitator(res.locals).id, body);
    const created: CreatedWorkshop = {
      workshop,
      joinUrl: joinUrlFor(publicUrl, req, workshop.code),
      role: 'owner',
    };
    res.status(201).json(created);
  });

  router.get('/workshops/:id', (req, res) => {
    const { state, role } = found(req, res.locals);
    const body: CreatedWorkshop = { workshop: state, joinUrl: joinUrlFor(publicUrl, req, state.code), role };
    res.json(body);
  });

  // DELETE /workshops/:id is deletionRouter's: deleting hides first, purges later.

  router.get('/workshops/:id/qr.svg', async (req, res) => {
    const { state: workshop } = found(req, res.locals);
    const svg = await qrSvg(absoluteJoinUrl(publicUrl, req, workshop.code));
    res.type('image/svg+xml').send(svg); // no-store (apiHeaders): the link follows the configuration
  });

  return router;
}
