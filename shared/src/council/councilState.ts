/**
 * A standing council (议事会): the same people, place and time, meeting after meeting. It is an
 * aggregate of its own, folded from its own events (`councilFold.ts`) like a room, and stored through
 * the same `Store` port under the stream id `council:<councilId>`. Its meetings are rooms that inherit
 * its roster, rules, place and time zone (docs/protocol.md, "Councils").
 */
import type { Locale } from '../core/vocabulary.js';

/** The four capabilities of a council; only their hashes are in the state. */
export const COUNCIL_ROLES = ['host', 'member', 'observer', 'supervisor'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/**
 * What lets people in: SHA-256 hex hashes of the four tokens, and the member, observer and
 * supervisor tokens sealed under a key only the host token unlocks (so a meeting's room can be given
 * the same links). Never sent out: presenters leave it behind.
 */
export interface CouncilCredentials {
  tokenHashes: Record<CouncilRole, string>;
  sealedLinks: string;
  /** The member token sealed under the supervisor token: a supervisor opens meetings as a participant. */
  sealedForSupervisor: string;
}

/** A person of the standing team (议事队伍): their id is theirs in every meeting of the council. */
export interface CouncilMember {
  id: string;
  name: string;
  /** Stakeholder group (村民, 党员 …), or null. */
  group: string | null;
  /** In the expert pool (专家库): marked by the host. */
  expert: boolean;
  /** Their household (户), as the host gives it (absent in members who joined before households); seated with them. */
  household?: string | null;
  /** Their household's representative (户代表, 村民委员会组织法 art. 22), as a roster import gives it; absent: not one. */
  representative?: boolean;
  /** Joined through the supervisor link (监督人): may be named to supervise action items. */
  supervisor: boolean;
  /**
   * Joined through the host link (the council's chair or secretary, 主持人/召集人): seated in every
   * meeting as a host, so the minutes and the notice name them as its conveners (定主事).
   */
  host: boolean;
  joinedAt: number;
  /** SHA-256 hex of the member's secret; never sent out. */
  secretHash: string;
}

/** pool: waiting for a meeting; scheduled: on a meeting's agenda; settled: a meeting decided it. */
export type TopicStatus = 'pool' | 'scheduled' | 'settled';

/** A topic collected bottom-up (广泛征集知事), proposed and supported at any time. */
export interface CouncilTopic {
  id: string;
  title: string;
  description: string;
  /** The council member who proposed it, or null for the host's console. */
  proposedBy: string | null;
  proposedAt: number;
  supporters: string[];
  status: TopicStatus;
  /** The meetings (room ids) whose agenda it has been on, in order. */
  meetings: string[];
}

/** An action item of an earlier meeting, reviewed when a meeting was called (行难管). */
export interface ReviewedActionRef {
  roomId: string;
  actionId: string;
}

/** A topic placed on a meeting's agenda: the room's item id, and whether it came back undecided. */
export interface MeetingTopic {
  topicId: string;
  itemId: string;
  carried: boolean;
}

/** One meeting of the council: a room of its own. */
export interface CouncilMeeting {
  roomId: string;
  title: string;
  /** When it is called for, in ms. */
  scheduledAt: number;
  calledAt: number;
  /** The agenda item that reviews open action items (the first on its agenda). */
  reviewItemId: string;
  reviewed: ReviewedActionRef[];
  topics: MeetingTopic[];
}

/** What a council is set up with (`council.created` carries it). */
export interface CouncilSettings {
  name: string;
  locale: Locale;
  timeZone: string;
  place: string | null;
  /** When it meets, as people say it: "every first Monday, 19:00". */
  meetingPattern: string | null;
  /** The office (township, street) it belongs to, or null. */
  officeId: string | null;
}

export interface CouncilState extends CouncilSettings {
  councilId: string;
  /** Gap-free per council, like a room's. */
  seq: number;
  createdAt: number;
  credentials: CouncilCredentials;
  members: Record<string, CouncilMember>;
  topics: Record<string, CouncilTopic>;
  meetings: CouncilMeeting[];
  /** Matters created here or with a step held here (`council.matterFiled`), oldest first. */
  matters: { matterId: string; title: string }[];
  /** Days within which a meeting's resolution must be published (决议公开); null: 7 (council/disclosure.ts). */
  disclosureDueDays: number | null;
  /** A notice's default days on the board (公示期) when its host gives none; null: 7. */
  disclosurePeriodDays: number | null;
}

/** The state before the first event. */
export function emptyCouncil(councilId: string): CouncilState {
  return {
    councilId,
    seq: 0,
    name: '',
    locale: 'zh-CN',
    timeZone: 'UTC',
    place: null,
    meetingPattern: null,
    officeId: null,
    createdAt: 0,
    credentials: {
      tokenHashes: { host: '', member: '', observer: '', supervisor: '' },
      sealedLinks: '',
      sealedForSupervisor: '',
    },
    members: Object.create(null) as Record<string, CouncilMember>,
    topics: Object.create(null) as Record<string, CouncilTopic>,
    meetings: [],
    matters: [],
    disclosureDueDays: null,
    disclosurePeriodDays: null,
  };
}
