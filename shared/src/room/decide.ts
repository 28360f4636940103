/**
 * Every rule and permission of a room: a command in, events or a refusal out. Pure. Permissions are
 * decided here, once, from the actor's role and membership and the command's `access`; each command
 * then goes to its area's rule, found in the areas' command lists (room/roomCommands.ts) as `apply`
 * finds an event's fold.
 */
import { requestToJoin } from '../meeting/joining.js';
import { LIMITS } from '../core/limits.js';
import { normalizeName } from '../core/normalizeName.js';
import type { Presence, Role } from '../core/vocabulary.js';
import { roomFull } from '../meeting/memberRules.js';
import { memberNamed } from '../meeting/sameName.js';
import type { Command } from '../model/commands.js';
import { accept, nextId, refuse, type Actor, type DecideInputs, type Ruling } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { commandRule, permission } from './roomCommands.js';

export { nextId, type Actor, type Ruling, type DecideInputs } from '../model/ruling.js';

/** Decides a command sent by `actor` at server time `now`. Permissions first, then the rule. */
export function decide(
  state: RoomState,
  actor: Actor,
  command: Command,
  now: number,
  inputs: DecideInputs = {},
): Ruling {
  const denied = permission(state, actor, command.type);
  if (denied) return denied;
  return commandRule(command.type).rule({ state, actor, now, inputs }, command);
}

/** Who asks to join, and as what: from the handshake or a `join` message (protocol/socket.ts). */
export interface Joining {
  role: Role;
  name: string | undefined;
  presence: Presence | undefined;
}

/** Decides a new member joining by name through a host or participant link. */
export function decideJoin(state: RoomState, request: Joining): Ruling {
  if (request.role === 'observer') return refuse('forbidden', 'role.observerJoin');
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  // The same normalisation as every name in a command (names.ts): a name of invisible characters is none.
  const name = normalizeName(request.name ?? '');
  if (name.length === 0 || name.length > LIMITS.name) {
    return refuse('invalid', 'room.nameNeeded', { max: LIMITS.name });
  }
  const full = roomFull(state);
  if (full) return full;
  // Joining locked by the host: a new participant waits for the host to let them in (joining.ts).
  if (state.joining.locked && request.role === 'participant')
    return requestToJoin(state, name, request.presence ?? 'remote');
  const memberId = nextId(state, 'm');
  const presence = request.presence ?? 'remote';
  // One person, one voice: a name already present is flagged for the host (sameName.ts).
  const sameNameAs = memberNamed(state, name)?.id ?? null;
  // A participant who joins by a link is seated, not present, until they take part (issue 30: a
  // flood of names is no attendance): their first accepted command, their phone coming back with
  // its secret, or their connection staying `LIMITS.presentAfterMs` (server/src/socket/socketServer.ts).
  const seated = request.role === 'participant';
  return accept(
    [
      {
        type: 'member.joined',
        memberId,
        name,
        role: request.role,
        presence,
        group: null,
        sameNameAs,
        ...(seated ? { seated } : {}),
      },
    ],
    memberId,
  );
}
