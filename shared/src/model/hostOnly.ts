/**
 * Which commands only a host may send, kept apart from the command schemas (model/commands.ts)
 * so that `decide`, which the web app runs as `can`, needs no zod: the
 * schemas are the server's to parse with (docs/performance.md).
 */
import type { CommandType } from './commands.js';

/** Commands only a host may send; the rest are open to hosts and participants who have joined. */
export const HOST_ONLY: ReadonlySet<CommandType> = new Set<CommandType>([
  'room.setPhase',
  'rules.set',
  'member.addInRoom',
  'member.remove',
  'member.merge',
  'member.keepBoth',
  'agenda.schedule',
  'agenda.unschedule',
  'agenda.reorder',
  'agenda.reject',
  'agenda.activate',
  'agenda.deactivate',
  'agenda.setStep',
  'agenda.retractFact',
  'queue.move',
  'queue.next',
  'speaker.pause',
  'speaker.resume',
  'speaker.extend',
  'draft.lock',
  'draft.unlock',
  'draft.saveVersion',
  'consensus.open',
  'consensus.tally',
  'consensus.close',
  'decision.record',
  'room.setDetails',
  'action.create',
  'notice.publish',
  'notice.unpublish',
  'scorecard.setRubric',
]);

/** Host commands that make sense from a host console that has not joined as a member. */
export const HOST_WITHOUT_MEMBERSHIP: ReadonlySet<CommandType> = new Set<CommandType>([
  ...HOST_ONLY,
  'agenda.edit',
  'agenda.addFact',
  'interest.declare',
  'interest.withdraw',
  'member.setGroup',
  'member.setPresence',
  'queue.raise',
  'queue.lower',
  'speaker.end',
  // An action item's owner may update it too; a host console updates any.
  'action.update',
]);
