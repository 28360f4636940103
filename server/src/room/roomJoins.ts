/**
 * Coming into a room: a new member joining by name through a link (rate-limited per room), a
 * council's roster member admitted to a meeting called before they joined, and a seated member's
 * arrival on first connecting. Each is a command on the room's write path (roomCommits.ts).
 */
import {
  arrival,
  decideJoin,
  LIMITS,
  own,
  protocolError,
  type EventBody,
  type Presence,
  type ProtocolError,
  type Role,
} from '@dr/shared';
import type { Logger } from 'pino';
import type { TokenBucket } from '../access/tokenBucket.js';
import { hashToken, randomToken } from '../credentials/tokens.js';
import type { Store } from '../store/store.js';
import type { RoomCluster, SharedAllowance } from './cluster.js';
import type { RoomCommits } from './roomCommits.js';

export type JoinResult = { ok: true; memberId: string; memberSecret: string } | { ok: false; error: ProtocolError };

/** What joining needs of its room. */
export interface JoinContext {
  roomId: string;
  commits: RoomCommits;
  store: Store;
  logger: Logger;
  cluster?: RoomCluster | undefined;
  /** New members by name per room, this node's allowance (a hall shares one address, so never per address). */
  joins: TokenBucket;
  rate: { burst: number; perSecond: number };
}

/** The default allowance of new members by name per room. */
export const MEMBER_JOINS = { burst: LIMITS.memberJoinBurst, perSecond: LIMITS.memberJoinsPerSecond };

/**
 * Adds a member by name through a host or participant link; returns the secret that brings them
 * back. Joins are rate-limited per room (`rate_limited`, `rate.joins`): only joins that succeed
 * use up the allowance, and the queue runs them one at a time, so checking then taking is exact.
 */
export async function join(
  room: JoinContext,
  role: Role,
  name: string | undefined,
  presence: Presence | undefined,
): Promise<JoinResult> {
  const memberSecret = randomToken();
  let memberId = '';
  // With other nodes the allowance is the room's, in Redis: taken before, given back if refused.
  // While Redis is unreachable, this node's own allowance stands in for it.
  const shared = await takeSharedJoin(room);
  if (shared === 'refused') return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
  let tookAllowance = shared !== null;
  const result = await room.commits.submit(
    null,
    (state) => {
      // Only a join that would succeed uses up the allowance, once, even if the batch is decided again.
      if (!tookAllowance && !room.joins.peek())
        return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
      const decision = decideJoin(state, { role, name, presence });
      if (!decision.ok) return decision;
      if (!tookAllowance) tookAllowance = room.joins.take();
      memberId = decision.id ?? '';
      return decision;
    },
    {
      // The secret is stored before the member exists, so an acknowledged member can always come back.
      beforeAppend: () => room.store.saveMemberSecret(room.roomId, memberId, hashToken(memberSecret)),
    },
  );
  if (!result.ok) {
    if (shared) void shared.giveBack(room.roomId, room.rate.burst, room.rate.perSecond).catch(() => undefined);
    return result;
  }
  return { ok: true, memberId, memberSecret };
}

/** A join from the cluster's allowance: the allowance it came from, `refused`, or null (none, or Redis away). */
async function takeSharedJoin(room: JoinContext): Promise<SharedAllowance | 'refused' | null> {
  const shared = room.cluster?.joins;
  if (!shared) return null;
  try {
    return (await shared.take(room.roomId, room.rate.burst, room.rate.perSecond)) ? shared : 'refused';
  } catch (error) {
    room.logger.warn({ err: error, roomId: room.roomId }, 'shared join allowance unreachable; using this node’s');
    return null;
  }
}

/**
 * A council's roster member who joined after this meeting was called enters it under their council
 * id, with the secret they already hold, in the seat the council gives them (`seatOf`, issue 18); a
 * member the room has already is left as is.
 */
export async function admitRosterMember(
  room: JoinContext,
  seat: Extract<EventBody, { type: 'member.joined' }>,
  secretHash: string,
): Promise<void> {
  const { memberId } = seat;
  await room.commits.submit(
    null,
    (state) =>
      // Already here (an earlier call, another node): nothing to add; the refusal is not sent anywhere.
      own(state.members, memberId)
        ? { ok: false, error: protocolError('conflict', 'member.unknown') }
        : state.phase === 'closed'
          ? { ok: false, error: protocolError('conflict', 'room.closed') }
          : { ok: true, events: [seat] },
    { beforeAppend: () => room.store.saveMemberSecret(room.roomId, memberId, secretHash) },
  );
}

/**
 * A member seated in advance (a council's roster) connects for the first time: their arrival is
 * committed like any event (stored, broadcast, seen by other nodes). Decided on the room's latest
 * state, so a second connection, here or on another node, records nothing more.
 */
export async function arrive(room: JoinContext, memberId: string, presence: Presence | undefined): Promise<void> {
  if (own(room.commits.current.members, memberId)?.arrivedAt !== null) return;
  await room.commits.submit(memberId, (state) => {
    const events = arrival(state, memberId).map((e) => ({ ...e, presence: presence ?? e.presence }));
    // Already arrived (another connection, another node): nothing to record; the refusal goes nowhere.
    return events.length > 0 ? { ok: true, events } : { ok: false, error: protocolError('conflict', 'member.unknown') };
  });
}
