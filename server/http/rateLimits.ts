import type { Request } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { AppError } from './errors.ts';
import { WindowCounter } from './windowCounter.ts';

/**
 * The client's address as a limit key: `req.ip` honours `trust proxy`, and an IPv6 address is
 * cut to its /56, which one household or hall gets as a whole.
 */
export const addressKey = (req: Request): string => ipKeyGenerator(req.ip ?? 'unknown');

/**
 * Wrong join codes: a conference hall shares one address behind its Wi-Fi, so the limit is
 * generous (typos from a full hall), yet 300 misses per 10 minutes makes guessing one of
 * 31^8 ≈ 8.5 × 10^11 codes hopeless. Only misses are counted and a right code is never refused,
 * so one person cannot lock a hall out; past the limit, wrong codes are answered 429.
 */
export const JOIN_CODE_MISSES = 300;

/**
 * Successful joins per address and workshop per minute: well above a hall of 150 behind one
 * Wi-Fi address arriving within a minute, well below a script's 300 in 2.5 s.
 */
export const JOINS_PER_ADDRESS = 200;

/**
 * Successful joins per workshop per minute from all addresses together: above the largest room we
 * plan for (1,000 joining within seconds, docs/performance.md), a bound on a script spread over
 * many addresses.
 */
export const JOINS_PER_WORKSHOP = 1500;

/** Wrong passwords (or setup codes) per address, and per account, per 15 minutes. */
export const LOGIN_FAILURES = 10;

/**
 * Counts failures per key and refuses only failures: `check` runs after the attempt failed,
 * so a right code or password always passes, whatever happened before.
 */
export function failureLimit(limit: number, windowMs: number) {
  const counter = new WindowCounter(limit, windowMs);
  return {
    /** Call on a failed attempt: throws RATE_LIMITED when any key is past its limit, else counts. */
    failed(keys: string[]): void {
      if (keys.some((k) => counter.full(k))) throw new AppError('RATE_LIMITED');
      for (const k of keys) counter.count(k);
    },
  };
}

export const joinCodeMisses = () => failureLimit(JOIN_CODE_MISSES, 10 * 60_000);
export const loginFailures = () => failureLimit(LOGIN_FAILURES, 15 * 60_000);

/** Ceilings on new participants: per address and workshop, and per workshop. */
export function joinCeilings() {
  const perAddress = new WindowCounter(JOINS_PER_ADDRESS, 60_000);
  const perWorkshop = new WindowCounter(JOINS_PER_WORKSHOP, 60_000);
  return {
    /** Throws RATE_LIMITED when either ceiling is reached, else counts one join. */
    admit(address: string, workshopId: string): void {
      const key = `${address}|${workshopId}`;
      if (perAddress.full(key) || perWorkshop.full(workshopId)) throw new AppError('RATE_LIMITED');
      perAddress.count(key);
      perWorkshop.count(workshopId);
    },
  };
}
