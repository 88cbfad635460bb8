import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { emptyBySector } from '../../shared/domain/sectors.ts';
import { moduleOf } from '../activities/index.ts';
import { nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';
import type { ActivityService } from '../services/activityService.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { type ExportDocument, ExportError, type ExportSection } from './document.ts';
import type { ExportLang } from './labels.ts';

/**
 * The workshop's facts and one section per activity in agenda order, each built by its type's
 * module through the engine's context, so every format tells the same story as the room.
 * A section that cannot be built (a document that cannot be read) fails the whole export: a
 * file that silently leaves out part of the workshop would be read as complete.
 */
export function exportDocument(
  workshops: WorkshopService,
  activities: ActivityService,
  repos: Repos,
  workshopId: string,
  lang: ExportLang,
): Result<ExportDocument> {
  const w = workshops.record(workshopId);
  if (!w) return fail('NOT_FOUND');
  const joinedBySector = emptyBySector();
  for (const { sector, n } of repos.participants.countsBySector(w.id)) joinedBySector[sector] = n;
  const sections: ExportSection[] = [];
  try {
    for (const [i, a] of activities.agenda(w.id).entries()) {
      const module = moduleOf(a.type);
      const ctx = activities.contextOf(a.id);
      // A type this release does not know (stored by a newer one) still shows up, without content.
      const section =
        module && ctx
          ? module.exportSection(ctx, lang)
          : { title: a.title || a.type, type: a.type, blocks: [] };
      // Numbered as in the agenda, so two untitled activities of one type stay apart.
      sections.push({ ...section, title: `${i + 1}. ${section.title}` });
    }
  } catch (error) {
    if (error instanceof ExportError) return fail(error.code);
    throw error;
  }
  const { title, date, place, code, description } = w;
  return ok({
    meta: { lang, title, date, place, code, description, exportedAt: nowIso(), joinedBySector },
    sections,
  });
}
