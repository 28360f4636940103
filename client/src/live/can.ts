import { decide, type Command, type DecideInputs, type RoomState } from '@dr/shared';
import type { You } from './roomTypes';

/**
 * Whether the server would accept `command` from you right now. Asks the shared `decide`, so the
 * client never keeps a second copy of a rule; the server still decides for real.
 */
export function can(state: RoomState, you: You, command: Command, inputs?: DecideInputs): boolean {
  return decide(state, { role: you.role, memberId: you.memberId }, command, state.updatedAt, inputs).ok;
}

/**
 * For commands that freeze the draft (`consensus.open`, `draft.saveVersion`): only the server reads
 * the draft's text, so ask every other part of the rule as if the draft had some.
 */
export const ASSUMING_A_DRAFT: DecideInputs = { frozenDraft: { text: '…', textHash: '' } };
