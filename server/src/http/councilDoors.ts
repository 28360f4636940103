/**
 * The doors of councils and offices, like a room's host door (hostAuth.ts): the link's token in
 * `Authorization: Bearer`, judged by the access gate (`AccessGate.admitToken`, with the guess limit),
 * never in a handler. 404 for an unknown council or office; 401 with `WWW-Authenticate: Bearer`
 * without a token; 403 for a token that opens nothing (`access.badLink`, an office's
 * `office.badToken`) or another role's (`role.hostOnly`); 429 while the address is slowed.
 */
import { CouncilParams, OfficeParams, type CouncilRole, type CouncilState, type OfficeState } from '@dr/shared/council';
import type { NextFunction, Request, Response } from 'express';
import type { AccessGate, TokenAdmission } from '../access/accessGate.js';
import type { Rate } from '../access/keyedBuckets.js';
import { bearerToken } from '../council/councilAccess.js';
import type { CouncilBook } from '../council/councilBook.js';
import type { OfficeBook } from '../council/officeBook.js';
import { councilStream, officeStream } from '../store/streams.js';
import { sendError, sendUnauthorized } from './errors.js';
import { sendRateLimited } from './limits.js';

export interface CouncilDoor {
  book: CouncilBook;
  offices: OfficeBook;
  gate: AccessGate;
  /** The guess limit, for `Retry-After`. */
  guessRate: Rate;
}

/** What a council door leaves for the handler (`councilAt(res)`); `role` and `token` null on an open door. */
export interface CouncilAt {
  council: CouncilState;
  role: CouncilRole | null;
  token: string | null;
}

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<void>;

/** The council's door for holders of one of `roles` (any role when none is named). */
export function requireCouncil(door: CouncilDoor, ...roles: CouncilRole[]): Handler {
  return councilDoor(door, roles, false);
}

/** A council anyone may read; a token, when one comes, must open it (`role` says which link it is). */
export function openCouncil(door: CouncilDoor): Handler {
  return councilDoor(door, [], true);
}

export function councilAt(res: Response): CouncilAt {
  return res.locals as CouncilAt;
}

function councilDoor(door: CouncilDoor, roles: readonly CouncilRole[], open: boolean): Handler {
  const hostOnly = roles.length === 1 && roles[0] === 'host';
  return async (req, res, next) => {
    const params = CouncilParams.safeParse(req.params);
    const council = params.success ? await door.book.load(params.data.councilId) : null;
    if (!council) return sendError(res, 404, 'not_found', 'council.unknown');
    const token = bearerToken(req);
    if (!token && open) return void (Object.assign(res.locals, { council, role: null, token: null }), next());
    if (!token) return sendUnauthorized(res, hostOnly ? 'access.hostLinkNeeded' : 'council.linkNeeded');
    const admission = await admitToCouncil(door, req.ip ?? 'unknown', council, token);
    if (!admitted(admission, door, res, 'access.badLink')) return;
    if (roles.length > 0 && !roles.includes(admission.role))
      return sendError(res, 403, 'forbidden', hostOnly ? 'role.hostOnly' : 'access.badLink');
    const at: CouncilAt = { council, role: admission.role, token };
    Object.assign(res.locals, at);
    next();
  };
}

/**
 * Which of the council's links `token` is, through the access gate. The token of the office that
 * oversees the council opens it as an observer: the office's page links each of its councils.
 */
export async function admitToCouncil(
  door: CouncilDoor,
  address: string,
  council: CouncilState,
  token: string,
): Promise<TokenAdmission<CouncilRole>> {
  const office = council.officeId ? await door.offices.load(council.officeId) : null;
  const hashes: Record<CouncilRole | 'office', string> = {
    ...council.credentials.tokenHashes,
    office: office?.tokenHash ?? '',
  };
  const admission = door.gate.admitToken(address, councilStream(council.councilId), hashes, token);
  return admission.ok && admission.role === 'office'
    ? { ok: true, role: 'observer' }
    : (admission as TokenAdmission<CouncilRole>);
}

/** The office's door, for its token: the office is then `officeAt(res)`. */
export function requireOffice(door: CouncilDoor): Handler {
  return async (req, res, next) => {
    const params = OfficeParams.safeParse(req.params);
    const office = params.success ? await door.offices.load(params.data.officeId) : null;
    if (!office) return sendError(res, 404, 'not_found', 'office.unknown');
    if (!bearerToken(req)) return sendUnauthorized(res, 'council.linkNeeded');
    if (!admitsToOffice(door, req, res, office)) return;
    res.locals.office = office;
    next();
  };
}

export function officeAt(res: Response): OfficeState {
  return res.locals.office as OfficeState;
}

/** Whether the request's token is the office's; else the refusal is sent (403 `office.badToken` without one too). */
export function admitsToOffice(door: CouncilDoor, req: Request, res: Response, office: OfficeState): boolean {
  const token = bearerToken(req) ?? '';
  const stream = officeStream(office.officeId);
  const admission = door.gate.admitToken(req.ip ?? 'unknown', stream, { office: office.tokenHash }, token);
  return admitted(admission, door, res, 'office.badToken');
}

function admitted<R extends string>(
  admission: TokenAdmission<R>,
  door: CouncilDoor,
  res: Response,
  badToken: 'access.badLink' | 'office.badToken',
): admission is { ok: true; role: R } {
  if (admission.ok) return true;
  if (admission.refusal === 'rate_limited') sendRateLimited(res, door.guessRate, 'access.tooManyGuesses');
  else sendError(res, 403, 'forbidden', badToken);
  return false;
}
