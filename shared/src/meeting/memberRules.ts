/**
 * Rules about members (`member.*`): who is a member now, finding a member to act on, the cap on
 * members per room, the host adding someone in the room, presence and groups, and the host removing
 * or merging members. A removed member stays in the record (their turns, facts, supports,
 * decisions they owned), but is no longer a member: they cannot act, vote, be raised or own an
 * action item, and their member secret no longer lets them back in.
 */
import type { CommandOf } from '../model/commands.js';
import type { EventBody } from '../model/events.js';
import { own } from '../core/own.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { memberNamed } from './sameName.js';
import type { Member, RoomState } from '../model/state.js';
import { LIMITS } from '../core/limits.js';
import { commandRules } from '../model/commandRules.js';
import { removeIdle } from './idleMembers.js';

export type FoundMember = { ok: true; member: Member } | { ok: false; decision: Ruling };

/** A member who may be acted on: `not_found` for an id the room does not have, `conflict` once removed. */
export function findCurrentMember(state: RoomState, memberId: string): FoundMember {
  const member = own(state.members, memberId);
  if (!member) return { ok: false, decision: refuse('not_found', 'member.unknown') };
  if (member.removedAt !== null) return { ok: false, decision: refuse('conflict', 'member.removed') };
  return { ok: true, member };
}

/** Whether `memberId` is a member of the room now (joined, not removed). */
export function isCurrentMember(state: RoomState, memberId: string | null): boolean {
  if (memberId === null) return false;
  const member = own(state.members, memberId);
  return member !== undefined && member.removedAt === null;
}

/**
 * A room holds at most `LIMITS.members` current members (joined by link or added by the host), so
 * a leaked link cannot fill a room without bound; removing members makes room again.
 */
export function roomFull(state: RoomState): Ruling | null {
  const current = Object.values(state.members).filter((m) => m.removedAt === null).length;
  return current >= LIMITS.members ? refuse('conflict', 'room.full', { max: LIMITS.members }) : null;
}

/**
 * The host removes a member: their hand is lowered, their turn (if they have the floor) ends, their
 * ballots in open named rounds are withdrawn (anonymous ones set them aside as they close), and then they are marked removed. Nobody removes themselves.
 */
export function remove({ state, actor }: RuleContext, command: CommandOf<'member.remove'>): Ruling {
  const found = findCurrentMember(state, command.memberId);
  if (!found.ok) {
    const removed = own(state.members, command.memberId)?.removedAt != null;
    return removed ? refuse('conflict', 'member.removedAlready') : found.decision;
  }
  const { id: memberId } = found.member;
  if (memberId === actor.memberId) return refuse('conflict', 'member.removeSelf');
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const events: EventBody[] = [];
  if (state.queue.some((e) => e.memberId === memberId)) events.push({ type: 'queue.lowered', memberId });
  if (state.speaker?.memberId === memberId) events.push({ type: 'speaker.ended', memberId });
  // Anonymous rounds keep the ballot until they close, and their count sets it aside
  // (consensus/countedBallots.ts): a withdrawal beside `member.removed` would name its member.
  for (const round of Object.values(state.rounds)) {
    if (round.status !== 'open' || round.anonymous) continue;
    for (const [ballotId, ballot] of Object.entries(round.ballots)) {
      if (ballot.memberId === memberId) events.push({ type: 'consensus.ballotWithdrawn', roundId: round.id, ballotId });
    }
  }
  events.push({ type: 'member.removed', memberId });
  return accept(events);
}

/**
 * The host merges two memberships of one person (`memberId` into `intoMemberId`). In each open
 * round one ballot survives, the later one (the earlier is withdrawn); a second raised hand is
 * lowered; then `member.merged` moves the rest (mergeFold.ts) and removes `memberId`, whose
 * connections close. Not the membership the host is using, not after the meeting closed.
 */
export function merge({ state, actor }: RuleContext, command: CommandOf<'member.merge'>): Ruling {
  const from = findCurrentMember(state, command.memberId);
  if (!from.ok) return from.decision;
  const into = findCurrentMember(state, command.intoMemberId);
  if (!into.ok) return into.decision;
  const fromId = from.member.id;
  const intoId = into.member.id;
  if (fromId === intoId) return refuse('invalid', 'member.mergeSame');
  if (fromId === actor.memberId) return refuse('conflict', 'member.mergeSelf');
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const events: EventBody[] = [];
  for (const round of Object.values(state.rounds)) {
    // As in `remove`: an anonymous round's count keeps the later ballot when it closes.
    if (round.status !== 'open' || round.anonymous) continue;
    const mine = Object.entries(round.ballots).filter(([, b]) => b.memberId === fromId || b.memberId === intoId);
    if (mine.length < 2) continue;
    // The latest survives; on a tie, the one of the membership kept.
    const [keep] = [...mine].sort(([, a], [, b]) => b.at - a.at || (a.memberId === intoId ? -1 : 1));
    for (const [ballotId] of mine) {
      if (ballotId !== keep![0]) events.push({ type: 'consensus.ballotWithdrawn', roundId: round.id, ballotId });
    }
  }
  const raised = (id: string) => state.queue.some((e) => e.memberId === id) || state.speaker?.memberId === id;
  if (state.queue.some((e) => e.memberId === fromId) && raised(intoId)) {
    events.push({ type: 'queue.lowered', memberId: fromId });
  }
  events.push({ type: 'member.merged', memberId: fromId, intoMemberId: intoId });
  return accept(events);
}

/** The host decides that a member flagged for a same name is another person: the alert ends. */
export function keepBoth({ state }: RuleContext, command: CommandOf<'member.keepBoth'>): Ruling {
  const found = findCurrentMember(state, command.memberId);
  if (!found.ok) return found.decision;
  if (found.member.sameNameAs === null) return refuse('conflict', 'member.noNameAlert');
  return accept([{ type: 'member.keptBoth', memberId: found.member.id }]);
}

/** The host adds someone in the room without a phone (a proxy member), as a participant present in the room. */
export function addInRoom({ state }: RuleContext, command: CommandOf<'member.addInRoom'>): Ruling {
  const full = roomFull(state);
  if (full) return full;
  const memberId = nextId(state, 'm');
  const group = command.group || null;
  return accept(
    [
      {
        type: 'member.joined',
        memberId,
        name: command.name,
        role: 'participant',
        presence: 'in_room',
        group,
        proxy: true,
        sameNameAs: memberNamed(state, command.name)?.id ?? null,
        ...(command.household ? { household: command.household } : {}),
      },
    ],
    memberId,
  );
}

/** A member's own presence, or the host's say for anyone; the same presence again is refused (nothing to record). */
export function setPresence({ state, actor }: RuleContext, command: CommandOf<'member.setPresence'>): Ruling {
  const memberId = command.memberId ?? actor.memberId;
  if (!memberId) return refuse('invalid', 'member.namePresence');
  if (memberId !== actor.memberId && actor.role !== 'host') return refuse('forbidden', 'role.hostForOthers');
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const found = findCurrentMember(state, memberId);
  if (!found.ok) return found.decision;
  if (found.member.presence === command.presence) return refuse('conflict', 'member.samePresence');
  // Turns alternate between the room and remote by presence (queue/queuePolicy.ts): a member who
  // waits for the floor, or has it, does not change sides to move up. The host may, for anyone.
  const inPlay = state.speaker?.memberId === memberId || state.queue.some((entry) => entry.memberId === memberId);
  if (inPlay && actor.role !== 'host') return refuse('conflict', 'member.presenceInQueue');
  return accept([{ type: 'member.presenceSet', memberId, presence: command.presence }]);
}

export function setGroup({ state, actor }: RuleContext, command: CommandOf<'member.setGroup'>): Ruling {
  const memberId = command.memberId ?? actor.memberId;
  if (!memberId) return refuse('invalid', 'member.nameWhose');
  if (memberId !== actor.memberId && actor.role !== 'host') return refuse('forbidden', 'role.hostSetsGroup');
  const found = findCurrentMember(state, memberId);
  if (!found.ok) return found.decision;
  return accept([{ type: 'member.groupSet', memberId, group: command.group || null }]);
}

/** The member commands (`member.*`): who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
/** The host sets or clears (null, '') a member's household. */
export function setHousehold({ state }: RuleContext, command: CommandOf<'member.setHousehold'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const found = findCurrentMember(state, command.memberId);
  if (!found.ok) return found.decision;
  return accept([{ type: 'member.householdSet', memberId: found.member.id, household: command.household || null }]);
}

export const MEMBER_COMMANDS = commandRules({
  'member.addInRoom': { access: 'host', rule: addInRoom },
  'member.remove': { access: 'host', rule: remove },
  'member.removeIdle': { access: 'host', rule: removeIdle },
  'member.merge': { access: 'host', rule: merge },
  'member.keepBoth': { access: 'host', rule: keepBoth },
  'member.setGroup': { access: 'memberOrHost', rule: setGroup },
  'member.setPresence': { access: 'memberOrHost', rule: setPresence },
  'member.setHousehold': { access: 'host', rule: setHousehold },
});
