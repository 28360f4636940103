import { decide, mayAttempt, type Attempt, type Command, type DecideInputs, type RoomState } from '@dr/shared';
import type { You } from './roomTypes';

/**
 * Whether the server would accept `command` from you right now. Asks the shared `decide`, so the
 * client never keeps a second copy of a rule; the server still decides for real.
 */
export function can(state: RoomState, you: You, command: Command, inputs?: DecideInputs): boolean {
  return decide(state, { role: you.role, memberId: you.memberId }, command, state.updatedAt, inputs).ok;
}

/**
 * Whether to offer you an action whose content is not typed yet (a form, a button): the shared
 * `mayAttempt`, the same permission and the same first part of the rule the server applies.
 */
export function canAttempt(state: RoomState, you: You, attempt: Attempt): boolean {
  return mayAttempt(state, { role: you.role, memberId: you.memberId }, attempt);
}
