import { Router } from 'express';
import type { Result } from '../../shared/domain/result.ts';
import type { Facilitator, SetupStatus } from '../../shared/protocol/api.ts';
import { loginBody, setupBody } from '../../shared/protocol/schemas.ts';
import {
  clearCookieHeader,
  cookieHeader,
  FACILITATOR_COOKIE,
  FACILITATOR_SESSION_MS,
  readCookies,
} from '../auth/cookies.ts';
import type { Repos } from '../db/repos.ts';
import type { AccountService } from '../services/accountService.ts';
import { currentFacilitator, requireFacilitator } from './auth.ts';
import { addressKey, loginFailures } from './rateLimits.ts';
import { parse, unwrap } from './validate.ts';

export function authRouter(repos: Repos, accounts: AccountService, secure: boolean): Router {
  const router = Router();
  const failures = loginFailures();
  /** A failed attempt is counted per address and account; a right one always passes. */
  const checked = <T>(keys: string[], result: Result<T>): T => {
    if (!result.ok) failures.failed(keys);
    return unwrap(result);
  };
  const logIn = (facilitator: Facilitator, res: import('express').Response) =>
    res.setHeader(
      'Set-Cookie',
      cookieHeader(FACILITATOR_COOKIE, accounts.startSession(facilitator.id), FACILITATOR_SESSION_MS, secure),
    );

  router.get('/setup', (_req, res) => {
    const status: SetupStatus = { needed: accounts.setupNeeded() };
    res.json(status);
  });

  router.post('/setup', async (req, res) => {
    const body = parse(setupBody, req.body);
    const facilitator = checked([addressKey(req)], await accounts.setup(body));
    logIn(facilitator, res);
    res.status(201).json(facilitator);
  });

  router.post('/auth/login', async (req, res) => {
    const body = parse(loginBody, req.body);
    const account = `account:${body.email}`;
    const facilitator = checked([addressKey(req), account], await accounts.login(body.email, body.password));
    logIn(facilitator, res);
    res.json(facilitator);
  });

  router.post('/auth/logout', (req, res) => {
    const token = readCookies(req.headers.cookie)[FACILITATOR_COOKIE];
    if (token) accounts.endSession(token);
    res.setHeader('Set-Cookie', clearCookieHeader(FACILITATOR_COOKIE, secure));
    res.status(204).end();
  });

  router.get('/auth/me', requireFacilitator(repos), (_req, res) => {
    res.json(currentFacilitator(res.locals));
  });

  return router;
}
