/** The meeting's commands (定主事 · 定会纪): phases, rules, attendance, members, households and proxies. */
import { z } from 'zod';
import { nameText, optionalNameText } from '../core/names.js';
import {
  DecisionRule,
  EligibleUnit,
  MajorityBase,
  Presence,
  QueuePolicy,
  Quorum,
  QuorumBase,
  RoomPhase,
  RulePreset,
} from '../core/vocabulary.js';
import { LIMITS } from '../core/limits.js';
import { command, eligible, id } from './commandSchema.js';

// Room and rules (定主事 · 定会纪)
export const RoomSetPhase = command('room.setPhase', { phase: RoomPhase });
export const RulesSet = command('rules.set', {
  speakingLimitSec: z.number().int().min(10).max(3600).nullable().optional(),
  queuePolicy: QueuePolicy.optional(),
  maxTurnsPerItem: z.number().int().min(1).max(50).nullable().optional(),
  pointsOfOrder: z.boolean().optional(),
  decisionRule: DecisionRule.optional(),
  /** People or households entitled to take part; null clears it (a share quorum needs it). */
  eligibleCount: z
    .union([eligible, z.strictObject({ count: eligible, unit: EligibleUnit })])
    .nullable()
    .optional(),
  /** `null`, `{ count }` or `{ share, moreThan? }`: see `Quorum` in core/vocabulary.ts. */
  quorum: Quorum.nullable().optional(),
  interestedMayVote: z.boolean().optional(),
  /** Written proxies (委托) allowed in this meeting; off by default. */
  proxies: z.boolean().optional(),
  /** The proxies one holder may carry, 1 to 3. */
  maxProxiesPerHolder: z.number().int().min(1).max(3).optional(),
  /** Whether `eligibleCount` counts people or households (户); `eligibleCount: { count, unit }` sets both. */
  eligibleUnit: EligibleUnit.optional(),
  /** What the quorum counts: `responses` (the round's) or the people `present` (村民委员会组织法 art. 22, 26). */
  quorumOf: QuorumBase.optional(),
  /** What the rule's share is of: `responses`, the people `present`, or all `eligible` (农村土地承包法 art. 19). */
  majorityOf: MajorityBase.optional(),
  /**
   * A body's legal rules (meeting/presets.ts): sets the quorum, the rule and their denominators as
   * the law gives them; a rule sent beside it that the preset fixes must agree with it.
   */
  preset: RulePreset.optional(),
});

// Attendance (签到 · 清点人数): who is present, apart from who responds
/** The host's count of people in the hall who have no entry in the room (no phone, not registered). */
export const AttendanceSetHeadcount = command('attendance.setHeadcount', {
  count: z.number().int().min(0).max(LIMITS.headcount),
});
/** The host marks that a member has left the meeting (a phone that closes has not left). */
export const AttendanceMarkDeparted = command('attendance.markDeparted', { memberId: id });
/** The host marks that a member who left is back. */
export const AttendanceMarkReturned = command('attendance.markReturned', { memberId: id });

// Members
export const MemberAddInRoom = command('member.addInRoom', {
  name: nameText(LIMITS.name),
  group: optionalNameText(LIMITS.group).optional(),
  household: optionalNameText(LIMITS.household).optional(),
});
/** The host sets a member's household (户), or clears it with null or ''. */
export const MemberSetHousehold = command('member.setHousehold', {
  memberId: id,
  household: optionalNameText(LIMITS.household).nullable(),
});

// Written proxies (委托)
/**
 * `principalId` names `holderId` to vote for them in this meeting: the principal from their phone,
 * or the host recording a paper proxy with its `reference`.
 */
export const ProxyGrant = command('proxy.grant', {
  principalId: id,
  holderId: id,
  reference: optionalNameText(LIMITS.proxyReference).optional(),
});
/** Takes a proxy back: the one in force for `principalId`, or the proxy `proxyId`. */
export const ProxyRevoke = command('proxy.revoke', { principalId: id.optional(), proxyId: id.optional() });
/** The host takes someone out of the meeting (a mistaken or unwanted join); the record keeps them. */
export const MemberRemove = command('member.remove', { memberId: id });
/**
 * The host removes, at once, the members who joined by a link between `joinedFrom` and `joinedTo`
 * (server ms, both included) and never took part (not present: a flood of names, issue 30).
 */
export const MemberRemoveIdle = command('member.removeIdle', {
  joinedFrom: z.number().int().nonnegative(),
  joinedTo: z.number().int().nonnegative(),
});
/** The host locks joining by name (only the roster and those the host lets in), or opens it again. */
export const JoiningLock = command('joining.lock', { locked: z.boolean() });
/** The host lets in a name waiting while joining is locked. */
export const JoiningAdmit = command('joining.admit', { waitingId: id });
/** The host turns away a name waiting while joining is locked. */
export const JoiningTurnAway = command('joining.turnAway', { waitingId: id });
/** The host merges two memberships of one person (one person, one voice): `memberId` goes into `intoMemberId`. */
export const MemberMerge = command('member.merge', { memberId: id, intoMemberId: id });
/** The host says two members with the same name are two people. */
export const MemberKeepBoth = command('member.keepBoth', { memberId: id });
export const MemberSetGroup = command('member.setGroup', {
  memberId: id.optional(),
  group: optionalNameText(LIMITS.group).nullable(),
});
/**
 * Where a member takes part from now on: in the room, or remote (a member who walks into the hall
 * after joining from home, a council member whose seat said remote). Their own, or the host's for anyone.
 */
export const MemberSetPresence = command('member.setPresence', { memberId: id.optional(), presence: Presence });
