import type {
  CreatedFromTemplate,
  DuplicateBody,
  FromTemplateBody,
  TemplateSummary,
} from '../../shared/protocol/templates.ts';
import type { Lang } from '../stores/langStore.ts';
import { type ApiResult, api } from './http.ts';

/** Built-in templates (in `lang`) first, then saved ones. */
export function fetchTemplates(lang: Lang): Promise<ApiResult<TemplateSummary[]>> {
  return api<TemplateSummary[]>('GET', `/api/templates?lang=${lang}`);
}

export function createFromTemplate(
  templateId: string,
  body: FromTemplateBody,
): Promise<ApiResult<CreatedFromTemplate>> {
  return api<CreatedFromTemplate>('POST', `/api/templates/${encodeURIComponent(templateId)}/workshops`, body);
}

export function deleteTemplate(templateId: string): Promise<ApiResult<null>> {
  return api<null>('DELETE', `/api/templates/${encodeURIComponent(templateId)}`);
}

/** A copy of the workshop's agenda and settings, owned by the caller ("Kopia av …"). */
export function duplicateWorkshop(workshopId: string, lang: Lang): Promise<ApiResult<CreatedFromTemplate>> {
  const body: DuplicateBody = { lang };
  return api<CreatedFromTemplate>('POST', `/api/workshops/${encodeURIComponent(workshopId)}/duplicate`, body);
}
