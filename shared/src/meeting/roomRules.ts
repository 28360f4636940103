/** Rules for the room itself: phases (定主事), meeting rules (定会纪) and members. */
import { findCurrentMember, roomFull } from './memberRules.js';
import { quorumNeeded } from '../consensus/quorum.js';
import { memberNamed } from './sameName.js';
import { barredBallots } from '../consensus/interestVoting.js';
import { presetConflict, withPreset } from './presets.js';
import type { CommandOf } from '../model/commands.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { EventBody } from '../model/events.js';
import { ROOM_PHASES } from '../core/vocabularyLists.js';
import type { RoomPhase, Rules } from '../core/vocabulary.js';

/** Phases move forward; the only way back is resuming an adjourned meeting. Closed is final. */
function canMove(from: RoomPhase, to: RoomPhase): boolean {
  if (from === 'adjourned' && to === 'in_session') return true;
  return ROOM_PHASES.indexOf(to) > ROOM_PHASES.indexOf(from);
}

export function setPhase({ state }: RuleContext, command: CommandOf<'room.setPhase'>): Ruling {
  if (state.phase === command.phase) return refuse('conflict', 'room.samePhase', { phase: command.phase });
  if (!canMove(state.phase, command.phase)) {
    return refuse('conflict', 'room.badPhaseMove', { from: state.phase, to: command.phase });
  }
  const events: EventBody[] = [];
  // Leaving the session ends the turn in progress, so no clock keeps running in an adjourned room.
  if (command.phase !== 'in_session' && state.speaker) {
    events.push({ type: 'speaker.ended', memberId: state.speaker.memberId });
  }
  events.push({ type: 'room.phaseSet', phase: command.phase });
  return accept(events);
}

/**
 * Changes some of the meeting rules. A `preset` (meeting/presets.ts) sets the rules the law gives
 * its body; a rule sent beside it must agree with the preset (`rules.presetFixes`). A quorum must be
 * reachable: a share needs `eligibleCount`, and a count may not exceed it; a share of all eligible
 * needs `eligibleCount` too.
 */
export function setRules({ state }: RuleContext, command: CommandOf<'rules.set'>): Ruling {
  const { type: _type, preset, eligibleCount, ...rest } = command;
  if (Object.keys(command).length === 1) return refuse('invalid', 'rules.nothing');
  // `eligibleCount: { count, unit }` says at once how many and whether people or households.
  const eligible =
    eligibleCount === undefined
      ? {}
      : eligibleCount !== null && typeof eligibleCount === 'object'
        ? { eligibleCount: eligibleCount.count, eligibleUnit: eligibleCount.unit }
        : { eligibleCount };
  const changes = { ...rest, ...eligible };
  const conflict = preset === undefined ? null : presetConflict(preset, changes);
  if (conflict) return refuse('invalid', 'rules.presetFixes', { rule: conflict });
  const rules: Rules = withPreset({ ...state.rules, ...changes }, preset);
  const unreachable = quorumProblem(rules);
  if (unreachable) return unreachable;
  if (rules.majorityOf === 'eligible' && rules.eligibleCount === null) {
    return refuse('invalid', 'rules.majorityNeedsEligible');
  }
  // Barring interested members from voting takes back the ballots they already gave in open rounds.
  return accept([...barredBallots(state, rules), { type: 'rules.set', rules }]);
}

function quorumProblem({ quorum, eligibleCount }: Rules): Ruling | null {
  if (quorum === null) return null;
  if ('share' in quorum && eligibleCount === null) return refuse('invalid', 'rules.quorumNeedsEligible');
  const needed = quorumNeeded(quorum, eligibleCount);
  return eligibleCount !== null && needed !== null && needed > eligibleCount
    ? refuse('invalid', 'rules.quorumAboveEligible', { count: needed, eligible: eligibleCount })
    : null;
}

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
