/**
 * The one access policy: what a presented credential opens in one room. Every door asks this
 * function and nothing else: the Socket.IO handshake, the draft endpoint and the host's HTTP
 * endpoints (docs/protocol.md, "Who gets in").
 *
 * | credential                                   | role        |
 * | -------------------------------------------- | ----------- |
 * | the host link's token                        | host        |
 * | the participant link's token                 | participant |
 * | the observer link's token                    | observer    |
 * | the join code (any case, dashes or spaces)   | participant |
 * | a replaced (rotated) token or code, anything else | none   |
 *
 * A member secret is not a credential of its own: it names which member a participant or host
 * link's holder is, after the link has given the role.
 */
import type { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { looksLikeJoinCode } from '../credentials/joinCode.js';
import { tokenMatches } from '../credentials/tokens.js';
import { LINK_ROLES, type LinkRole, type RoomCredentials } from '../store/store.js';

export interface Access {
  role: LinkRole;
  /** Which credential opened it: a link's token, or the short join code. */
  via: 'link' | 'joinCode';
  /** The join code matched its legacy plain SHA-256 (a room created before the keyed hash). */
  legacy?: true;
}

/** The role `credential` gives in the room with these credentials, or null for none. */
export function accessOf(credential: string, room: RoomCredentials, joinCodes: JoinCodeKey): Access | null {
  const byLink = LINK_ROLES.find((role) => tokenMatches(credential, room.tokenHashes[role]));
  if (byLink) return { role: byLink, via: 'link' };
  if (!looksLikeJoinCode(credential)) return null;
  const match = joinCodes.matches(credential, room.joinCodeHash);
  if (match === 'keyed') return { role: 'participant', via: 'joinCode' };
  if (match === 'legacy') return { role: 'participant', via: 'joinCode', legacy: true };
  return null;
}
