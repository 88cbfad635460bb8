import { JOIN_CODE_LENGTH, normaliseJoinCode } from '../shared/domain/joinCode.ts';

export { JOIN_CODE_LENGTH };

/** Keeps only code characters while someone types, at most a full code. */
export function normaliseCode(raw: string): string {
  return normaliseJoinCode(raw)
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, JOIN_CODE_LENGTH);
}

/** ABCDEFGH → ABCD-EFGH, easier to read aloud and to copy from a projector. */
export function groupCode(code: string): string {
  const clean = normaliseCode(code);
  return clean.length > 4 ? `${clean.slice(0, 4)}-${clean.slice(4)}` : clean;
}
