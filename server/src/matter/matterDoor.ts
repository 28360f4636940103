/**
 * A matter's door: the token of one of the councils it involves, judged like a council's door (the
 * access gate with its guess limit, counted once against the matter's stream), never in a handler.
 * Reading it takes any link of a council holding one of its steps or where it was created (an
 * observer link too, and the token of an office overseeing one of them); recording a step takes the
 * host link of an involved council, and the rule (shared/src/matter/matterRules.ts) refuses any but
 * the one holding the open step (`matter.notHolder`), after a retried request was answered. 404 for
 * an unknown matter; 401 without a token; 403 for a token that opens none of them
 * (`access.badLink`) or is not a host link (`role.hostOnly`).
 */
import type { CouncilRole } from '@dr/shared/council';
import { MatterParams, type MatterState } from '@dr/shared/matter';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken } from '../council/councilAccess.js';
import type { CouncilDoor } from '../http/councilDoors.js';
import { sendError, sendUnauthorized } from '../http/errors.js';
import { sendRateLimited } from '../http/limits.js';
import { matterStream } from '../store/streams.js';
import type { MatterBook } from './matterBook.js';

export interface MatterDoor extends CouncilDoor {
  matters: MatterBook;
}

/** What the door leaves for the handler (`matterAt(res)`): the matter, and which council's link came with which role. */
export interface MatterAt {
  matter: MatterState;
  councilId: string;
  role: CouncilRole;
}

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<void>;

/** The councils a matter involves: where it was created, then each step's, once each. */
export function involvedCouncils(matter: Pick<MatterState, 'councilId' | 'steps'>): string[] {
  return [...new Set([matter.councilId, ...matter.steps.map((s) => s.councilId)])];
}

/** `reader`: any link of an involved council; `holder`: the host link of one (the rule checks it holds the open step). */
export function requireMatter(door: MatterDoor, who: 'reader' | 'holder'): Handler {
  return async (req, res, next) => {
    const params = MatterParams.safeParse(req.params);
    const matter = params.success ? await door.matters.load(params.data.matterId) : null;
    if (!matter) return sendError(res, 404, 'not_found', 'matter.unknown');
    const token = bearerToken(req);
    if (!token) return sendUnauthorized(res, who === 'holder' ? 'access.hostLinkNeeded' : 'council.linkNeeded');
    const councilIds = involvedCouncils(matter);
    const hashes: Record<string, string> = {};
    for (const councilId of councilIds) {
      const council = await door.book.load(councilId);
      if (!council) continue;
      for (const [role, hash] of Object.entries(council.credentials.tokenHashes)) hashes[`${councilId} ${role}`] = hash;
      const office = council.officeId ? await door.offices.load(council.officeId) : null;
      if (office) hashes[`${councilId} office`] = office.tokenHash;
    }
    const admission = door.gate.admitToken(req.ip ?? 'unknown', matterStream(matter.matterId), hashes, token);
    if (!admission.ok) {
      if (admission.refusal === 'rate_limited') return sendRateLimited(res, door.guessRate, 'access.tooManyGuesses');
      return sendError(res, 403, 'forbidden', 'access.badLink');
    }
    const [councilId, key] = admission.role.split(' ') as [string, CouncilRole | 'office'];
    const role: CouncilRole = key === 'office' ? 'observer' : key;
    if (who === 'holder' && role !== 'host') return sendError(res, 403, 'forbidden', 'role.hostOnly');
    const at: MatterAt = { matter, councilId, role };
    Object.assign(res.locals, at);
    next();
  };
}

export function matterAt(res: Response): MatterAt {
  return res.locals as MatterAt;
}
