/**
 * The rubric in force, and what `decide` needs of the default one. Apart from the scorecard's rules
 * so that the default rubric's labels (~1 KB brotli) stay off the phone's path: the phone runs the
 * rules for its buttons, but reads a rubric only on the follow-up screens, which load later.
 */
import type { Command } from '../model/commands.js';
import type { Rubric } from '../model/rubric.js';
import type { DecideInputs } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { DEFAULT_RUBRIC } from './defaultRubric.js';

/** The rubric in force: the one the host set (or the first card fixed), or the default until then. */
export function rubricOf(state: Pick<RoomState, 'scorecard'>): Rubric {
  return state.scorecard.rubric ?? DEFAULT_RUBRIC;
}

/** The default rubric for `scorecard.submit` (a card before any rubric is set fixes it); nothing otherwise. */
export function rubricInputs(command: Pick<Command, 'type'>): DecideInputs {
  return command.type === 'scorecard.submit' ? { defaultRubric: DEFAULT_RUBRIC } : {};
}
