import type { Rng } from './prng.ts';

/** Keys that break naive merges and lookups: prototype pollution, getters, our own field names. */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'activityId',
  'payload',
  'value',
  'name',
  'id',
  'text',
  'code',
  'opId',
];

/** A random JSON value: wrong types, hostile keys, long strings, big and odd numbers, some nesting. */
export function randomJson(rng: Rng, depth = 0): unknown {
  const kind = rng.int(depth > 3 ? 7 : 10);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 53)]);
    case 3:
      return rng.int(100);
    case 4:
    case 5:
      return rng.string(40);
    case 6:
      return rng.chance(0.1) ? 'x'.repeat(20_000 + rng.int(50_000)) : rng.string(8);
    case 7:
      return Array.from({ length: rng.int(5) }, () => randomJson(rng, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = rng.int(5); i > 0; i -= 1) {
        const key = rng.chance(0.4) ? rng.pick(HOSTILE_KEYS) : rng.string(10);
        // defineProperty: a literal `__proto__` key must travel as a key, not set the prototype.
        Object.defineProperty(out, key, {
          value: randomJson(rng, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
  }
}

/** A JSON text nested `depth` deep, of arrays or objects. */
export function deepJson(depth: number, objects: boolean): string {
  return objects
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Cuts a string or byte array at a random point short of its end (a truncated frame). */
export function truncate<T extends string | Uint8Array>(rng: Rng, whole: T): T {
  const cut = rng.int(Math.max(1, whole.length));
  return whole.slice(0, cut) as T;
}
