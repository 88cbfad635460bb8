import { type Request, Router } from 'express';
import { z } from 'zod';
import type { ProjectorInfo, ProjectorLink } from '../../shared/protocol/api.ts';
import { cookieHeader, PROJECTOR_LINK_MS, projectorCookie } from '../auth/cookies.ts';
import { memberFrom, projectorFrom } from '../auth/identify.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { requireFacilitator, roleIn } from './auth.ts';
import { AppError } from './errors.ts';
import { absoluteJoinUrl, joinUrlFor, ownOrigin } from './joinUrl.ts';
import { qrSvg } from './qr.ts';
import { parse } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

const claimBody = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/**
 * The projector's own credential. A facilitator makes a link for one workshop; the venue PC that
 * opens it gets a cookie that opens that workshop's projector (socket, read-only Yjs, the stage's
 * info and QR) and nothing else: it is no facilitator session, so every staff route refuses it.
 * `revoked` is called when a link ends early, so open projector sockets can be closed.
 */
export function projectorRouter(
  repos: Repos,
  workshops: WorkshopService,
  options: { publicUrl: string | null; secure: boolean; revoked: (workshopId: string) => void },
): Router {
  const router = Router();
  const { publicUrl } = options;
  const staff = requireFacilitator(repos);
  const memberOf = (req: Request, locals: Record<string, unknown>) => {
    const id = parse(workshopIdParam, req.params.id);
    roleIn(repos, locals, id);
    return id;
  };

  router.post('/workshops/:id/projector-link', staff, async (req, res) => {
    const id = memberOf(req, res.locals);
    const token = newToken();
    const now = Date.now();
    const expiresAt = now + PROJECTOR_LINK_MS;
    repos.projectorLinks.replace(hashToken(token), id, expiresAt, now);
    options.revoked(id); // the previous link, if any, ends with its sockets
    // In the fragment: never sent to a server, so it stays out of access logs and Referer headers.
    const base = publicUrl ?? ownOrigin(req);
    const url = `${base ?? ''}/projektor#${token}`;
    const link: ProjectorLink = { url, qrSvg: base === null ? null : await qrSvg(url), expiresAt };
    res.status(201).json(link);
  });

  router.get('/workshops/:id/projector-link', staff, (req, res) => {
    const id = memberOf(req, res.locals);
    res.json({ expiresAt: repos.projectorLinks.activeUntil(id, Date.now()) });
  });

  router.delete('/workshops/:id/projector-link', staff, (req, res) => {
    const id = memberOf(req, res.locals);
    repos.projectorLinks.revoke(id);
    options.revoked(id);
    res.status(204).end();
  });

  /** The venue PC trades the link's token for the cookie; the cookie expires with the link. */
  router.post('/projector/claim', (req, res) => {
    const { token } = parse(claimBody, req.body);
    const now = Date.now();
    const link = repos.projectorLinks.find(hashToken(token), now);
    if (!link) throw new AppError('PROJECTOR_LINK_INVALID');
    res.setHeader(
      'Set-Cookie',
      cookieHeader(projectorCookie(link.workshopId), token, link.expiresAt - now, options.secure),
    );
    res.json({ workshopId: link.workshopId });
  });

  /** The projector link or a member's own session: the facilitator may open the projector too. */
  const stageOf = (req: Request): string => {
    const id = parse(workshopIdParam, req.params.id);
    const cookie = req.headers.cookie;
    if (projectorFrom(repos, cookie, id) === null && memberFrom(repos, cookie, id) === null)
      throw new AppError('UNAUTHENTICATED');
    return id;
  };

  router.get('/projector/:id', (req, res) => {
    const id = stageOf(req);
    const workshop = workshops.state(id, 'projector');
    if (!workshop) throw new AppError('NOT_FOUND');
    const info: ProjectorInfo = { workshop, joinUrl: joinUrlFor(publicUrl, req, workshop.code) };
    res.json(info);
  });

  router.get('/projector/:id/qr.svg', async (req, res) => {
    const id = stageOf(req);
    const workshop = workshops.state(id, 'projector');
    if (!workshop) throw new AppError('NOT_FOUND');
    const svg = await qrSvg(absoluteJoinUrl(publicUrl, req, workshop.code));
    res.type('image/svg+xml').send(svg);
  });

  return router;
}
