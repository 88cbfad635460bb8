/**
 * A small seeded PRNG (mulberry32): the same seed gives the same clients, actions and fault
 * moments, so a failing run is reproduced with `FAULT_SEED=<seed>`.
 */
export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const intFrom = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * The seeds a scenario runs: `FAULT_SEED=7` runs that one seed; `FAULT_SEEDS=50` runs seeds
 * 1…50 (a long run); `npm test` runs `fallback` seeds.
 */
export function faultSeeds(fallback: number): number[] {
  const one = process.env.FAULT_SEED;
  if (one !== undefined) return [intFrom('FAULT_SEED', 1)];
  const n = intFrom('FAULT_SEEDS', fallback);
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Scripted clients per run: `FAULT_CLIENTS` (50–200 in long runs), else `fallback`. */
export const faultClients = (fallback: number): number => intFrom('FAULT_CLIENTS', fallback);
