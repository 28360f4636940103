/**
 * What a command needs from outside the event state, read before `decide` so that it stays pure:
 * a consensus round freezes the draft's current text, and a saved version keeps it, rendered from the
 * room's Yjs document; a scorecard before any rubric is set is judged against the default one; a
 * notice published without a period takes its council's default one.
 */
import { hashText, rubricInputs, type Command, type DecideInputs } from '@dr/shared';
import type { RoomDoc } from '../yjs/roomDoc.js';

export async function decideInputs(
  command: Command,
  doc: () => Promise<RoomDoc>,
  noticePeriod: () => Promise<number | undefined>,
): Promise<DecideInputs> {
  if (command.type === 'notice.publish') {
    // A council's meeting publishes for the council's default period unless the host gave one.
    const days = command.periodDays === undefined ? await noticePeriod() : undefined;
    return days === undefined ? {} : { noticePeriodDays: days };
  }
  if (command.type !== 'consensus.open' && command.type !== 'draft.saveVersion') return rubricInputs(command);
  const text = (await doc()).renderText(command.itemId);
  return { frozenDraft: { text, textHash: await hashText(text) } };
}
