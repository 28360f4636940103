/**
 * What a command needs from outside the event state, read before `decide` so that it stays pure:
 * a consensus round freezes the draft's current text, and a saved version keeps it, rendered from the
 * room's Yjs document; a scorecard before any rubric is set is judged against the default one.
 */
import { hashText, rubricInputs, type Command, type DecideInputs } from '@dr/shared';
import type { RoomDoc } from '../yjs/roomDoc.js';

export async function decideInputs(command: Command, doc: () => Promise<RoomDoc>): Promise<DecideInputs> {
  if (command.type !== 'consensus.open' && command.type !== 'draft.saveVersion') return rubricInputs(command);
  const text = (await doc()).renderText(command.itemId);
  return { frozenDraft: { text, textHash: await hashText(text) } };
}
