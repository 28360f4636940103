/** Every rule and permission of a room: a command in, events or a refusal out. Pure. */
import {
  assertNever,
  HOST_ONLY,
  LIMITS,
  protocolError,
  type Command,
  type EventBody,
  type Presence,
  type ProtocolError,
  type Role,
} from './protocol.js';
import { pickNext } from './queuePolicy.js';
import type { RoomState } from './state.js';

/** Who sends a command: the role of their link, and their member id once they have joined by name. */
export interface Actor {
  role: Role;
  memberId: string | null;
}

export type Decision = { ok: true; events: EventBody[]; id?: string } | { ok: false; error: ProtocolError };

const refuse = (code: ProtocolError['code'], message: string): Decision => ({
  ok: false,
  error: protocolError(code, message),
});

/**
 * Ids are derived from the seq the next event will get, so `decide` stays pure and every id in a
 * room is unique without a random source.
 */
export function nextId(state: RoomState, prefix: string): string {
  return `${prefix}${state.seq + 1}`;
}

/** Decides a command sent by `actor` at server time `now`. */
export function decide(state: RoomState, actor: Actor, command: Command, now: number): Decision {
  void now;
  if (actor.role === 'observer') return refuse('forbidden', 'Observers can watch but not take part.');
  if (HOST_ONLY.has(command.type) && actor.role !== 'host') {
    return refuse('forbidden', 'Only the host can do that.');
  }
  const memberId = actor.memberId;
  if (memberId === null || !state.members[memberId]) {
    return refuse('forbidden', 'Join the room with your name first.');
  }

  switch (command.type) {
    case 'agenda.propose': {
      const itemId = nextId(state, 'i');
      return {
        ok: true,
        id: itemId,
        events: [
          {
            type: 'agenda.proposed',
            itemId,
            title: command.title,
            description: command.description ?? '',
            proposedBy: memberId,
          },
        ],
      };
    }
    case 'queue.raise':
      if (state.queue.some((e) => e.memberId === memberId)) return refuse('conflict', 'Your hand is already raised.');
      if (state.speaker?.memberId === memberId) return refuse('conflict', 'You have the floor already.');
      return { ok: true, events: [{ type: 'queue.raised', memberId }] };
    case 'queue.lower':
      if (!state.queue.some((e) => e.memberId === memberId)) return refuse('conflict', 'Your hand is not raised.');
      return { ok: true, events: [{ type: 'queue.lowered', memberId }] };
    case 'queue.next': {
      const next = pickNext(state);
      if (!next) return refuse('conflict', 'Nobody is waiting to speak.');
      const events: EventBody[] = [];
      if (state.speaker) events.push({ type: 'speaker.ended', memberId: state.speaker.memberId });
      events.push({ type: 'speaker.started', memberId: next.memberId, itemId: state.activeItemId });
      return { ok: true, events };
    }
    default:
      return assertNever(command);
  }
}

export interface JoinRequest {
  role: Role;
  name: string | undefined;
  presence: Presence | undefined;
}

/** Decides a new member joining by name through a host or participant link. */
export function decideJoin(state: RoomState, request: JoinRequest): Decision {
  if (request.role === 'observer') return refuse('forbidden', 'Observers watch without joining as members.');
  const name = request.name?.trim() ?? '';
  if (name.length === 0 || name.length > LIMITS.name) {
    return refuse('invalid', `A name of 1 to ${LIMITS.name} characters is needed to join.`);
  }
  const memberId = nextId(state, 'm');
  return {
    ok: true,
    id: memberId,
    events: [{ type: 'member.joined', memberId, name, role: request.role, presence: request.presence ?? 'remote' }],
  };
}
