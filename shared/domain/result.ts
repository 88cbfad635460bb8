import type { ErrorCode } from '../protocol/errors.ts';

/** Domain functions return a value or a stable error code; they never throw for bad input. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode): Result<T> => ({ ok: false, code });
