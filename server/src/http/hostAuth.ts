/**
 * The host's HTTP door: host-only endpoints take the host link's token as
 * `Authorization: Bearer <token>`, judged by the one access policy (access/accessGate.ts) like the
 * socket and draft doors, so a join code or a replaced token means here what it means there.
 */
import { RoomParams, type Role } from '@dr/shared';
import type { NextFunction, Request, Response } from 'express';
import type { AccessGate } from '../access/accessGate.js';
import type { Rate } from '../access/keyedBuckets.js';
import type { RoomRecord, Store } from '../store/store.js';
import { sendError, sendUnauthorized } from './errors.js';
import { sendRateLimited } from './limits.js';

export interface HostRequestLocals {
  room: RoomRecord;
  hostToken: string;
}

export interface HostDoor {
  store: Store;
  gate: AccessGate;
  /** The guess limit, for `Retry-After` when a join code is presented from a slowed address. */
  guessRate: Rate;
}

/**
 * 404 for an unknown room, 401 without a bearer token, 403 `access.badLink` for a token that opens
 * nothing, 403 `role.hostOnly` for another role's, 429 while this address is slowed for guessing.
 */
export function requireHost(door: HostDoor) {
  return requireRoomRole(door, 'host');
}

/**
 * The same door for holders of one of `roles` (the archive: host and observer links); another
 * role's token is refused 403 `role.hostOnly` when only the host may pass, `access.badLink` otherwise.
 */
export function requireRoomRole({ store, gate, guessRate }: HostDoor, ...roles: Role[]) {
  const hostOnly = roles.length === 1 && roles[0] === 'host';
  return async (req: Request<{ roomId: string }>, res: Response, next: NextFunction): Promise<void> => {
    const params = RoomParams.safeParse(req.params);
    const room = params.success ? await store.getRoom(params.data.roomId) : null;
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) return sendUnauthorized(res, 'access.hostLinkNeeded');
    const admission = await gate.admit(req.ip ?? 'unknown', room, match[1]!);
    if (!admission.ok) {
      if (admission.refusal === 'rate_limited') return sendRateLimited(res, guessRate, 'access.tooManyGuesses');
      return sendError(res, 403, 'forbidden', 'access.badLink');
    }
    if (!roles.includes(admission.access.role))
      return sendError(res, 403, 'forbidden', hostOnly ? 'role.hostOnly' : 'access.badLink');
    const locals: HostRequestLocals = { room, hostToken: match[1]! };
    Object.assign(res.locals, locals);
    next();
  };
}
