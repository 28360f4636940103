/** Every event the server stores and broadcasts (event name `events`), as a union on `type`. */
import type { DecisionRecord } from './consensusState.js';
import type { Rubric } from './rubric.js';
import type { Attendance, CouncilLink, MeetingDetails, Roll, StatedReason } from './state.js';
import type {
  ActionStatus,
  ActionTier,
  ConsensusLevel,
  DecisionRule,
  HandKind,
  ItemCategory,
  ItemStep,
  MajorityBase,
  Quorum,
  QuorumBase,
  ResultVisibility,
  RoomPhase,
  RulePreset,
  Rules,
} from '../core/vocabulary.js';
import type { Locale, Presence, LevelCounts, Outcome } from '../core/vocabulary.js';

/** What a command or a join produces, before the room stamps it with seq, time and actor. */
export type EventBody =
  /** `timeZone` (IANA) when the creator gave one; older rooms have none and read in the locale's default. */
  | { type: 'room.created'; roomId: string; title: string; locale: Locale; timeZone?: string }
  | { type: 'room.phaseSet'; phase: RoomPhase }
  | { type: 'rules.set'; rules: Rules }
  | {
      type: 'member.joined';
      memberId: string;
      name: string;
      role: 'host' | 'participant';
      presence: Presence;
      group?: string | null;
      /** Added by the host for someone without a phone: the host acts on their behalf. */
      proxy?: boolean;
      /** A current member with the same name (ignoring case, spaces, full/half width): the host is alerted. */
      sameNameAs?: string | null;
      /**
       * Seated in advance (a council's roster, issue 18): a member of the room who has not come yet and
       * is not counted as attending until `member.arrived`. Absent or false: they arrive as they join.
       */
      seated?: boolean;
      /** Their household (户), when the host gave one (a roster's entry, `member.addInRoom`). */
      household?: string | null;
      /** Their household's representative (户代表, art. 22), as the council's roster says; absent: not one. */
      representative?: boolean;
    }
  /**
   * A seated member came: their first connection to the room, or the first command of theirs (or
   * the host's on their behalf). Recorded once; from here on they count as attending, with `presence`.
   */
  | { type: 'member.arrived'; memberId: string; presence: Presence }
  /** The host marked that a member left the meeting: from here on they are not present (not attending now). */
  | { type: 'member.departed'; memberId: string }
  /** A member who left is back: the host marked it, or they acted again. */
  | { type: 'member.returned'; memberId: string }
  /** The host counted the people in the hall who have no entry (签到 · 清点人数); the event's `at` is the time of count. */
  | { type: 'attendance.headcountSet'; count: number }
  /**
   * The host merged two memberships of one person: `memberId`'s hands, turns, floor, supports,
   * interests, action items and surviving ballots in open rounds become `intoMemberId`'s, and
   * `memberId` is removed. Events before it withdraw the ballot that does not survive and lower a
   * second hand.
   */
  | { type: 'member.merged'; memberId: string; intoMemberId: string }
  /** The host locked (or opened again) joining by name (`joining.lock`). */
  | { type: 'joining.locked'; locked: boolean }
  /** A new name asked to join while joining was locked: they wait for the host. */
  | { type: 'joining.requested'; waitingId: string; name: string; presence: Presence }
  /** The host did not let a waiting name in; their secret no longer admits anyone. */
  | { type: 'joining.turnedAway'; waitingId: string }
  /** The host saw the same name twice and decided these are two people. */
  | { type: 'member.keptBoth'; memberId: string }
  | { type: 'member.groupSet'; memberId: string; group: string | null }
  /** The host set (or cleared, null) a member's household (户). */
  | { type: 'member.householdSet'; memberId: string; household: string | null }
  /**
   * A written proxy (委托): `principalId` names `holderId` to vote for them in this meeting, by the
   * principal's own phone or recorded by the host from the paper (`reference`). Public: the list of
   * proxies is published (委托名单).
   */
  | { type: 'proxy.granted'; proxyId: string; principalId: string; holderId: string; reference: string | null }
  /** A proxy taken back (by its principal or the host); the list keeps it, marked revoked. */
  | { type: 'proxy.revoked'; proxyId: string }
  /**
   * A member takes part from the room or remotely from now on. Alternating turns and the hand count
   * read presence as it is now; the participation figures credit all of a member's turns to it too.
   */
  | { type: 'member.presenceSet'; memberId: string; presence: Presence }
  /** The host removed a member; events before it (lowering the hand, ending the turn, withdrawing ballots) tidy up. */
  | { type: 'member.removed'; memberId: string }
  /**
   * A person was erased (个人信息保护法, issue 27): the server rewrote the stored events that held
   * their name and the notes they wrote about themselves, and records this so screens open at that
   * moment show `pseudonym` for the name, `note` for each of their declared interests' notes and
   * `pseudonym` as the owner of their action items. Never a client's command.
   */
  | { type: 'member.erased'; memberId: string; pseudonym: string; note: string }
  | {
      type: 'agenda.proposed';
      itemId: string;
      title: string;
      description: string;
      proposedBy: string | null;
      /** A matter reserved to the 村民会议 (art. 24); absent or null for an ordinary one. */
      category?: ItemCategory | null;
    }
  | { type: 'agenda.supported'; itemId: string; memberId: string }
  | { type: 'agenda.unsupported'; itemId: string; memberId: string }
  | {
      type: 'agenda.edited';
      itemId: string;
      title: string;
      description: string;
      timeboxSec: number | null;
      /** The category after the edit; absent in histories from before categories (unchanged). */
      category?: ItemCategory | null;
    }
  | { type: 'agenda.scheduled'; itemId: string; position: number }
  | { type: 'agenda.unscheduled'; itemId: string }
  | { type: 'agenda.reordered'; itemId: string; position: number }
  | { type: 'agenda.rejected'; itemId: string; reason: string }
  | { type: 'agenda.activated'; itemId: string }
  | { type: 'agenda.deactivated'; itemId: string }
  | { type: 'agenda.stepSet'; itemId: string; step: ItemStep }
  | { type: 'agenda.factAdded'; itemId: string; factId: string; text: string; source: string }
  /** A member's interest in an item (利益回避), declared by them or by the host; a new note replaces the last. */
  | { type: 'interest.declared'; itemId: string; memberId: string; note: string }
  | { type: 'interest.withdrawn'; itemId: string; memberId: string }
  | { type: 'agenda.factRetracted'; itemId: string; factId: string; reason: string }
  | { type: 'queue.raised'; memberId: string; kind: HandKind }
  | { type: 'queue.lowered'; memberId: string }
  | { type: 'queue.moved'; memberId: string; position: number }
  /** A raised hand changed its kind (speak, reply, point of order) and kept its place in the queue. */
  | { type: 'queue.kindChanged'; memberId: string; kind: HandKind }
  /** `turnId`: the seq of this event (absent in histories from before turn ids; the fold uses the seq). */
  | {
      type: 'speaker.started';
      memberId: string;
      itemId: string | null;
      kind: HandKind;
      limitSec: number | null;
      turnId?: number;
    }
  | { type: 'speaker.paused'; memberId: string }
  | { type: 'speaker.resumed'; memberId: string }
  | { type: 'speaker.extended'; memberId: string; seconds: number }
  | { type: 'speaker.ended'; memberId: string }
  | { type: 'draft.locked'; itemId: string }
  | { type: 'draft.unlocked'; itemId: string }
  | { type: 'draft.versionSaved'; itemId: string; versionId: string; name: string; text: string }
  | {
      type: 'consensus.opened';
      roundId: string;
      itemId: string;
      text: string;
      textHash: string;
      anonymous: boolean;
      visibility: ResultVisibility;
      rule: DecisionRule;
      /** The room's quorum and eligible count as the round opened; absent in rounds recorded before quorums. */
      quorum?: Quorum | null;
      eligibleCount?: number | null;
      /** What the quorum and the rule's share were taken of, and the preset; absent in older rounds. */
      quorumOf?: QuorumBase;
      majorityOf?: MajorityBase;
      preset?: RulePreset | null;
    }
  | {
      type: 'consensus.voted';
      roundId: string;
      ballotId: string;
      /** Null as broadcast in anonymous rounds; level and reason are null while results are hidden. */
      memberId: string | null;
      level: ConsensusLevel | null;
      reason: string | null;
      /** The holder who cast it by written proxy for `memberId` (null as broadcast in anonymous rounds); absent: their own. */
      castBy?: string | null;
    }
  /**
   * A ballot taken out of an open named round (its member was removed, recused, merged, or voted in
   * person over their proxy). Never in an anonymous round: there the ballot stays until the round
   * closes and the closing count leaves it out (consensus/countedBallots.ts), so no event ties a
   * member to a ballot.
   */
  | { type: 'consensus.ballotWithdrawn'; roundId: string; ballotId: string }
  | {
      type: 'consensus.tallied';
      roundId: string;
      counts: LevelCounts;
      /**
       * When the host confirmed a count above the people marked in the room who had not voted by
       * phone: how many those were then. Null (or absent, in rounds recorded before) otherwise.
       */
      confirmedAbove?: number | null;
    }
  | {
      type: 'consensus.closed';
      roundId: string;
      outcome: Outcome;
      counts: LevelCounts;
      reasons: StatedReason[];
      /** Who was present as it closed: the figure its result used (absent in rounds closed before). */
      attendance?: Attendance;
    }
  | { type: 'consensus.voided'; roundId: string }
  | ({ type: 'decision.recorded'; decisionId: string } & DecisionRecord)
  | { type: 'room.detailsSet'; details: MeetingDetails }
  | {
      type: 'action.created';
      actionId: string;
      decisionId: string;
      title: string;
      owner: string;
      ownerMemberId: string | null;
      /** The supervisor (监督人); absent in items created before supervisors. */
      supervisorMemberId?: string | null;
      tier: ActionTier;
      dueDate: string;
      category: string | null;
    }
  | {
      /** Only what changed: a null status or progress was left as it was. */
      type: 'action.updated';
      actionId: string;
      status: ActionStatus | null;
      progress: number | null;
      note: string | null;
    }
  /** The named supervisor confirmed the item done: it is done, at 100%, and says who confirmed. */
  | {
      type: 'action.confirmed';
      actionId: string;
      /** The supervisor's note (absent in events stored before notes). */
      note?: string | null;
    }
  /** The host named another supervisor (null: none) for an item not yet confirmed (`action.supervise`). */
  | { type: 'action.supervisorNamed'; actionId: string; supervisorMemberId: string | null }
  /**
   * The room is a meeting of a standing council (sent once, when the council calls it): the council,
   * the agenda item that reviews open action items of earlier meetings, and those items as they stood.
   */
  | { type: 'room.councilLinked'; council: CouncilLink }
  /** `periodDays`: days on the board (公示期); absent in events stored before it existed (the default then). */
  | { type: 'notice.published'; periodDays?: number }
  | { type: 'notice.unpublished' }
  | { type: 'scorecard.rubricSet'; rubric: Rubric }
  | {
      /** A member's whole scorecard; a later one from the same member replaces it. */
      type: 'scorecard.submitted';
      memberId: string;
      scores: { indicatorId: string; points: number; note: string }[];
    };

export type EventType = EventBody['type'];
/** The event of one type, e.g. `EventOf<'speaker.started'>`. */
export type EventOf<T extends EventType> = Extract<RoomEvent, { type: T }>;

/** Every stored event: gap-free `seq` per room, server time `at`, and the acting member (or null). */
export interface EventMeta {
  seq: number;
  at: number;
  actor: string | null;
  /**
   * As broadcast or synced (room/redaction.ts `presentEvent`), an event that may move the room's
   * roll (`ROLL_EVENTS`: a member joining, arriving, leaving, removed, a household set) carries the
   * roll after it: a client's state may lack the members it counts (issue 30). Never stored.
   */
  roll?: Roll;
}
export type RoomEvent = EventBody & EventMeta;
