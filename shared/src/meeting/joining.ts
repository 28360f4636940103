/**
 * Locking joining (issue 30): the host closes joining by name to all but the roster; a new name then
 * waits (`joining.requested`) until the host lets them in (`joining.admit`: `member.joined` under the
 * request's id, so the secret the waiting phone holds admits it) or turns them away. The fold of its
 * events and its rules. Pure.
 */
import { own } from '../core/own.js';
import type { Presence } from '../core/vocabulary.js';
import type { CommandOf } from '../model/commands.js';
import type { EventOf } from '../model/events.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { memberNamed } from './sameName.js';
import { roomFull } from './memberRules.js';
import { commandRules } from '../model/commandRules.js';

/** The joining events' fold (meetingFold.ts hands them here). */
export function foldJoining(
  s: RoomState,
  event: EventOf<'joining.locked' | 'joining.requested' | 'joining.turnedAway'>,
): RoomState {
  switch (event.type) {
    case 'joining.locked':
      return { ...s, joining: { ...s.joining, locked: event.locked } };
    case 'joining.requested': {
      const waiting = { waitingId: event.waitingId, name: event.name, presence: event.presence, requestedAt: event.at };
      return { ...s, joining: { ...s.joining, waiting: { ...s.joining.waiting, [event.waitingId]: waiting } } };
    }
    case 'joining.turnedAway':
      return withoutRequest(s, event.waitingId);
  }
}

/** The state without the waiting request `waitingId` (turned away, or let in as a member). */
export function withoutRequest(s: RoomState, waitingId: string): RoomState {
  if (!own(s.joining.waiting, waitingId)) return s;
  const { [waitingId]: _gone, ...waiting } = s.joining.waiting;
  return { ...s, joining: { ...s.joining, waiting } };
}

/** A new name while joining is locked: they wait for the host, under an id that becomes their member id. */
export function requestToJoin(state: RoomState, name: string, presence: Presence): Ruling {
  const waitingId = nextId(state, 'm');
  return accept([{ type: 'joining.requested', waitingId, name, presence }], waitingId);
}

/** The host locks joining by name, or opens it again; the same state again is `joining.unchanged`. */
export function lock({ state }: RuleContext, command: CommandOf<'joining.lock'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  if (state.joining.locked === command.locked) return refuse('conflict', 'joining.unchanged');
  return accept([{ type: 'joining.locked', locked: command.locked }]);
}

/** The host lets a waiting name in: they become a participant, present once they take part. */
export function admit({ state }: RuleContext, command: CommandOf<'joining.admit'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const request = own(state.joining.waiting, command.waitingId);
  if (!request) return refuse('not_found', 'joining.unknownRequest');
  const full = roomFull(state);
  if (full) return full;
  const sameNameAs = memberNamed(state, request.name)?.id ?? null;
  return accept([
    {
      type: 'member.joined',
      memberId: request.waitingId,
      name: request.name,
      role: 'participant',
      presence: request.presence,
      group: null,
      sameNameAs,
      seated: true,
    },
  ]);
}

/** The host turns a waiting name away. */
export function turnAway({ state }: RuleContext, command: CommandOf<'joining.turnAway'>): Ruling {
  if (!own(state.joining.waiting, command.waitingId)) return refuse('not_found', 'joining.unknownRequest');
  return accept([{ type: 'joining.turnedAway', waitingId: command.waitingId }]);
}

/** Joining's commands, all the host's: who may send each (model/commandRules.ts `Access`) and its rule. */
export const JOINING_COMMANDS = commandRules({
  'joining.lock': { access: 'host', rule: lock },
  'joining.admit': { access: 'host', rule: admit },
  'joining.turnAway': { access: 'host', rule: turnAway },
});
