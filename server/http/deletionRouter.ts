import { Router } from 'express';
import type { DeletedWorkshop } from '../../shared/protocol/api.ts';
import type { Repos } from '../db/repos.ts';
import type { DeletionService } from '../services/deletionService.ts';
import { currentFacilitator, requireFacilitator, roleIn } from './auth.ts';
import { AppError } from './errors.ts';
import { parse } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

/**
 * Deleting a workshop: hidden at once, restorable by its owner until the grace period ends,
 * then purged (deletionService.ts). A deleted workshop is NOT_FOUND to everyone else, and to
 * its owner everywhere but here.
 */
export function deletionRouter(repos: Repos, deletions: DeletionService): Router {
  const router = Router();
  const auth = requireFacilitator(repos);

  /** Only the owner deletes a workshop; a co-facilitator may leave it instead. */
  router.delete('/workshops/:id', auth, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    if (roleIn(repos, res.locals, id) !== 'owner') throw new AppError('FORBIDDEN');
    if (!deletions.remove(id, currentFacilitator(res.locals).id)) throw new AppError('NOT_FOUND');
    res.status(204).end();
  });

  router.get('/deleted-workshops', auth, (_req, res) => {
    const list: DeletedWorkshop[] = deletions.deletedOwnedBy(currentFacilitator(res.locals).id);
    res.json(list);
  });

  router.post('/deleted-workshops/:id/restore', auth, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    if (!deletions.restore(id, currentFacilitator(res.locals).id)) throw new AppError('NOT_FOUND');
    res.status(204).end();
  });

  /** "Delete for good": answered once the rows are gone and their pages erased. */
  router.delete('/deleted-workshops/:id', auth, (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    if (!deletions.purgeNow(id, currentFacilitator(res.locals).id)) throw new AppError('NOT_FOUND');
    res.status(204).end();
  });

  return router;
}
