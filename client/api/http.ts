import { type ApiError, isErrorCode } from '../../shared/protocol/errors.ts';

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ApiError };

function parseError(body: unknown, status: number): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error: unknown = body.error;
    if (typeof error === 'object' && error !== null && 'code' in error && isErrorCode(error.code)) {
      const fields = 'fields' in error && Array.isArray(error.fields) ? error.fields.map(String) : undefined;
      return fields ? { code: error.code, fields } : { code: error.code };
    }
  }
  if (status === 401) return { code: 'UNAUTHENTICATED' };
  if (status === 404) return { code: 'NOT_FOUND' };
  if (status === 429) return { code: 'RATE_LIMITED' };
  return { code: 'INTERNAL' };
}

/**
 * Same-origin JSON request. Success bodies are trusted to match the shared contract types
 * (the server parses everything it stores); only error bodies are checked, because they
 * may come from a proxy rather than our server.
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, status: 0, error: { code: 'TIMEOUT' } };
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) return { ok: false, status: res.status, error: parseError(json, res.status) };
  return { ok: true, status: res.status, data: json as T };
}
