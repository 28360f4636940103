/**
 * A member seated in advance (a council's roster, issue 18) is not a member present: they attend
 * from their first connection to the room or their first accepted command (or the host's on their
 * behalf). The server records it once as `member.arrived`; this module decides it. Pure. Kept out of
 * `decide` so the participant's bundle (which runs `decide` to grey out buttons) does not carry it.
 */
import { own } from '../core/own.js';
import type { Command } from '../model/commands.js';
import type { EventBody } from '../model/events.js';
import type { Actor, Ruling } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';

/** The commands by which the host acts for a member (one without a phone): the member's own act. */
const ACTING_FOR: ReadonlySet<Command['type']> = new Set([
  'queue.raise',
  'queue.lower',
  'interest.declare',
  'interest.withdraw',
]);

/**
 * `member.arrived` for a current member seated in advance who has not come, with the presence they
 * were seated with; nothing for anyone else, so it is recorded once.
 */
export function arrival(
  state: RoomState,
  memberId: string | null | undefined,
): Extract<EventBody, { type: 'member.arrived' }>[] {
  const member = memberId ? own(state.members, memberId) : undefined;
  if (!member || member.arrivedAt !== null || member.removedAt !== null) return [];
  return [{ type: 'member.arrived', memberId: member.id, presence: member.presence }];
}

/**
 * `member.returned` for a current member the host marked departed who acts again: they are back.
 * A connection alone never returns them (a phone reconnecting is not a person walking back in).
 */
function comingBack(state: RoomState, memberId: string | null | undefined): EventBody[] {
  const member = memberId ? own(state.members, memberId) : undefined;
  if (!member || member.removedAt !== null || member.departedAt === null) return [];
  return [{ type: 'member.returned', memberId: member.id }];
}

/**
 * `ruling` (decide's, on `state`) with the arrivals (and returns) it implies first: the actor's own, and the member
 * the host acts for. A refusal stays a refusal: a refused command is no arrival.
 */
export function withArrivals(state: RoomState, actor: Actor, command: Command, ruling: Ruling): Ruling {
  if (!ruling.ok) return ruling;
  const actedFor =
    actor.role === 'host' && ACTING_FOR.has(command.type) && 'memberId' in command ? command.memberId : null;
  const arrivals = [...new Set([actor.memberId, actedFor])].flatMap((memberId) => [
    ...arrival(state, memberId),
    ...comingBack(state, memberId),
  ]);
  return arrivals.length === 0 ? ruling : { ...ruling, events: [...arrivals, ...ruling.events] };
}
