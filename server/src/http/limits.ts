/**
 * HTTP rate limits (numbers in access/limits.ts). Room creation is limited per address; requests
 * that name a room are limited per room and address, so a hall full of phones behind one address
 * reloading the same room never meets a limit meant for one abusive client.
 */
import type { RefusalKey } from '@dr/shared';
import type { NextFunction, Request, Response } from 'express';
import { KeyedBuckets, type Rate } from '../access/keyedBuckets.js';
import { sendError } from './errors.js';

/** 429 with `Retry-After` (whole seconds until the bucket has refilled one action) and the reason. */
export function sendRateLimited(res: Response, rate: Rate, reason: RefusalKey): void {
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil(1 / rate.perSecond))));
  sendError(res, 429, 'rate_limited', reason);
}

/** Room creation, per client address. */
export function roomCreationLimit(rate: Rate, clock: () => number) {
  const buckets = new KeyedBuckets(rate, clock);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (buckets.take(req.ip ?? 'unknown')) return next();
    sendRateLimited(res, rate, 'rate.roomsCreated');
  };
}

/** Requests naming a room (`:roomId` in the mount path), per room and client address. */
export function roomRequestLimit(rate: Rate, clock: () => number) {
  const buckets = new KeyedBuckets(rate, clock);
  return (req: Request<{ roomId: string }>, res: Response, next: NextFunction): void => {
    if (buckets.take(`${req.params.roomId}\n${req.ip ?? 'unknown'}`)) return next();
    sendRateLimited(res, rate, 'rate.requests');
  };
}
