import type { DeletedWorkshop } from '../../shared/protocol/api.ts';
import { type ApiResult, api } from './http.ts';

const path = (workshopId: string) => `/api/deleted-workshops/${encodeURIComponent(workshopId)}`;

/** The caller's deleted workshops (only their owner sees them), newest first. */
export function fetchDeleted(): Promise<ApiResult<DeletedWorkshop[]>> {
  return api<DeletedWorkshop[]>('GET', '/api/deleted-workshops');
}

export function restoreWorkshop(workshopId: string): Promise<ApiResult<null>> {
  return api<null>('POST', `${path(workshopId)}/restore`);
}

/** Erases the deleted workshop now instead of when its grace period ends. */
export function purgeWorkshop(workshopId: string): Promise<ApiResult<null>> {
  return api<null>('DELETE', path(workshopId));
}
