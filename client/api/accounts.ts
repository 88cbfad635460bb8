import type { FacilitatorAccount } from '../../shared/protocol/api.ts';
import type { CreateAccountBody } from '../../shared/protocol/schemas.ts';
import { type ApiResult, api } from './http.ts';

const PATH = '/api/admin/facilitators';

/** Facilitator accounts; the server answers FORBIDDEN to anyone but the admin. */
export function fetchAccounts(): Promise<ApiResult<FacilitatorAccount[]>> {
  return api<FacilitatorAccount[]>('GET', PATH);
}

export function createAccount(body: CreateAccountBody): Promise<ApiResult<FacilitatorAccount>> {
  return api<FacilitatorAccount>('POST', PATH, body);
}

export function deleteAccount(id: string): Promise<ApiResult<null>> {
  return api<null>('DELETE', `${PATH}/${encodeURIComponent(id)}`);
}
