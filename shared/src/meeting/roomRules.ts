/** Rules for the room itself: phases (定主事) and meeting rules (定会纪). Members: memberRules.ts. */
import { quorumNeeded } from '../consensus/quorum.js';
import { barredBallots } from '../consensus/interestVoting.js';
import { presetConflict, withPreset } from './presets.js';
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { EventBody } from '../model/events.js';
import { ROOM_PHASES } from '../core/vocabularyLists.js';
import type { RoomPhase, Rules } from '../core/vocabulary.js';
import { commandRules } from '../model/commandRules.js';

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
  const { type: _type, preset, ...changes } = command;
  if (Object.keys(changes).length === 0 && preset === undefined) return refuse('invalid', 'rules.nothing');
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

/** The room's own commands: its phase and its meeting rules: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const ROOM_COMMANDS = commandRules({
  'room.setPhase': { access: 'host', rule: setPhase },
  'rules.set': { access: 'host', rule: setRules },
});
