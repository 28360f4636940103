/** Builds a room state for pure tests by folding event bodies with the shared `apply`. */
import { applyAll, emptyState, type EventBody, type RoomEvent, type RoomState } from '@dr/shared';

export function stateFrom(bodies: EventBody[], start: RoomState = emptyState('room1')): RoomState {
  const events = bodies.map((body, index) => ({
    ...body,
    seq: start.seq + index + 1,
    at: 1_000 * (start.seq + index + 1),
    actor: null,
  })) as RoomEvent[];
  return applyAll(start, events);
}

export function joined(memberId: string, presence: 'remote' | 'in_room' = 'remote'): EventBody {
  return { type: 'member.joined', memberId, name: memberId, role: 'participant', presence, group: null };
}
