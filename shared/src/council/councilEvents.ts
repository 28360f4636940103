/** Every event of a council's stream, as a union on `type` (docs/protocol.md, "Councils"). */
import type {
  CouncilCredentials,
  CouncilRole,
  CouncilSettings,
  MeetingTopic,
  ReviewedActionRef,
} from './councilState.js';

export type CouncilEventBody =
  | ({ type: 'council.created'; councilId: string; credentials: CouncilCredentials } & CouncilSettings)
  | {
      type: 'council.memberJoined';
      memberId: string;
      name: string;
      group: string | null;
      expert: boolean;
      supervisor: boolean;
      /** Joined through the host link: seated as a host of every meeting. Absent in events stored before it existed. */
      host?: boolean;
      /** Their household (户); absent in events stored before households. */
      household?: string | null;
      /** Their household's representative (户代表), from a roster import; absent: not one. */
      representative?: boolean;
      secretHash: string;
    }
  | {
      type: 'council.memberUpdated';
      memberId: string;
      group: string | null;
      expert: boolean;
      /** Absent in events stored before households: unchanged. */
      household?: string | null;
      /** Their household's representative (户代表); absent: unchanged. */
      representative?: boolean;
    }
  | { type: 'topic.proposed'; topicId: string; title: string; description: string; proposedBy: string | null }
  | { type: 'topic.supported'; topicId: string; memberId: string }
  | { type: 'topic.unsupported'; topicId: string; memberId: string }
  /**
   * A meeting was called: its room exists with the roster, the review item and the topics. Topics of
   * earlier meetings that those meetings decided are `settled`; undecided ones came back (`carried`).
   */
  | {
      type: 'council.meetingCalled';
      roomId: string;
      title: string;
      scheduledAt: number;
      reviewItemId: string;
      reviewed: ReviewedActionRef[];
      topics: MeetingTopic[];
      settled: string[];
    }
  /**
   * The host added pool topics to a meeting already called (`POST …/meetings/:roomId/topics`): each
   * is an item at the end of its agenda now, scheduled there as if the call had taken it.
   */
  | { type: 'council.topicsAdded'; roomId: string; topics: MeetingTopic[] }
  /**
   * The host replaced a leaked link (`POST …/links/:role/rotate`): the credentials as they are now
   * (hashes and sealed links only). The meetings' rooms took the new token for that role too.
   */
  | { type: 'council.linkReplaced'; role: CouncilRole; credentials: CouncilCredentials }
  /**
   * A matter (议事事项, shared/src/matter/) was created here or has a step this council holds: the
   * council lists it (`GET …/matters`). The matter itself is its own stream, `matter:<matterId>`.
   */
  | { type: 'council.matterFiled'; matterId: string; title: string }
  /** The host set the disclosure settings (`settings.set`): both as they are now (null: the default, 7). */
  | { type: 'council.settingsSet'; disclosureDueDays: number | null; disclosurePeriodDays: number | null };

export interface CouncilEventMeta {
  seq: number;
  at: number;
  /** The council member who acted, or null (the host's console, the server). */
  actor: string | null;
}
export type CouncilEvent = CouncilEventBody & CouncilEventMeta;
