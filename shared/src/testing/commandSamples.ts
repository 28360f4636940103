/** Test builders: a valid command of every type, and helpers to change one field of one. */
import type { CommandOf, CommandType } from '../model/commands.js';

/** Where a field sits in a command: keys of objects and indexes of arrays. */
export type Path = (string | number)[];

/**
 * A valid command of every type, naming the things given; tables replace one field at a time. The
 * mapped type makes a new command type a compile error here until it has a sample.
 */
export function commandSamples(ids: {
  itemId: string;
  memberId: string;
  roundId: string;
  decisionId: string;
  actionId: string;
  /** A fact on `itemId`; samples name `f1` when not given. */
  factId?: string;
}): {
  [T in CommandType]: CommandOf<T>;
} {
  const { itemId, memberId, roundId, decisionId, actionId } = ids;
  const factId = ids.factId ?? 'f1';
  return {
    'room.setPhase': { type: 'room.setPhase', phase: 'closed' },
    'rules.set': { type: 'rules.set', pointsOfOrder: false, eligibleCount: 40, quorum: { share: 0.5, moreThan: true } },
    'attendance.setHeadcount': { type: 'attendance.setHeadcount', count: 12 },
    'attendance.markDeparted': { type: 'attendance.markDeparted', memberId },
    'attendance.markReturned': { type: 'attendance.markReturned', memberId },
    'interest.declare': { type: 'interest.declare', itemId, note: 'My brother owns the shop on the lane', memberId },
    'interest.withdraw': { type: 'interest.withdraw', itemId, memberId },
    'member.addInRoom': { type: 'member.addInRoom', name: 'Wang' },
    'member.remove': { type: 'member.remove', memberId },
    'joining.lock': { type: 'joining.lock', locked: true },
    'joining.admit': { type: 'joining.admit', waitingId: memberId },
    'joining.turnAway': { type: 'joining.turnAway', waitingId: memberId },
    'member.removeIdle': { type: 'member.removeIdle', joinedFrom: 0, joinedTo: 1_000 },
    'member.merge': { type: 'member.merge', memberId, intoMemberId: memberId },
    'member.keepBoth': { type: 'member.keepBoth', memberId },
    'member.setGroup': { type: 'member.setGroup', memberId, group: 'resident' },
    'member.setPresence': { type: 'member.setPresence', memberId, presence: 'in_room' },
    'member.setHousehold': { type: 'member.setHousehold', memberId, household: 'No. 12, East Lane' },
    'proxy.grant': { type: 'proxy.grant', principalId: memberId, holderId: memberId, reference: 'WT-2026-01' },
    'proxy.revoke': { type: 'proxy.revoke', principalId: memberId },
    'agenda.propose': { type: 'agenda.propose', title: 'Street lights' },
    'agenda.support': { type: 'agenda.support', itemId },
    'agenda.edit': { type: 'agenda.edit', itemId, title: 'East lane, again' },
    'agenda.update': { type: 'agenda.update', itemId, category: 'publicWelfare' },
    'agenda.schedule': { type: 'agenda.schedule', itemId },
    'agenda.unschedule': { type: 'agenda.unschedule', itemId },
    'agenda.reorder': { type: 'agenda.reorder', itemId, position: 0 },
    'agenda.reject': { type: 'agenda.reject', itemId, reason: 'Out of scope' },
    'agenda.activate': { type: 'agenda.activate', itemId },
    'agenda.deactivate': { type: 'agenda.deactivate' },
    'agenda.setStep': { type: 'agenda.setStep', itemId, step: 'published' },
    'agenda.addFact': { type: 'agenda.addFact', itemId, text: 'x' },
    'agenda.retractFact': { type: 'agenda.retractFact', itemId, factId, reason: 'Wrong year' },
    'queue.raise': { type: 'queue.raise', memberId },
    'queue.lower': { type: 'queue.lower', memberId },
    'queue.move': { type: 'queue.move', memberId, position: 0 },
    'queue.next': { type: 'queue.next' },
    'speaker.end': { type: 'speaker.end' },
    'speaker.pause': { type: 'speaker.pause' },
    'speaker.resume': { type: 'speaker.resume' },
    'speaker.extend': { type: 'speaker.extend', seconds: 30 },
    'draft.lock': { type: 'draft.lock', itemId },
    'draft.unlock': { type: 'draft.unlock', itemId },
    'draft.saveVersion': { type: 'draft.saveVersion', itemId, name: 'First reading' },
    'consensus.open': { type: 'consensus.open', itemId },
    'consensus.vote': { type: 'consensus.vote', roundId, level: 4 },
    'consensus.tally': { type: 'consensus.tally', roundId, counts: { '4': 3 } },
    'consensus.close': { type: 'consensus.close', roundId },
    'decision.record': { type: 'decision.record', roundId, statement: 'One-way from May' },
    'room.setDetails': { type: 'room.setDetails', place: 'Hall' },
    'action.create': {
      type: 'action.create',
      decisionId,
      title: 'Paint',
      owner: 'Committee',
      ownerMemberId: memberId,
      tier: 'committee',
      dueDate: '2030-01-01',
    },
    'action.update': { type: 'action.update', actionId, progress: 50 },
    'action.confirm': { type: 'action.confirm', actionId, note: 'Checked on site' },
    'action.supervise': { type: 'action.supervise', actionId, supervisorMemberId: memberId },
    'notice.publish': { type: 'notice.publish' },
    'notice.unpublish': { type: 'notice.unpublish' },
    'scorecard.setRubric': {
      type: 'scorecard.setRubric',
      rubric: {
        categories: [
          {
            id: 'c',
            label: { 'zh-CN': '类', en: 'C' },
            indicators: [{ id: 'c.1', label: { 'zh-CN': '项', en: 'I' }, kind: 'base', max: 10, key: false }],
          },
        ],
        bonusCap: 0,
      },
    },
    'scorecard.submit': {
      type: 'scorecard.submit',
      scores: [{ indicatorId: 'agenda-research', points: 1, note: 'ok' }],
    },
  };
}

/** `value` with the field at `path` set to `field`; the original is left alone. */
export function withValue<T>(value: T, path: Path, field: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = field;
  return copy as T;
}

/** The field of `value` at `path`. */
export function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}
