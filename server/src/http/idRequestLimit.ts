/**
 * Requests naming a council or an office, per that id and client address: the same rule and numbers
 * as requests naming a room (`roomRequestLimit`), for the doors of issue 18.
 */
import type { NextFunction, Request, Response } from 'express';
import { KeyedBuckets, type Rate } from '../access/keyedBuckets.js';
import { sendRateLimited } from './limits.js';

export function idRequestLimit(param: string, rate: Rate, clock: () => number) {
  const buckets = new KeyedBuckets(rate, clock);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (buckets.take(`${String(req.params[param])}\n${req.ip ?? 'unknown'}`)) return next();
    sendRateLimited(res, rate, 'rate.requests');
  };
}
