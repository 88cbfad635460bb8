/**
 * A tiny seeded generator (mulberry32): the same seed gives the same inputs on every machine,
 * so a failure found here is reproduced by running the file again with the seed it printed.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Uint8Array;
  /** Printable and hostile characters: ASCII, Swedish letters, controls, RTL marks, emoji. */
  string(maxLength: number): string;
  chance(p: number): boolean;
}

export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const ALPHABET = [
    ...'abcdefghijklmnopqrstuvwxyzåäöABCÅÄÖ0123456789 _-:/%"\'\\{}[],.<>=&?#',
    '\u0000',
    '\u202e',
    '\u200b',
    '\ufeff',
    '\ud83d\ude00',
    '\ud800', // a lone surrogate
    '\n',
  ];
  return {
    next,
    int,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    bytes: (n) => {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 1) out[i] = int(256);
      return out;
    },
    string: (maxLength) => {
      let s = '';
      for (let i = int(maxLength + 1); i > 0; i -= 1) s += ALPHABET[int(ALPHABET.length)];
      return s;
    },
    chance: (p) => next() < p,
  };
}

/** The seed for this run: FUZZ_SEED, else a fixed one so `npm test` is the same every time. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** How many inputs of each kind: FUZZ_ITERATIONS for long runs; the default keeps `npm test` short. */
export function iterations(fallback: number): number {
  const n = Number(process.env.FUZZ_ITERATIONS);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** A test's time limit: the default for `npm test`, an hour for a long FUZZ_ITERATIONS run. */
export const FUZZ_TIMEOUT_MS = process.env.FUZZ_ITERATIONS ? 3_600_000 : 120_000;
