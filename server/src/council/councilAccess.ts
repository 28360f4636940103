/**
 * Who is knocking at a council's door: the council token in `Authorization: Bearer` gives a role
 * (host, member, observer, supervisor; judged at the door, http/councilDoors.ts), and a member id with
 * its secret proves which roster member the holder is. Tokens and secrets are compared by hash in
 * constant time; nothing else opens a council.
 */
import type { Request } from 'express';
import { COUNCIL_ROLES, type CouncilActor, type CouncilRole, type CouncilState } from '@dr/shared/council';
import { own } from '@dr/shared';
import { unseal } from '../credentials/roomLinks.js';
import { tokenMatches } from '../credentials/tokens.js';
import { councilStream } from '../store/streams.js';

/** The bearer token of a request, or null. */
export function bearerToken(req: Request): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? null;
}

/** The role `token` gives in `council`, or null. */
export function councilRoleOf(council: CouncilState, token: string): CouncilRole | null {
  return COUNCIL_ROLES.find((role) => tokenMatches(token, council.credentials.tokenHashes[role])) ?? null;
}

/** Whether `memberId` is on the roster and `secret` is theirs. */
export function provesMember(council: CouncilState, memberId: string, secret: string): boolean {
  const member = own(council.members, memberId);
  return member !== undefined && tokenMatches(secret, member.secretHash);
}

export type ActorResult = { ok: true; actor: CouncilActor } | { ok: false; reason: 'council.rejoin' };

/** The actor of a request its door admitted as `role`: that role, and its member if it proves one. */
export function councilActor(
  council: CouncilState,
  role: CouncilRole,
  member?: { memberId?: string | undefined; memberSecret?: string | undefined },
): ActorResult {
  if (!member?.memberId && !member?.memberSecret) return { ok: true, actor: { role, memberId: null } };
  if (!member.memberId || !member.memberSecret || !provesMember(council, member.memberId, member.memberSecret)) {
    return { ok: false, reason: 'council.rejoin' };
  }
  // An observer link never acts, whoever holds it.
  return { ok: true, actor: { role, memberId: role === 'observer' ? null : member.memberId } };
}

/**
 * The token that opens the council's meetings as a participant for the holder of `token` (of
 * `role`): the member link's own; for the supervisor link and the host, the member token unsealed
 * with theirs; null for an observer (or a token that unseals nothing).
 */
export function meetingTokenFor(council: CouncilState, role: CouncilRole, token: string): string | null {
  const { councilId, credentials } = council;
  if (role === 'member') return token;
  if (role === 'supervisor')
    return unseal<{ member: string }>(councilStream(councilId), token, credentials.sealedForSupervisor)?.member ?? null;
  if (role === 'host')
    return unseal<{ member: string }>(councilStream(councilId), token, credentials.sealedLinks)?.member ?? null;
  return null;
}
