/** Host-only HTTP endpoints take the host token as `Authorization: Bearer <token>`. */
import type { NextFunction, Request, Response } from 'express';
import { tokenMatches } from '../security/tokens.js';
import type { RoomRecord, Store } from '../store/store.js';
import { sendError } from './errors.js';

export interface HostRequestLocals {
  room: RoomRecord;
  hostToken: string;
}

/** 404 for an unknown room, 401 without a bearer token, 403 when the token is not the host's. */
export function requireHost(store: Store) {
  return async (req: Request<{ roomId: string }>, res: Response, next: NextFunction): Promise<void> => {
    const room = await store.getRoom(req.params.roomId);
    if (!room) return sendError(res, 404, 'not_found', 'No such room.');
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'unauthorized', 'This needs the host link’s token (Authorization: Bearer …).');
    }
    if (!tokenMatches(match[1]!, room.tokenHashes.host)) {
      return sendError(res, 403, 'forbidden', 'Only the host can do that.');
    }
    const locals: HostRequestLocals = { room, hostToken: match[1]! };
    Object.assign(res.locals, locals);
    next();
  };
}
