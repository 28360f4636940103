/**
 * Calling a council's meeting (`POST /api/councils/:councilId/meetings`): a new room whose links are
 * the council's own (its host, member and observer tokens; a fresh join code), seeded with the
 * council's roster under the same member ids and secrets, the last meeting's rules, the place and
 * time zone, and an agenda that opens with the review of open action items (councilMeeting.ts). Runs
 * in the council's queue, so two calls never take the same topic.
 */
import { apply, emptyState, type RoomEvent } from '@dr/shared';
import {
  councilError,
  meetingSeed,
  openActions,
  topicOutcomes,
  type CouncilRuling,
  type CouncilState,
  type EarlierMeeting,
} from '@dr/shared/council';
import { own } from '@dr/shared';
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
  const refuse = (reason: 'council.topicNotInPool', topic: string): CouncilRuling => ({
    ok: false,
    error: councilError('conflict', reason, { topic }),
  });
  for (const topicId of request.topicIds) {
    if (own(council.topics, topicId)?.status !== 'pool') return refuse('council.topicNotInPool', topicId);
  }
  const sealed = unseal<CouncilSealed>(councilStream(council.councilId), hostToken, council.credentials.sealedLinks);
  if (!sealed) return { ok: false, error: councilError('forbidden', 'access.badLink') };

  const earlier: EarlierMeeting[] = [];
  for (const meeting of council.meetings) {
    const room = await deps.registry.get(meeting.roomId);
    if (room) earlier.push({ roomId: meeting.roomId, title: room.current.title, state: room.current });
  }
  const reviewed = openActions(earlier, now);
  const { settled, carried } = topicOutcomes(council, earlier);
  const chosen = [...new Set(request.topicIds)].filter((id) => !carried.includes(id));
  const topics = [
    ...carried.map((topicId) => ({ topicId, carried: true })),
    ...chosen.map((topicId) => ({ topicId, carried: false })),
  ];

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
  const rules = earlier.at(-1)?.state.rules ?? null;
  const seed = meetingSeed({ council, roomId, scheduledAt: request.scheduledAt, rules, reviewed, topics });
  // The same member, by the same secret, in every meeting of the council.
  for (const member of Object.values(council.members)) {
    await deps.store.saveMemberSecret(roomId, member.id, member.secretHash);
  }
  // Fold first, as a room does: an event that cannot be folded is never stored.
  const created = (await deps.store.readEvents(roomId, 0))[0]!;
  const events = stampEvents(seed.events, 1, now, null, hashOf(created)) as RoomEvent[];
  events.reduce(apply, apply(emptyState(roomId), created));
  await deps.store.appendEvents(roomId, 1, events);
  called({ roomId, secrets });
  return {
    ok: true,
    id: roomId,
    events: [
      {
        type: 'council.meetingCalled',
        roomId,
        title: request.title,
        scheduledAt: request.scheduledAt,
        reviewItemId: seed.reviewItemId,
        reviewed: reviewed.map(({ roomId: r, actionId }) => ({ roomId: r, actionId })),
        topics: seed.topics,
        settled,
      },
    ],
  };
}
