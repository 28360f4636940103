/**
 * Replacing a leaked council link (`POST /api/councils/:councilId/links/:role/rotate`), as a room's
 * host replaces a room's link: the council keeps the new token's hash and the links sealed anew
 * (under the host token, the new one when the host link is replaced), and since a council's meetings
 * are opened with the council's host, member and observer tokens, every meeting's room takes the new
 * token for that role too (for the member link, a new join code as well) and shows the door to whoever
 * came in through the old one. The supervisor link opens no room. Runs in the council's queue, so no
 * meeting is called with a token being replaced.
 */
import {
  councilError,
  type CouncilRole,
  type CouncilRuling,
  type CouncilState,
  type CouncilTokens,
} from '@dr/shared/council';
import type { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { newJoinCode } from '../credentials/joinCode.js';
import { credentialsFor, unseal, unsealSecrets } from '../credentials/roomLinks.js';
import type { RoomBroadcaster } from '../room/session.js';
import type { LinkRole, Store } from '../store/store.js';
import type { CouncilSealed } from './callMeeting.js';
import { councilRoleOf } from './councilAccess.js';
import { councilCredentials } from './councilSecrets.js';
import { councilStream } from '../store/streams.js';

export interface RotateDeps {
  store: Store;
  joinCodes: JoinCodeKey;
  broadcaster: Pick<RoomBroadcaster, 'revoke'>;
}

/** The meetings' link each council link is; the supervisor link opens no room (supervisors use the member link). */
const ROOM_ROLE: Record<CouncilRole, LinkRole | null> = {
  host: 'host',
  member: 'participant',
  observer: 'observer',
  supervisor: null,
};

/**
 * Decides and carries out the rotation of `role` to the token `fresh` (made once by the caller, so a
 * retry after a stale append gives the same one): the ruling (`council.linkReplaced`) and, through
 * `rotated`, the four tokens as they now are. A host token that no longer opens the council changes nothing.
 */
export async function rotateCouncilLink(
  deps: RotateDeps,
  council: CouncilState,
  hostToken: string,
  role: CouncilRole,
  fresh: string,
  rotated: (tokens: CouncilTokens) => void,
): Promise<CouncilRuling> {
  const stream = councilStream(council.councilId);
  const sealed =
    councilRoleOf(council, hostToken) === 'host'
      ? unseal<CouncilSealed>(stream, hostToken, council.credentials.sealedLinks)
      : null;
  if (!sealed) return { ok: false, error: councilError('forbidden', 'access.badLink') };
  const tokens: CouncilTokens = { host: hostToken, ...sealed, [role]: fresh };

  const roomRole = ROOM_ROLE[role];
  if (roomRole) {
    for (const { roomId } of council.meetings) {
      const record = await deps.store.getRoom(roomId);
      // The old host token opens the room's secrets; after a retry of a host rotation, the new one does.
      const secrets =
        record && (unsealSecrets(roomId, hostToken, record) ?? unsealSecrets(roomId, tokens.host, record));
      if (!secrets) continue; // a room of another host token was never this council's to change
      const next = {
        tokens: { ...secrets.tokens, [roomRole]: fresh },
        joinCode: roomRole === 'participant' ? newJoinCode() : secrets.joinCode,
      };
      await deps.store.setCredentials(roomId, credentialsFor(roomId, next, deps.joinCodes));
      deps.broadcaster.revoke(roomId, roomRole);
    }
  }
  rotated(tokens);
  return {
    ok: true,
    events: [
      {
        type: 'council.linkReplaced',
        role,
        credentials: councilCredentials(council.councilId, tokens),
      },
    ],
  };
}
