import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeJoinCode } from '../../../../server/domain/joinCode.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../../shared/domain/joinCode.ts';

/** Serves `first` once, then bytes of value 1 forever. */
function bytes(first: number[]): (n: number) => Uint8Array {
  let served = false;
  return (n) => {
    const out = new Uint8Array(n).fill(1);
    if (!served) out.set(first.slice(0, n));
    served = true;
    return out;
  };
}

describe('server/domain/joinCode', () => {
  it('has no look-alike characters in its alphabet', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(31);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
  });

  it('makes codes of eight alphabet characters when given real random bytes', () => {
    for (let i = 0; i < 200; i++) {
      const code = makeJoinCode((n) => crypto.randomBytes(n));
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect([...code].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
    }
  });

  it('maps bytes to symbols in order when the bytes are below the rejection limit', () => {
    expect(makeJoinCode(bytes([0, 1, 2, 30, 31, 62, 247, 100]))).toBe(
      [0, 1, 2, 30, 0, 0, 30, 100 % 31].map((i) => JOIN_CODE_ALPHABET[i]).join(''),
    );
  });

  it('skips bytes of 248 and above when they would bias the symbols', () => {
    for (let b = 248; b <= 255; b++) {
      expect(makeJoinCode(bytes([b, b, 2]))).toBe(
        `${JOIN_CODE_ALPHABET[2]}${JOIN_CODE_ALPHABET[1]!.repeat(7)}`,
      );
    }
  });

  it('uses every symbol equally often when every accepted byte value occurs once', () => {
    const counts = new Map<string, number>();
    for (let b = 0; b < 248; b++) {
      const first = makeJoinCode(bytes([b]))[0]!;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    expect([...counts.values()].every((n) => n === 8)).toBe(true);
  });
});
