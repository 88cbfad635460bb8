import type { CreatedWorkshop } from '../../shared/protocol/api.ts';
import { type ApiResult, api } from './http.ts';

/**
 * A workshop as its facilitator loads it (the projector has its own route: api/projector.ts).
 * Without a configured public address the server sends a relative join link when it cannot trust
 * the request's Host (docs/operations.md); the browser knows the address it is on, so the link is
 * made whole here.
 */
export async function fetchWorkshop(workshopId: string): Promise<ApiResult<CreatedWorkshop>> {
  const res = await api<CreatedWorkshop>('GET', `/api/workshops/${encodeURIComponent(workshopId)}`);
  if (!res.ok) return res;
  return { ...res, data: { ...res.data, joinUrl: new URL(res.data.joinUrl, location.origin).href } };
}
