import { Router } from 'express';
import { z } from 'zod';
import { createAccountBody } from '../../shared/protocol/schemas.ts';
import type { Repos } from '../db/repos.ts';
import type { AccountService } from '../services/accountService.ts';
import { currentFacilitator, requireAdmin, requireFacilitator } from './auth.ts';
import { parse, unwrap } from './validate.ts';

const facilitatorIdParam = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

/**
 * Facilitator accounts, for the admin only. The admin manages accounts, not workshops: it sees
 * no workshop it is not a member of (least privilege).
 */
export function adminRouter(repos: Repos, accounts: AccountService): Router {
  const router = Router();
  router.use('/admin', requireFacilitator(repos), requireAdmin);

  router.get('/admin/facilitators', (_req, res) => {
    res.json(accounts.accounts());
  });

  router.post('/admin/facilitators', async (req, res) => {
    const body = parse(createAccountBody, req.body);
    res.status(201).json(unwrap(await accounts.addAccount(body)));
  });

  router.delete('/admin/facilitators/:id', (req, res) => {
    const id = parse(facilitatorIdParam, req.params.id);
    unwrap(accounts.deleteAccount(currentFacilitator(res.locals).id, id));
    res.status(204).end();
  });

  return router;
}
