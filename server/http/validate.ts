import type { z } from 'zod';
import type { Result } from '../../shared/domain/result.ts';
import { AppError, fieldsOf } from './errors.ts';

/** Parses a request part with its schema or throws a VALIDATION error naming the fields. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('VALIDATION', fieldsOf(parsed.error));
  return parsed.data;
}

/** Unwraps a domain result or throws its error code. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.code);
  return result.value;
}
