import type { Sector } from '../../../shared/domain/sectors.ts';
import type { CreatedWorkshop, ParticipantProfile } from '../../../shared/protocol/api.ts';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import { originOf } from './origin.ts';
import { ADMIN } from './server.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  /** `name=value` of the Set-Cookie header, ready to send back as a Cookie header. */
  cookie: string | null;
}

export async function api<T = unknown>(
  baseUrl: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  options: { body?: unknown; cookie?: string | null; origin?: string | null } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  // As a page of this server would (a browser always sends it on POST and DELETE); null: none.
  const origin = options.origin === undefined ? originOf(baseUrl) : options.origin;
  if (origin !== null) headers.origin = origin;
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const res = await fetch(`${baseUrl}${path}`, init);
  const text = await res.text();
  const setCookie = res.headers.get('set-cookie');
  return {
    status: res.status,
    body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
    cookie: setCookie ? (setCookie.split(';')[0] ?? null) : null,
  };
}

export type ErrorBody = { error: ApiError };

/** `origin`: where the page is served from when that is not `baseUrl` (SAMSYN_PUBLIC_URL). */
export async function login(baseUrl: string, origin?: string): Promise<string> {
  const res = await api(baseUrl, 'POST', '/api/auth/login', { body: ADMIN, ...(origin ? { origin } : {}) });
  if (res.status !== 200 || !res.cookie) throw new Error(`login failed: ${res.status}`);
  return res.cookie;
}

export async function createWorkshop(
  baseUrl: string,
  cookie: string,
  priorities: string[] = [],
  title = 'Regional utvecklingsstrategi',
  names: 'anonymous' | 'shown' = 'anonymous',
  origin?: string,
): Promise<CreatedWorkshop> {
  const res = await api<CreatedWorkshop>(baseUrl, 'POST', '/api/workshops', {
    cookie,
    body: { title, date: '2025-03-14', place: 'Örebro slott', description: 'Workshop 1', priorities, names },
    ...(origin ? { origin } : {}),
  });
  if (res.status !== 201)
    throw new Error(`create workshop failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface Joined {
  cookie: string;
  profile: ParticipantProfile;
}

export async function join(baseUrl: string, code: string, sector: Sector = 'public'): Promise<Joined> {
  const res = await api<ParticipantProfile>(baseUrl, 'POST', '/api/join', {
    body: { code, sector, municipality: 'Hällefors', displayName: `Deltagare ${sector}` },
  });
  if (res.status !== 201 || !res.cookie) throw new Error(`join failed: ${res.status}`);
  return { cookie: res.cookie, profile: res.body };
}

/** Logs in with any account's credentials and returns its session cookie. */
export async function loginAs(
  baseUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const res = await api(baseUrl, 'POST', '/api/auth/login', { body: credentials });
  if (res.status !== 200 || !res.cookie) throw new Error(`login failed: ${res.status}`);
  return res.cookie;
}

export interface Account {
  id: string;
  email: string;
  cookie: string;
}

/** A second facilitator account, made by the admin through the admin route and logged in. */
export async function createFacilitator(
  baseUrl: string,
  adminCookie: string,
  email = 'kollega@example.se',
  name = 'Kollega Kollegasson',
): Promise<Account> {
  const password = 'ett annat långt lösenord';
  const res = await api<{ id: string }>(baseUrl, 'POST', '/api/admin/facilitators', {
    cookie: adminCookie,
    body: { name, email, password },
  });
  if (res.status !== 201) throw new Error(`create account failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, email, cookie: await loginAs(baseUrl, { email, password }) };
}
