import { decide, type Command, type DecideInputs, type RoomState } from '@dr/shared';
import type { You } from './useRoom';

/**
 * Whether the server would accept `command` from you right now. Asks the shared `decide`, so the
 * client never keeps a second copy of a rule; the server still decides for real. For an action whose
 * content is not typed yet (a form to show), ask `mayAttempt` from `@dr/shared` instead.
 */
export function can(state: RoomState, you: You, command: Command, inputs?: DecideInputs): boolean {
  return decide(state, { role: you.role, memberId: you.memberId }, command, state.updatedAt, inputs).ok;
}
