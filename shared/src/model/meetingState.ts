/** The state of the meeting itself: its members, its details on record (time zone among them) and its sittings. */
import type { Presence } from '../core/vocabulary.js';

export interface Member {
  id: string;
  name: string;
  role: 'host' | 'participant';
  presence: Presence;
  /** Stakeholder group (村民, 党员, 专家 …), or null. */
  group: string | null;
  /** Added by the host for someone without a phone. */
  proxy: boolean;
  joinedAt: number;
  /**
   * When they came (server ms): their join, or for a member seated in advance (a council's roster)
   * their `member.arrived`; null while seated and not come. Only an arrived member is attending.
   */
  arrivedAt: number | null;
  /**
   * When the host removed them (`member.remove`), else null. The record keeps a removed member:
   * what they said and did stays theirs, but they no longer act, vote or come back as this member.
   */
  removedAt: number | null;
  /**
   * The member already present under the same name (by `nameKey`) when this one joined, while the
   * host has not decided (merge or keep both); null otherwise.
   */
  sameNameAs: string | null;
  /** The member this one was merged into (`member.merge`); such a member is also removed. */
  mergedInto: string | null;
  /**
   * Their household (户), a short label the host gives (a house number, the head's name), or null.
   * When the room counts households, one household has one voice (村民委员会组织法 art. 22).
   */
  household: string | null;
  /**
   * The household's representative (户代表), as a council's roster seats them; absent: not one. When
   * the room counts households, the representative's ballot is the household's (countedBallots.ts).
   */
  representative?: boolean;
  /** When the host marked that they left the meeting (`member.departed`), else null; they are then not present. */
  departedAt: number | null;
}

/** Someone who asked to join while joining was locked, waiting for the host (issue 30). */
export interface WaitingJoin {
  /** Also the member id they get when the host lets them in. */
  waitingId: string;
  name: string;
  presence: Presence;
  requestedAt: number;
}

/**
 * Joining by name: open (`locked` false, the default), or locked by the host (`joining.lock`): then
 * only the roster (members who hold their secret) comes in, and a new name waits in `waiting` until
 * the host lets them in (`joining.admit`) or turns them away.
 */
export interface Joining {
  locked: boolean;
  waiting: Record<string, WaitingJoin>;
}

/**
 * Who is present (实到), as a round uses it: `members` present (arrived, not departed, not removed)
 * plus the hall's `headcount` of people without an entry; `present` is their sum. Nobody is in both.
 */
export interface Attendance {
  members: number;
  headcount: number;
  present: number;
}

/**
 * The room's roll (点名): who is present, counted over every member, as the state keeps it so that a
 * screen whose state lacks most members (a big room's welcome, issue 30) still says the law's
 * figures. The server's fold counts it from the members (meeting/roll.ts `rollOf`); a client takes
 * it from the events that move it, which carry it as broadcast (`EventMeta.roll`).
 */
export interface Roll {
  /** Members present (arrived, not departed, not removed), each a person. */
  people: number;
  /** The households among them, each once; a member without a household label is one (art. 22). */
  households: number;
  /** Current members the host added for someone without a phone: they answer by hand, never online. */
  withoutPhone: number;
}

/** The hall's headcount (签到 · 清点人数) of people without an entry, and when it was taken (null: never). */
export interface Headcount {
  count: number;
  countedAt: number | null;
}

/** Facts of the meeting for the record and the notice (定主事): where, in which form, when. */
export interface MeetingDetails {
  place: string | null;
  /** The form of meeting: a key of SUGGESTED_MEETING_KINDS (e.g. `houseYardTalk`, 屋场恳谈会) or any name. */
  kind: string | null;
  /** When the meeting was called for, in ms. */
  scheduledAt: number | null;
  /** The IANA time zone the meeting's dates are read in; null: the locale's default (meeting/roomTimeZone.ts). */
  timeZone: string | null;
}

/** One sitting: from entering the session to adjourning (or closing). A meeting may have several. */
export interface Sitting {
  startedAt: number;
  endedAt: number | null;
}

/**
 * A written proxy (委托) for this meeting: `principalId` names `holderId` to vote for them. It is in
 * force while not revoked and the principal is not present; a principal who arrives (or comes back)
 * votes themselves. `reference` is the paper authorisation's reference the host recorded.
 */
export interface Proxy {
  id: string;
  principalId: string;
  holderId: string;
  reference: string | null;
  /** The member who granted it (the principal, or a host), or null for a host console without membership. */
  grantedBy: string | null;
  grantedAt: number;
  revokedAt: number | null;
  revokedBy: string | null;
}
