import { Router } from 'express';
import { z } from 'zod';
import type { Repos } from '../db/repos.ts';
import { toCsv } from '../export/csv.ts';
import type { ExportDocument } from '../export/document.ts';
import { exportDocument } from '../export/gather.ts';
import { toJson } from '../export/json.ts';
import { toMarkdown } from '../export/markdown.ts';
import type { ActivityService } from '../services/activityService.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { requireFacilitator, roleIn } from './auth.ts';
import { parse, unwrap } from './validate.ts';
import { workshopIdParam } from './workshopRouter.ts';

const format = z.enum(['md', 'csv', 'json']);

const FORMATS: Record<z.infer<typeof format>, { type: string; render: (doc: ExportDocument) => string }> = {
  md: { type: 'text/markdown; charset=utf-8', render: toMarkdown },
  csv: { type: 'text/csv; charset=utf-8', render: toCsv },
  json: { type: 'application/json; charset=utf-8', render: toJson },
};

const query = z.object({ lang: z.enum(['sv', 'en']).default('sv') });

export function exportRouter(repos: Repos, workshops: WorkshopService, activities: ActivityService): Router {
  const router = Router();
  router.get('/workshops/:id/export.:format', requireFacilitator(repos), (req, res) => {
    const id = parse(workshopIdParam, req.params.id);
    const ext = parse(format, req.params.format);
    const { lang } = parse(query, req.query);
    roleIn(repos, res.locals, id);
    const doc = unwrap(exportDocument(workshops, activities, repos, id, lang));
    const { type, render } = FORMATS[ext];
    const filename = `samsyn-${doc.meta.date}-${doc.meta.code}.${ext}`;
    res.type(type).attachment(filename).send(render(doc));
  });
  return router;
}
