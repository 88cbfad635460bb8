import { type Request, Router } from 'express';
import type { DataNotice, JoinPreview } from '../../shared/protocol/api.ts';
import { joinBody, joinCodeSchema } from '../../shared/protocol/schemas.ts';
import { cookieHeader, PARTICIPANT_SESSION_MS, participantCookie } from '../auth/cookies.ts';
import { participantFrom } from '../auth/identify.ts';
import type { Repos } from '../db/repos.ts';
import { joinWorkshop, rejoinWorkshop } from '../services/participantService.ts';
import { AppError } from './errors.ts';
import type { JoinWatch } from './joinWatch.ts';
import { addressKey, joinCeilings, joinCodeMisses } from './rateLimits.ts';
import { parse } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

export function joinRouter(repos: Repos, secure: boolean, dataNotice: DataNotice, watch: JoinWatch): Router {
  const router = Router();
  const misses = joinCodeMisses();
  const ceilings = joinCeilings();

  /**
   * A malformed code is answered like an unknown one, and both count against the limit. The
   * code is looked up first: a right one passes whatever the address missed before.
   */
  const workshopByCode = (req: Request, raw: unknown) => {
    const code = joinCodeSchema.safeParse(raw);
    const workshop = code.success ? repos.workshops.getByCode(code.data) : null;
    if (workshop) return workshop;
    misses.failed([addressKey(req)]);
    throw new AppError('INVALID_CODE');
  };

  router.get('/join/:code', (req, res) => {
    const w = workshopByCode(req, req.params.code);
    const joined = participantFrom(repos, req.headers.cookie, w.id) !== null;
    const preview: JoinPreview = {
      workshopId: w.id,
      title: w.title,
      date: w.date,
      place: w.place,
      names: w.settings.names,
      joined,
      joinsOpen: w.settings.joinsOpen,
      dataNotice,
    };
    res.json(preview);
  });

  router.post('/join', (req, res) => {
    const workshop = workshopByCode(req, (req.body as { code?: unknown } | undefined)?.code);
    const { code: _code, ...given } = parse(joinBody, req.body);
    // A fully anonymous workshop keeps no names, even one a script sends.
    const input = workshop.settings.names === 'anonymous' ? { ...given, displayName: '' } : given;
    const existing = participantFrom(repos, req.headers.cookie, workshop.id);
    if (existing) {
      res.json(rejoinWorkshop(repos, existing, input));
      return;
    }
    // Those already in (above) pass a closed door; only new participants are refused.
    if (!workshop.settings.joinsOpen) throw new AppError('JOINS_CLOSED');
    try {
      ceilings.admit(addressKey(req), workshop.id);
    } catch (error) {
      watch.refused(workshop.id);
      throw error;
    }
    const { profile, token } = joinWorkshop(repos, workshop.id, input);
    watch.joined(addressKey(req), workshop.id, profile.id);
    res.setHeader(
      'Set-Cookie',
      cookieHeader(participantCookie(workshop.id), token, PARTICIPANT_SESSION_MS, secure),
    );
    res.status(201).json(profile);
  });

  router.get('/workshops/:id/me', (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    const profile = participantFrom(repos, req.headers.cookie, id);
    if (!profile) throw new AppError('UNAUTHENTICATED');
    res.json(profile);
  });

  return router;
}
