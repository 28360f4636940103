/**
 * Written proxies (委托): a member names another to vote for them in this meeting, from their phone,
 * or the host records a paper proxy with its reference. The national law knows written proxies for
 * village-committee elections (村民委员会组织法 art. 15: a voter away entrusts a near relative in
 * writing, and the list is published); provinces cap how many one person may carry. So the room's
 * rule `proxies` is off by default, a holder carries at most `maxProxiesPerHolder` (1–3), a proxy is
 * never passed on (no chains), never to oneself, never to a member who declared an interest in a
 * topic, and it is in force only while its principal is not present: a principal who arrives votes
 * themselves. Pure.
 */
import { own } from '../core/own.js';
import type { CommandOf } from '../model/commands.js';
import type { EventBody } from '../model/events.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules } from '../model/commandRules.js';
import type { Member, Proxy, RoomState } from '../model/state.js';
import { isPresent } from './attendance.js';
import { findCurrentMember } from './memberRules.js';

/** The proxies not revoked, in order of grant. */
export function standingProxies(state: Pick<RoomState, 'proxies'>): Proxy[] {
  return Object.values(state.proxies)
    .filter((p) => p.revokedAt === null)
    .sort((a, b) => a.grantedAt - b.grantedAt || a.id.localeCompare(b.id));
}

/** The proxy `principalId` has given and not revoked, if any (a principal gives at most one). */
export function proxyGivenBy(state: Pick<RoomState, 'proxies'>, principalId: string): Proxy | undefined {
  return standingProxies(state).find((p) => p.principalId === principalId);
}

/** The proxies `holderId` carries and that were not revoked. */
export function proxiesHeldBy(state: Pick<RoomState, 'proxies'>, holderId: string): Proxy[] {
  return standingProxies(state).filter((p) => p.holderId === holderId);
}

/**
 * The members `holderId` may vote for now: principals of proxies they carry who are current
 * members and not present. Empty when the room's rules do not allow proxies.
 */
export function principalsOf(state: RoomState, holderId: string | null): Member[] {
  if (holderId === null || !state.rules.proxies) return [];
  return proxiesHeldBy(state, holderId).flatMap((p) => {
    const principal = own(state.members, p.principalId);
    return principal && principal.removedAt === null && !isPresent(principal) ? [principal] : [];
  });
}

/** Whether a member declared an interest in any topic of the meeting not rejected. */
function interestedInMeeting(state: RoomState, memberId: string): boolean {
  return Object.values(state.items).some(
    (item) => item.status !== 'rejected' && item.interests.some((d) => d.memberId === memberId),
  );
}

/** Names a holder for a principal: the principal themselves, or the host for anyone (a paper proxy). */
export function grant({ state, actor }: RuleContext, command: CommandOf<'proxy.grant'>): Ruling {
  // Unknown ids first: a client learns nothing else about an id the room does not have.
  const principal = findCurrentMember(state, command.principalId);
  if (!principal.ok) return principal.decision;
  const holder = findCurrentMember(state, command.holderId);
  if (!holder.ok) return holder.decision;
  if (command.principalId !== actor.memberId && actor.role !== 'host') {
    return refuse('forbidden', 'role.hostForOthers');
  }
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  if (!state.rules.proxies) return refuse('conflict', 'proxy.off');
  const principalId = principal.member.id;
  const holderId = holder.member.id;
  if (principalId === holderId) return refuse('invalid', 'proxy.self');
  if (proxyGivenBy(state, principalId)) return refuse('conflict', 'proxy.givenAlready');
  // No chains (A→B→C): a holder who gave their own vote away, or a principal who carries others'.
  if (proxyGivenBy(state, holderId) || proxiesHeldBy(state, principalId).length > 0) {
    return refuse('conflict', 'proxy.chain');
  }
  const max = state.rules.maxProxiesPerHolder;
  if (proxiesHeldBy(state, holderId).length >= max) return refuse('conflict', 'proxy.holderFull', { max });
  if (interestedInMeeting(state, holderId)) return refuse('conflict', 'proxy.holderInterested');
  const proxyId = nextId(state, 'p');
  return accept(
    [{ type: 'proxy.granted', proxyId, principalId, holderId, reference: command.reference || null }],
    proxyId,
  );
}

/**
 * Takes a proxy back: its principal, its holder (who declines it) or the host. Ballots its holder cast
 * in open rounds stop counting: withdrawn in named rounds, set aside at the close in anonymous ones
 * (countedBallots.ts), so nobody learns which ballot it was.
 */
export function revoke({ state, actor }: RuleContext, command: CommandOf<'proxy.revoke'>): Ruling {
  let proxy: Proxy | undefined;
  if (command.proxyId !== undefined) {
    proxy = own(state.proxies, command.proxyId);
    if (!proxy) return refuse('not_found', 'proxy.unknown');
    if (state.phase === 'closed') return refuse('conflict', 'room.closed');
    if (proxy.revokedAt !== null) return refuse('conflict', 'proxy.revokedAlready');
  } else if (command.principalId !== undefined) {
    if (!own(state.members, command.principalId)) return refuse('not_found', 'member.unknown');
    if (state.phase === 'closed') return refuse('conflict', 'room.closed');
    proxy = proxyGivenBy(state, command.principalId);
    if (!proxy) return refuse('conflict', 'proxy.none');
  } else {
    return refuse('invalid', 'proxy.whose');
  }
  const mine = actor.memberId !== null && (proxy.principalId === actor.memberId || proxy.holderId === actor.memberId);
  if (!mine && actor.role !== 'host') return refuse('forbidden', 'role.hostForOthers');
  const events: EventBody[] = [];
  for (const round of Object.values(state.rounds)) {
    if (round.status !== 'open' || round.anonymous) continue;
    for (const [ballotId, b] of Object.entries(round.ballots)) {
      if (b.memberId === proxy.principalId && b.castBy === proxy.holderId) {
        events.push({ type: 'consensus.ballotWithdrawn', roundId: round.id, ballotId });
      }
    }
  }
  events.push({ type: 'proxy.revoked', proxyId: proxy.id });
  return accept(events);
}

/** Written proxies' commands: a member grants their own; a host console records a paper proxy for anyone. */
export const PROXY_COMMANDS = commandRules({
  'proxy.grant': { access: 'memberOrHost', rule: grant },
  'proxy.revoke': { access: 'memberOrHost', rule: revoke },
});
