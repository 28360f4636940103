/** Builders for pure tests of the follow-through: a meeting that has recorded a decision. */
import type { Command } from '../model/commands.js';
import type { Actor } from '../room/decide.js';
import { RoomHarness } from './roomHarness.js';

export const FROZEN_DRAFT = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

export interface DecidedMeeting {
  room: RoomHarness;
  host: Actor;
  ana: Actor;
  bo: Actor;
  itemId: string;
  roundId: string;
  decisionId: string;
}

/**
 * A host in the room, Ana remote and Bo in the room; Ana and Bo each spoke once (60 s and 20 s)
 * on "East lane", and a consensus round on it was adopted and recorded as a decision.
 */
export function decidedMeeting(options: { anonymous?: boolean } = {}): DecidedMeeting {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const bo = room.join('Bo', 'participant', 'in_room');
  const itemId = room.must(host, { type: 'agenda.propose', title: 'East lane' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  room.must(host, { type: 'agenda.activate', itemId });
  room.speakInTurn(host, [ana, 60_000], [bo, 20_000]);
  const anonymous = options.anonymous ?? false;
  const roundId = room.must(host, { type: 'consensus.open', itemId, anonymous }, { frozenDraft: FROZEN_DRAFT });
  room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
  room.must(bo, { type: 'consensus.vote', roundId, level: 3 });
  room.must(host, { type: 'consensus.close', roundId });
  const decisionId = room.must(host, { type: 'decision.record', roundId, statement: 'One-way from May' });
  return { room, host, ana, bo, itemId, roundId, decisionId };
}

/**
 * The meeting's decision given one action item: "Paint the signs", owned by Ana for the residents,
 * due 1970-02-01, unless `fields` say otherwise; gives its id with the meeting.
 */
export function withAction(
  m: DecidedMeeting,
  fields: Partial<Extract<Command, { type: 'action.create' }>> = {},
): DecidedMeeting & { actionId: string } {
  const actionId = m.room.must(m.host, {
    type: 'action.create',
    decisionId: m.decisionId,
    title: 'Paint the signs',
    owner: 'Ana',
    ownerMemberId: m.ana.memberId!,
    tier: 'residents',
    dueDate: '1970-02-01',
    ...fields,
  });
  return { ...m, actionId };
}
