import type { JoinPreview, ParticipantProfile } from '../../shared/protocol/api.ts';
import type { JoinBody } from '../../shared/protocol/schemas.ts';
import { type ApiResult, api } from './http.ts';

/** The start page already fetched the preview; reuse it so a join costs one rate-limited call. */
const previews = new Map<string, JoinPreview>();

export async function fetchPreview(code: string): Promise<ApiResult<JoinPreview>> {
  const cached = previews.get(code);
  if (cached) return { ok: true, status: 200, data: cached };
  const res = await api<JoinPreview>('GET', `/api/join/${encodeURIComponent(code)}`);
  if (res.ok) previews.set(code, res.data);
  return res;
}

/** Joins, or with this browser's cookie for the workshop updates the same participant's details. */
export async function joinWith(body: JoinBody): Promise<ApiResult<ParticipantProfile>> {
  const res = await api<ParticipantProfile>('POST', '/api/join', body);
  // `joined` in a cached preview is stale now.
  if (res.ok) previews.delete(body.code);
  return res;
}

export function fetchMe(workshopId: string): Promise<ApiResult<ParticipantProfile>> {
  return api<ParticipantProfile>('GET', `/api/workshops/${encodeURIComponent(workshopId)}/me`);
}
