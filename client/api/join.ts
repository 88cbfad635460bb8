import type { JoinPreview } from '../../shared/protocol/api.ts';
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
