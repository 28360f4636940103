/**
 * The HTTP contract of councils and offices (docs/protocol.md, "Councils" and "Offices"): a zod
 * schema per route's request and answer, with the type beside it. Its own entry
 * (`@dr/shared/council`), so the web app loads it only on the council and office pages.
 *
 * | route                                                   | request                 | answer            |
 * | ------------------------------------------------------- | ----------------------- | ----------------- |
 * | `POST /api/councils` (an office's token, optional)      | `CreateCouncilRequest`  | `CreatedCouncil`  |
 * | `GET /api/councils/:councilId`                          | `CouncilParams`         | `CouncilSummary`  |
 * | `GET /api/councils/:councilId/board` (any council link) | `CouncilParams`         | `CouncilBoard`    |
 * | `POST /api/councils/:councilId/members` (host, member or supervisor link) | `JoinCouncil` | `JoinedCouncil` |
 * | `POST /api/councils/:councilId/commands` (any link but observer) | `CouncilCommandRequest` | `CouncilAck` |
 * | `POST /api/councils/:councilId/meetings` (host)         | `CreateMeetingRequest`  | `CreatedMeeting`  |
 * | `GET /api/councils/:councilId/links` (host)            | `CouncilParams`         | `CouncilLinks`    |
 * | `POST /api/councils/:councilId/links/:role/rotate` (host) | `RotateCouncilLinkParams` | `CouncilLinks` |
 * | `GET /api/councils/:councilId/actions`                  | `CouncilParams`         | `CouncilActions`  |
 * | `POST /api/councils/:councilId/actions/confirm` (any link but observer, the supervisor's roster credentials) | `ConfirmActionRequest` | `CouncilAck` |
 * | `POST /api/offices`                                     | `CreateOfficeRequest`   | `CreatedOffice`   |
 * | `GET /api/offices/:officeId/report` (the office's token) | `OfficeParams`         | `OfficeReport`    |
 */
import { z } from 'zod';
import { FOLLOW_UP_LIMITS, LIMITS } from '../core/limits.js';
import { nameText, optionalNameText } from '../core/names.js';
import { TimeZoneName } from '../core/timeZone.js';
import { Locale, RoomPhase, RulePreset } from '../core/vocabulary.js';
import { councilDisclosureFields, MeetingWarnings, OfficeDisclosures } from './disclosureHttp.js';
import { ActionView } from '../followup/actionView.js';
import { COUNCIL_ROLES } from './councilState.js';

/** A council's or an office's id in a path: short, URL-safe. */
const PublicId = z.string().regex(/^[\w-]{1,64}$/);

export const CouncilParams = z.object({ councilId: PublicId });
export type CouncilParams = z.infer<typeof CouncilParams>;

/** `POST /api/councils`: name, language, time zone; where and when it usually meets. */
export const CreateCouncilRequest = z.strictObject({
  name: nameText(LIMITS.roomTitle),
  locale: Locale,
  timeZone: TimeZoneName,
  place: optionalNameText(FOLLOW_UP_LIMITS.place).optional(),
  /** When it meets, as people say it ("every first Monday, 19:00"). */
  meetingPattern: optionalNameText(FOLLOW_UP_LIMITS.place).optional(),
  /** The office it belongs to; needs that office's token as `Authorization: Bearer`. */
  officeId: PublicId.optional(),
});
export type CreateCouncilRequest = z.input<typeof CreateCouncilRequest>;

export const CouncilTokens = z.object({
  host: z.string(),
  member: z.string(),
  observer: z.string(),
  supervisor: z.string(),
});
export type CouncilTokens = z.infer<typeof CouncilTokens>;

/** 201: the four tokens (shown once: the server keeps their hashes) and the council page's links. */
export const CreatedCouncil = z.object({ councilId: z.string(), tokens: CouncilTokens, links: CouncilTokens });
export type CreatedCouncil = z.infer<typeof CreatedCouncil>;

/** `GET …/links` (host): the council page's four links again, so its host can hand them out at any time. */
export const CouncilLinks = CouncilTokens;
export type CouncilLinks = CouncilTokens;

/** `POST …/links/:role/rotate` (host): which of the four links to replace. */
export const RotateCouncilLinkParams = CouncilParams.extend({ role: z.enum(COUNCIL_ROLES) });
export type RotateCouncilLinkParams = z.infer<typeof RotateCouncilLinkParams>;

export const CouncilMeetingView = z.object({
  roomId: z.string(),
  title: z.string(),
  scheduledAt: z.number(),
  phase: RoomPhase,
  /** The public notice's address once the host has published it, else null. */
  noticeUrl: z.string().nullable(),
  warnings: MeetingWarnings,
});
export type CouncilMeetingView = z.infer<typeof CouncilMeetingView>;

/** `GET /api/councils/:councilId`: what anyone may know of a council; no names of members, nothing secret. */
export const CouncilSummary = z.object({
  councilId: z.string(),
  name: z.string(),
  locale: Locale,
  timeZone: z.string(),
  place: z.string().nullable(),
  meetingPattern: z.string().nullable(),
  members: z.number(),
  /** Every meeting, oldest first. */
  meetings: z.array(CouncilMeetingView),
  /** The published notices (公示栏), one per meeting that published one. */
  notices: z.array(z.object({ roomId: z.string(), title: z.string(), publishedAt: z.number(), url: z.string() })),
  ...councilDisclosureFields,
});
export type CouncilSummary = z.infer<typeof CouncilSummary>;

export const RosterEntry = z.object({
  id: z.string(),
  name: z.string(),
  group: z.string().nullable(),
  expert: z.boolean(),
  supervisor: z.boolean(),
  /** A host of every meeting (joined through the host link): the council's chair. */
  host: z.boolean(),
});
export const TopicView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  proposedBy: z.string().nullable(),
  supporters: z.array(z.string()),
  status: z.enum(['pool', 'scheduled', 'settled']),
  meetings: z.array(z.string()),
});
export type TopicView = z.infer<typeof TopicView>;

/** An action item of one of the council's meetings, with that meeting. */
export const CouncilActionView = ActionView.extend({ roomId: z.string(), meetingTitle: z.string() });
export type CouncilActionView = z.infer<typeof CouncilActionView>;

/**
 * An action item on the council's board: with its supervisor's roster id (null: none), so the
 * supervisor's view finds the items they supervise, and whether that supervisor may confirm it now
 * (`confirmBar`: null, or the refusal key `action.confirm` would give them: an interest declared since).
 */
export const BoardActionView = CouncilActionView.extend({
  supervisorId: z.string().nullable(),
  confirmBar: z.string().nullable(),
});
export type BoardActionView = z.infer<typeof BoardActionView>;

/** `GET /api/councils/:councilId/actions`: every action item of every meeting, oldest meeting first. */
export const CouncilActions = z.object({ generatedAt: z.number(), actions: z.array(CouncilActionView) });
export type CouncilActions = z.infer<typeof CouncilActions>;

/** One meeting's scorecard: the mean per indicator (null: nobody scored it). */
export const MeetingScores = z.object({
  roomId: z.string(),
  title: z.string(),
  scheduledAt: z.number(),
  submissions: z.number(),
  total: z.number().nullable(),
  indicators: z.array(z.object({ indicatorId: z.string(), label: z.string(), share: z.number().nullable() })),
});
export type MeetingScores = z.infer<typeof MeetingScores>;

/** `GET /api/councils/:councilId/board`: the council page for those who hold one of its links. */
export const CouncilBoard = CouncilSummary.extend({
  /** The role of the token that asked (host, member, observer, supervisor). */
  role: z.enum(['host', 'member', 'observer', 'supervisor']),
  /**
   * The token that opens the council's meetings as a participant for this link's holder: the member
   * link's as it is now (after a rotation too); null for an observer.
   */
  meetingToken: z.string().nullable(),
  roster: z.array(RosterEntry),
  topics: z.array(TopicView),
  actions: z.array(BoardActionView),
  decisions: z.array(
    z.object({ roomId: z.string(), itemTitle: z.string(), statement: z.string(), outcome: z.string() }),
  ),
  scores: z.array(MeetingScores),
  /** The indicators with the lowest mean share over all meetings, weakest first, with their trend. */
  weakest: z.array(
    z.object({ indicatorId: z.string(), label: z.string(), share: z.number(), trend: z.number().nullable() }),
  ),
  generatedAt: z.number(),
});
export type CouncilBoard = z.infer<typeof CouncilBoard>;

/** `POST …/members` answers 201: the member's id and secret (kept by the client; only its hash is stored). */
export const JoinedCouncil = z.object({
  memberId: z.string(),
  memberSecret: z.string(),
  /** The token that opens the council's meetings as a participant (the member link's). */
  meetingToken: z.string(),
});
export type JoinedCouncil = z.infer<typeof JoinedCouncil>;

/** `POST …/commands`: a council command, an optional request id (exactly once), and who sends it. */
export const CouncilCommandRequest = z.strictObject({
  command: z.unknown(),
  requestId: z.string().min(8).max(64).optional(),
  memberId: z.string().min(1).max(64).optional(),
  memberSecret: z.string().min(1).max(128).optional(),
});
export type CouncilCommandRequest = z.infer<typeof CouncilCommandRequest>;

export const CouncilAck = z.object({
  ok: z.literal(true),
  seq: z.number(),
  id: z.string().optional(),
  replayed: z.literal(true).optional(),
});
export type CouncilAck = z.infer<typeof CouncilAck>;

/**
 * `POST …/actions/confirm`: the supervisor confirms an item of one of the council's meetings done
 * (行难管) from the council page, whichever meeting is in session, or none. The room decides it as
 * its own `action.confirm` from that member (the same rule and refusals); it is no arrival in that
 * meeting. `requestId` makes it exactly once, like a room's commands.
 */
export const ConfirmActionRequest = z.strictObject({
  roomId: z.string().min(1).max(64),
  actionId: z.string().min(1).max(64),
  note: z.string().max(FOLLOW_UP_LIMITS.actionNote).optional(),
  requestId: z.string().min(8).max(64).optional(),
  memberId: z.string().min(1).max(64),
  memberSecret: z.string().min(1).max(128),
});
export type ConfirmActionRequest = z.infer<typeof ConfirmActionRequest>;

/** `POST …/meetings`: a title, when (ms), and the pool's topics the host puts on its agenda. */
export const CreateMeetingRequest = z.strictObject({
  title: nameText(LIMITS.roomTitle),
  scheduledAt: z.number().int().min(0).max(8.64e15),
  topicIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  /** The rules it starts under, by preset (a 村民会议: `villagersMeeting`); else its last meeting's. */
  preset: RulePreset.optional(),
});
export type CreateMeetingRequest = z.input<typeof CreateMeetingRequest>;

/** 201: the meeting's room; its links are the council's (host, member as participant, observer). */
export const CreatedMeeting = z.object({
  roomId: z.string(),
  links: z.object({ host: z.string(), participant: z.string(), observer: z.string() }),
  joinCode: z.string(),
  shortUrl: z.string(),
  /** The agenda's items: the review first, then the topics (carried-over ones marked). */
  reviewItemId: z.string(),
  reviewed: z.number(),
  topics: z.array(z.object({ topicId: z.string(), itemId: z.string(), carried: z.boolean() })),
  warnings: MeetingWarnings,
});
export type CreatedMeeting = z.infer<typeof CreatedMeeting>;

/** `POST …/meetings/:roomId/topics`: pool topics for a meeting already called (its agenda's end). */
export const MeetingTopicsRequest = z.strictObject({
  topicIds: z.array(z.string().min(1).max(64)).min(1).max(50),
});
export type MeetingTopicsRequest = z.input<typeof MeetingTopicsRequest>;

/** 200: each topic's item on the meeting's agenda. */
export const AddedMeetingTopics = z.object({
  roomId: z.string(),
  topics: z.array(z.object({ topicId: z.string(), itemId: z.string(), carried: z.boolean() })),
});
export type AddedMeetingTopics = z.infer<typeof AddedMeetingTopics>;

export const OfficeParams = z.object({ officeId: PublicId });
export type OfficeParams = z.infer<typeof OfficeParams>;

export const CreateOfficeRequest = z.strictObject({ name: nameText(LIMITS.roomTitle) });
export type CreateOfficeRequest = z.input<typeof CreateOfficeRequest>;

/** 201: the office's token (shown once) and its page's link. */
export const CreatedOffice = z.object({ officeId: z.string(), token: z.string(), link: z.string() });
export type CreatedOffice = z.infer<typeof CreatedOffice>;

/** One council as the office compares it. */
export const CouncilFigures = z.object({
  councilId: z.string(),
  name: z.string(),
  meetingsHeld: z.number(),
  meetingsCalled: z.number(),
  /** Distinct people who spoke in any meeting (one person across meetings counts once). */
  distinctSpeakers: z.number(),
  speakersInRoom: z.number(),
  speakersRemote: z.number(),
  /** Stakeholder groups heard (speakers' groups). */
  groups: z.number(),
  decisionsWithActions: z.number(),
  decisionsWithoutActions: z.number(),
  actions: z.number(),
  actionsOverdue: z.number(),
  /** Its supervised action items (行难管): who supervises each, and who confirmed it done (null: not yet). */
  supervised: z.array(
    z.object({
      title: z.string(),
      meetingTitle: z.string(),
      supervisor: z.string(),
      confirmedBy: z.string().nullable(),
    }),
  ),
  /** Mean card total over all scored meetings, as a share of the base maximum; null if none scored. */
  scoreShare: z.number().nullable(),
  indicators: z.array(z.object({ indicatorId: z.string(), label: z.string(), share: z.number() })),
});
export type CouncilFigures = z.infer<typeof CouncilFigures>;

/** `GET /api/offices/:officeId/report`: its councils side by side, and the weak points most share (共性问题). */
export const OfficeReport = z.object({
  officeId: z.string(),
  name: z.string(),
  generatedAt: z.number(),
  councils: z.array(CouncilFigures),
  common: z.array(z.object({ indicatorId: z.string(), label: z.string(), councils: z.number(), share: z.number() })),
  disclosures: OfficeDisclosures,
});
export type OfficeReport = z.infer<typeof OfficeReport>;
