/**
 * Coming into a room: a new member joining by name through a link (the room's allowance, shared
 * fairly between devices: joinQueue.ts), a
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
import { hashToken, randomToken } from '../credentials/tokens.js';
import type { Store } from '../store/store.js';
import type { RoomCluster, SharedAllowance } from './cluster.js';
import type { JoinQueue, JoinSource } from './joinQueue.js';
import type { RoomCommits } from './roomCommits.js';

/**
 * A join's outcome: the new member and their secret; or a refusal; or, while the host has locked
 * joining, the refusal `access.waitingForHost` with `waiting`: the id the host lets them in under and
 * the secret that admits them then (meeting/joining.ts).
 */
export type JoinResult =
  | { ok: true; memberId: string; memberSecret: string }
  | { ok: false; error: ProtocolError; waiting?: { memberId: string; memberSecret: string } };

/** What joining needs of its room. */
export interface JoinContext {
  roomId: string;
  commits: RoomCommits;
  store: Store;
  logger: Logger;
  cluster?: RoomCluster | undefined;
  /** New members by name, this node's allowance for the room, shared fairly between sources (joinQueue.ts). */
  queue: JoinQueue;
  rate: { burst: number; perSecond: number };
}

/** The default allowance of new members by name per room. */
export const MEMBER_JOINS = { burst: LIMITS.memberJoinBurst, perSecond: LIMITS.memberJoinsPerSecond };

/** How the room's join queue waits and caps (joinQueue.ts). */
export const JOIN_QUEUE = {
  maxWaitMs: LIMITS.joinWaitMs,
  perDevice: LIMITS.membersPerDevice,
  maxWaiting: LIMITS.members,
};

/**
 * Adds a member by name through a host or participant link; returns the secret that brings them
 * back. The room's allowance is shared between sources (`from`: a device pass, else the address): a
 * join waits its turn (`rate_limited`, `rate.joins` after `LIMITS.joinWaitMs`), and a device adds
 * at most `LIMITS.membersPerDevice` members (`rate_limited`, `rate.deviceJoins`). Only joins that
 * succeed use up the allowance.
 */
export async function join(
  room: JoinContext,
  role: Role,
  name: string | undefined,
  presence: Presence | undefined,
  from: JoinSource,
): Promise<JoinResult> {
  // A device's members so far come from the store, so its cap holds across restarts and nodes.
  const device = from.device ? hashToken(from.key) : undefined;
  const fromDevice = device === undefined ? 0 : await room.store.membersFromDevice(room.roomId, device);
  const turn = await room.queue.turn(from, fromDevice);
  if (turn === 'deviceFull')
    return { ok: false, error: protocolError('rate_limited', 'rate.deviceJoins', { max: LIMITS.membersPerDevice }) };
  if (typeof turn === 'string') return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
  const memberSecret = randomToken();
  let memberId = '';
  // With other nodes the allowance is the room's, in Redis: taken before, given back if refused.
  // While Redis is unreachable, this node's own allowance stands in for it.
  const shared = await takeSharedJoin(room);
  if (shared === 'refused') {
    turn.done(false);
    return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
  }
  const result = await room.commits
    .submit(
      null,
      (state) => {
        const decision = decideJoin(state, { role, name, presence });
        memberId = decision.ok ? (decision.id ?? '') : '';
        return decision;
      },
      {
        // The secret is stored before the member exists, so an acknowledged member can always come back.
        beforeAppend: () => room.store.saveMemberSecret(room.roomId, memberId, hashToken(memberSecret), device),
      },
    )
    .catch((error: unknown) => {
      turn.done(false);
      throw error;
    });
  turn.done(result.ok);
  if (!result.ok) {
    if (shared) void shared.giveBack(room.roomId, room.rate.burst, room.rate.perSecond).catch(() => undefined);
    return result;
  }
  if (own(room.commits.current.joining.waiting, memberId)) {
    const error = protocolError('forbidden', 'access.waitingForHost');
    return { ok: false, error, waiting: { memberId, memberSecret } };
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
