import { Router } from 'express';
import { z } from 'zod';
import type { Repos } from '../db/repos.ts';
import { toCsv } from '../export/csv.ts';
import { gatherExport } from '../export/exportData.ts';
import { LABELS } from '../export/labels.ts';
import { toMarkdown } from '../export/markdown.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { requireFacilitator, roleIn } from './auth.ts';
import { AppError } from './errors.ts';
import { parse } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

const FORMATS = {
  md: { type: 'text/markdown; charset=utf-8', render: toMarkdown },
  csv: { type: 'text/csv; charset=utf-8', render: toCsv },
} as const;

const query = z.object({ lang: z.enum(['sv', 'en']).default('sv') });

export function exportRouter(repos: Repos, workshops: WorkshopService): Router {
  const router = Router();
  router.get('/workshops/:id/export.:format', requireFacilitator(repos), (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    const format = parse(z.enum(['md', 'csv']), req.params.format);
    const { lang } = parse(query, req.query);
    roleIn(repos, res.locals, id);
    const workshop = workshops.record(id);
    if (!workshop) throw new AppError('NOT_FOUND');
    const texts = workshops.texts(id);
    if (!texts.ok) throw new AppError(texts.code);
    const data = gatherExport(repos, workshop, texts.value, workshops.tally(id));
    const { type, render } = FORMATS[format];
    const filename = `samsyn-${workshop.date}-${workshop.code}.${format}`;
    res.type(type).attachment(filename).send(render(data, LABELS[lang]));
  });
  return router;
}
