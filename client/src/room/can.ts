import { decide, type Command, type RoomState } from '@dr/shared';
import type { You } from './useRoom';

/**
 * Whether the server would accept `command` from you right now. Asks the shared `decide`, so the
 * client never keeps a second copy of a rule; the server still decides for real.
 */
export function can(state: RoomState, you: You, command: Command): boolean {
  return decide(state, { role: you.role, memberId: you.memberId }, command, state.updatedAt).ok;
}
