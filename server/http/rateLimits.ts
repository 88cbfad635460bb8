import type { NextFunction, Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from './errors.ts';

const limited = (_req: Request, _res: Response, next: NextFunction) => next(new AppError('RATE_LIMITED'));

/**
 * Wrong join codes: a conference hall shares one address behind its Wi-Fi, so the limit is
 * generous (typos from a full hall must not lock it out), yet 300 misses per 10 minutes
 * still makes guessing one of ~10^12 codes hopeless.
 */
export const JOIN_CODE_MISSES = 300;

export const joinCodeLimiter = () =>
  rateLimit({
    windowMs: 10 * 60_000,
    limit: JOIN_CODE_MISSES,
    skipSuccessfulRequests: true,
    // No RateLimit headers: every phone in a hall would download them on each join.
    standardHeaders: false,
    legacyHeaders: false,
    handler: limited,
  });

/** Failed logins and setup attempts per address. */
export const loginLimiter = () =>
  rateLimit({
    windowMs: 15 * 60_000,
    limit: 10,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: limited,
  });
