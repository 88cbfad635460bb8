import { Router } from 'express';
import { z } from 'zod';
import type { CreatedFromTemplate } from '../../shared/protocol/templates.ts';
import { duplicateBody, fromTemplateBody, saveTemplateBody } from '../../shared/protocol/templates.ts';
import type { Repos } from '../db/repos.ts';
import type { Made, TemplateService } from '../services/templateService.ts';
import { currentFacilitator, requireFacilitator, roleIn } from './auth.ts';
import { joinUrlFor } from './joinUrl.ts';
import { parse, unwrap } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

const templateIdParam = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);
const langQuery = z.enum(['sv', 'en']).catch('sv');

/**
 * Templates (docs/api.md#templates): every facilitator sees every template (agendas hold nothing
 * people gave, and a team shares its methods); its creator or the admin deletes a saved one.
 * Saving and duplicating need membership of the workshop, as everything else about it does.
 */
export function templateRouter(repos: Repos, templates: TemplateService, publicUrl: string | null): Router {
  const router = Router();
  const auth = requireFacilitator(repos);

  const created = (made: Made, joinUrl: (code: string) => string): CreatedFromTemplate => ({
    workshop: made.state,
    joinUrl: joinUrl(made.state.code),
    role: 'owner',
    skipped: made.skipped,
  });

  router.get('/templates', auth, (req, res) => {
    res.json(templates.list(currentFacilitator(res.locals), langQuery.parse(req.query.lang)));
  });

  router.delete('/templates/:id', auth, (req, res) => {
    const id = parse(templateIdParam, req.params.id);
    unwrap(templates.delete(id, currentFacilitator(res.locals)));
    res.status(204).end();
  });

  router.post('/templates/:id/workshops', auth, (req, res) => {
    const id = parse(templateIdParam, req.params.id);
    const body = parse(fromTemplateBody, req.body);
    const made = unwrap(templates.createFrom(id, currentFacilitator(res.locals), body));
    res.status(201).json(created(made, (code) => joinUrlFor(publicUrl, req, code)));
  });

  router.post('/workshops/:id/template', auth, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    roleIn(repos, res.locals, id);
    const body = parse(saveTemplateBody, req.body);
    res.status(201).json(unwrap(templates.save(id, currentFacilitator(res.locals), body)));
  });

  router.post('/workshops/:id/duplicate', auth, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    roleIn(repos, res.locals, id);
    const body = parse(duplicateBody, req.body ?? {});
    const made = unwrap(templates.duplicate(id, currentFacilitator(res.locals), body));
    res.status(201).json(created(made, (code) => joinUrlFor(publicUrl, req, code)));
  });

  return router;
}
