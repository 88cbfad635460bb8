import { type Request, Router } from 'express';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { CreatedWorkshop, WorkshopSummary } from '../../shared/protocol/api.ts';
import { createWorkshopBody } from '../../shared/protocol/schemas.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { currentFacilitator, requireFacilitator } from './auth.ts';
import { AppError } from './errors.ts';
import { parse } from './validate.ts';

export const workshopIdParam = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

/** The join link as people will open it: the configured public URL, else this request's origin. */
export function joinUrlFor(publicUrl: string | null, req: Request, code: string): string {
  const base = publicUrl ?? `${req.protocol}://${req.get('host')}`;
  return `${base}/j/${code}`;
}

export function workshopRouter(repos: Repos, workshops: WorkshopService, publicUrl: string | null): Router {
  const router = Router();
  router.use('/workshops', requireFacilitator(repos));

  const found = (req: Request) => {
    const id = parse(workshopIdParam, req.params.id);
    const state = workshops.state(id);
    if (!state) throw new AppError('NOT_FOUND');
    return state;
  };

  router.get('/workshops', (_req, res) => {
    const list: WorkshopSummary[] = repos.workshops.list().map((w) => ({
      id: w.id,
      code: w.code,
      title: w.title,
      date: w.date,
      place: w.place,
      description: w.description,
      createdAt: w.createdAt,
      participants: w.participants,
    }));
    res.json(list);
  });

  router.post('/workshops', (req, res) => {
    const body = parse(createWorkshopBody, req.body);
    const workshop = workshops.create(currentFacilitator(res.locals).id, body);
    const created: CreatedWorkshop = { workshop, joinUrl: joinUrlFor(publicUrl, req, workshop.code) };
    res.status(201).json(created);
  });

  router.get('/workshops/:id', (req, res) => {
    const workshop = found(req);
    const body: CreatedWorkshop = { workshop, joinUrl: joinUrlFor(publicUrl, req, workshop.code) };
    res.json(body);
  });

  router.delete('/workshops/:id', (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    if (!workshops.delete(id)) throw new AppError('NOT_FOUND');
    res.status(204).end();
  });

  router.get('/workshops/:id/qr.svg', async (req, res) => {
    const workshop = found(req);
    // Generated here, never by an outside service: the page makes no third-party requests.
    const svg = await QRCode.toString(joinUrlFor(publicUrl, req, workshop.code), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    res.type('image/svg+xml').setHeader('Cache-Control', 'private, max-age=3600').send(svg);
  });

  return router;
}
