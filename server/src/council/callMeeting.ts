/**
 * Calling a council's meeting (`POST /api/councils/:councilId/meetings`): a new room whose links are
 * the council's own (its host, member and observer tokens; a fresh join code), seeded with the
 * council's roster under the same member ids and secrets, the last meeting's rules, the place and
 * time zone, and an agenda that opens with the review of open action items (councilMeeting.ts). Runs
 * in the council's queue, so two calls never take the same topic.
 */
import { apply, emptyState, type RoomEvent, type RulePreset } from '@dr/shared';
import {
  councilError,
  decideMeetingCall,
  meetingCalled,
  refuseMeetingCall,
  type CouncilRuling,
  type CouncilState,
  type EarlierMeeting,
} from '@dr/shared/council';
import type { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { newSecrets, unseal, type RoomSecrets } from '../credentials/roomLinks.js';
import { createRoom } from '../room/createRoom.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { Store } from '../store/store.js';
import { councilStream } from '../store/streams.js';
import { hashOf } from '../stream/chain.js';
import { stampEvents } from '../stream/stamp.js';

/** The council's links other than the host's, sealed at creation under the host token. */
export interface CouncilSealed {
  member: string;
  observer: string;
  supervisor: string;
}

export interface CallMeetingDeps {
  store: Store;
  registry: RoomRegistry;
  joinCodes: JoinCodeKey;
}

export interface MeetingRequest {
  title: string;
  scheduledAt: number;
  topicIds: readonly string[];
  preset?: RulePreset | undefined;
}

export interface CalledMeeting {
  roomId: string;
  secrets: RoomSecrets;
}

/**
 * Decides and carries out the call: returns the council's ruling (its `council.meetingCalled`) and,
 * through `called`, the room it created. A refusal creates nothing.
 */
export async function callMeeting(
  deps: CallMeetingDeps,
  council: CouncilState,
  hostToken: string,
  request: MeetingRequest,
  now: number,
  called: (meeting: CalledMeeting) => void,
): Promise<CouncilRuling> {
  // The council's rules decide (shared/src/council/meetingCall.ts); this reads, creates and stores.
  const refused = refuseMeetingCall(council, request);
  if (refused) return refused;
  const sealed = unseal<CouncilSealed>(councilStream(council.councilId), hostToken, council.credentials.sealedLinks);
  if (!sealed) return { ok: false, error: councilError('forbidden', 'access.badLink') };

  const earlier: EarlierMeeting[] = [];
  for (const meeting of council.meetings) {
    const room = await deps.registry.get(meeting.roomId);
    if (room) earlier.push({ roomId: meeting.roomId, title: room.current.title, state: room.current });
  }
  const ruling = decideMeetingCall(council, request, earlier, now);

  const secrets: RoomSecrets = {
    tokens: { host: hostToken, participant: sealed.member, observer: sealed.observer },
    joinCode: newSecrets().joinCode,
  };
  const { roomId } = await createRoom(
    deps.store,
    { title: request.title, locale: council.locale, timeZone: council.timeZone },
    now,
    deps.joinCodes,
    secrets,
  );
  const { seed, event } = meetingCalled(council, request, ruling, roomId);
  // The same member, by the same secret, in every meeting of the council.
  for (const member of Object.values(council.members)) {
    await deps.store.saveMemberSecret(roomId, member.id, member.secretHash);
  }
  // Fold first, as a room does: an event that cannot be folded is never stored.
  const created = (await deps.store.readEvents(roomId, 0))[0]!;
  const events = stampEvents(seed, 1, now, null, hashOf(created)) as RoomEvent[];
  events.reduce(apply, apply(emptyState(roomId), created));
  await deps.store.appendEvents(roomId, 1, events);
  called({ roomId, secrets });
  return { ok: true, id: roomId, events: [event] };
}
