/** Every command a client may send (event name `command`): one zod schema each, its type beside it. */
import { z } from 'zod';
import { nameText, optionalNameText } from '../core/names.js';
import { Rubric } from './rubric.js';
import {
  ActionStatus,
  ActionTier,
  ConsensusLevel,
  HandKind,
  ItemCategory,
  ItemStep,
  ResultVisibility,
} from '../core/vocabulary.js';
import { FOLLOW_UP_LIMITS, LIMITS } from '../core/limits.js';
import { TimeZoneName } from '../core/timeZone.js';

import { command, id, optionalText, position, text } from './commandSchema.js';
import {
  AttendanceMarkDeparted,
  AttendanceMarkReturned,
  AttendanceSetHeadcount,
  JoiningAdmit,
  JoiningLock,
  JoiningTurnAway,
  MemberAddInRoom,
  MemberKeepBoth,
  MemberMerge,
  MemberRemove,
  MemberRemoveIdle,
  MemberSetGroup,
  MemberSetHousehold,
  MemberSetPresence,
  ProxyGrant,
  ProxyRevoke,
  RoomSetPhase,
  RulesSet,
} from './meetingCommands.js';

export { EntityId } from './commandSchema.js';
export * from './meetingCommands.js';
// Agenda (定议题 · 定议程 · 六步)
/** A topic's category: a matter the law reserves to the 村民会议 (村民委员会组织法 art. 24), or null for an ordinary one. */
const category = ItemCategory.nullable().optional();
export const AgendaPropose = command('agenda.propose', {
  title: nameText(LIMITS.title),
  description: optionalText(LIMITS.description),
  category,
});
export const AgendaSupport = command('agenda.support', { itemId: id });
const itemChanges = {
  itemId: id,
  title: nameText(LIMITS.title).optional(),
  description: optionalText(LIMITS.description),
  timeboxSec: z
    .number()
    .int()
    .min(60)
    .max(8 * 3600)
    .nullable()
    .optional(),
  category,
};
/** Changes a topic: title, description, timebox, category. `agenda.update` is the same command under its newer name. */
export const AgendaEdit = command('agenda.edit', itemChanges);
export const AgendaUpdate = command('agenda.update', itemChanges);
export const AgendaSchedule = command('agenda.schedule', { itemId: id, position: position.optional() });
export const AgendaUnschedule = command('agenda.unschedule', { itemId: id });
export const AgendaReorder = command('agenda.reorder', { itemId: id, position });
export const AgendaReject = command('agenda.reject', { itemId: id, reason: text(LIMITS.reason) });
export const AgendaActivate = command('agenda.activate', { itemId: id });
export const AgendaDeactivate = command('agenda.deactivate', {});
export const AgendaSetStep = command('agenda.setStep', { itemId: id, step: ItemStep });
export const AgendaAddFact = command('agenda.addFact', {
  itemId: id,
  text: text(LIMITS.fact),
  source: optionalText(LIMITS.source),
});
/** The host withdraws a wrong fact; the record keeps it, marked retracted, with the reason. */
export const AgendaRetractFact = command('agenda.retractFact', { itemId: id, factId: id, reason: text(LIMITS.reason) });

// Declared interests (利益回避): a member for themselves, the host for anyone
export const InterestDeclare = command('interest.declare', {
  itemId: id,
  note: text(LIMITS.reason),
  memberId: id.optional(),
});
export const InterestWithdraw = command('interest.withdraw', { itemId: id, memberId: id.optional() });

// Speaking queue
export const QueueRaise = command('queue.raise', { kind: HandKind.optional(), memberId: id.optional() });
export const QueueLower = command('queue.lower', { memberId: id.optional() });
/**
 * A turn at speaking as the sender saw it (`Speaker.turnId`): commands on the floor carry it, so one
 * that arrives after the turn changed (another console acted first) is refused as stale, not applied
 * to someone else's turn. Optional on the wire for older clients; the web app always sends it.
 */
const turnId = z.number().int().min(1);
/** `fromPosition`: where the sender saw the hand in the stored queue; a queue that moved since is stale. */
export const QueueMove = command('queue.move', { memberId: id, position, fromPosition: position.optional() });
/** `turnId`: the turn the sender saw, `null` when it saw nobody speaking. */
export const QueueNext = command('queue.next', { turnId: turnId.nullable().optional() });

// The current speaker
export const SpeakerEnd = command('speaker.end', { turnId: turnId.optional() });
export const SpeakerPause = command('speaker.pause', { turnId: turnId.optional() });
export const SpeakerResume = command('speaker.resume', { turnId: turnId.optional() });
export const SpeakerExtend = command('speaker.extend', {
  seconds: z.number().int().min(10).max(1800),
  turnId: turnId.optional(),
});

// The draft resolution and consensus rounds (集体研究决事 · 定结果)
export const DraftLock = command('draft.lock', { itemId: id });
export const DraftUnlock = command('draft.unlock', { itemId: id });
export const DraftSaveVersion = command('draft.saveVersion', { itemId: id, name: nameText(LIMITS.title) });
export const ConsensusOpen = command('consensus.open', {
  itemId: id,
  anonymous: z.boolean().optional(),
  visibility: ResultVisibility.optional(),
});
export const ConsensusVote = command('consensus.vote', {
  roundId: id,
  level: ConsensusLevel,
  reason: optionalText(LIMITS.reason),
  /** The principal this ballot is for, when the sender holds their written proxy (委托). */
  forMemberId: id.optional(),
});
const roomCount = z.number().int().min(0).max(100_000);
export const ConsensusTally = command('consensus.tally', {
  roundId: id,
  counts: z.strictObject({
    '0': roomCount.optional(),
    '1': roomCount.optional(),
    '2': roomCount.optional(),
    '3': roomCount.optional(),
    '4': roomCount.optional(),
    '5': roomCount.optional(),
  }),
  /** The host confirms a count larger than the people marked in the room who have not voted by phone. */
  confirm: z.boolean().optional(),
});
export const ConsensusClose = command('consensus.close', { roundId: id });
export const DecisionRecord = command('decision.record', { roundId: id, statement: text(LIMITS.description) });

// After the meeting: details for the record, action items by tier, the notice, the scorecard

/** Any instant from 2000 to 2100, in ms since the epoch (the protocol's unit of time). */
const instant = z.number().int().min(946_684_800_000).max(4_102_444_800_000);
/** A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30). */
const isoDate = z.iso.date();
/** An IANA time zone name the runtime knows, e.g. `Asia/Shanghai`. */
const timeZone = TimeZoneName;

export const RoomSetDetails = command('room.setDetails', {
  place: optionalNameText(FOLLOW_UP_LIMITS.place).nullable().optional(),
  kind: optionalNameText(FOLLOW_UP_LIMITS.kind).nullable().optional(),
  scheduledAt: instant.nullable().optional(),
  timeZone: timeZone.nullable().optional(),
});
export const ActionCreate = command('action.create', {
  decisionId: id,
  title: nameText(LIMITS.title),
  owner: nameText(FOLLOW_UP_LIMITS.owner),
  ownerMemberId: id.optional(),
  /** The member who supervises it (监督人): not the owner, no declared interest in the item; `done` then needs their confirmation. */
  supervisorMemberId: id.optional(),
  tier: ActionTier,
  dueDate: isoDate,
  category: optionalNameText(FOLLOW_UP_LIMITS.category).optional(),
});
export const ActionUpdate = command('action.update', {
  actionId: id,
  status: ActionStatus.optional(),
  progress: z.number().int().min(0).max(100).optional(),
  note: optionalText(FOLLOW_UP_LIMITS.actionNote),
});
/**
 * The named supervisor confirms a supervised action item done (行难管), with an optional note for its
 * timeline; the notice says who confirmed. Refused once they have declared an interest in its topic.
 */
export const ActionConfirm = command('action.confirm', {
  actionId: id,
  note: optionalText(FOLLOW_UP_LIMITS.actionNote),
});
/**
 * The host names, replaces or (with null) removes an action item's supervisor (监督人) after it was
 * created: the same choice as `action.create` (a current member, not the owner, no declared interest).
 */
export const ActionSupervise = command('action.supervise', { actionId: id, supervisorMemberId: id.nullable() });
/** The longest notice period (公示期) and disclosure deadline a host may set, in days (not in limits.ts: off the phone's path). */
export const NOTICE_PERIOD_MAX_DAYS = 366;

/**
 * The host publishes the notice (公示). `periodDays`: how many days it stays on the board (公示期),
 * from the day it is published; left out, the council's default or 7 (followup/noticePeriod.ts).
 */
export const NoticePublish = command('notice.publish', {
  periodDays: z.number().int().min(1).max(NOTICE_PERIOD_MAX_DAYS).optional(),
});
export const NoticeUnpublish = command('notice.unpublish', {});
export const ScorecardSetRubric = command('scorecard.setRubric', { rubric: Rubric });
/**
 * One indicator's score. `note` says why; it may be left out (or empty) except where the rubric asks
 * for one (`noteRequired` in followup/scorecardRules.ts: a deduction, a bonus, a score below the maximum).
 */
export const ScoreEntry = z.strictObject({
  indicatorId: id,
  points: z.number().min(0).max(100).multipleOf(0.5),
  note: z.string().trim().max(FOLLOW_UP_LIMITS.scoreNote).default(''),
});
export type ScoreEntry = z.infer<typeof ScoreEntry>;
export const ScorecardSubmit = command('scorecard.submit', {
  scores: z.array(ScoreEntry).min(1).max(FOLLOW_UP_LIMITS.scores),
});

export const Command = z.discriminatedUnion('type', [
  RoomSetPhase,
  RulesSet,
  AttendanceSetHeadcount,
  AttendanceMarkDeparted,
  AttendanceMarkReturned,
  MemberAddInRoom,
  MemberRemove,
  MemberRemoveIdle,
  MemberMerge,
  JoiningLock,
  JoiningAdmit,
  JoiningTurnAway,
  MemberKeepBoth,
  MemberSetGroup,
  MemberSetPresence,
  MemberSetHousehold,
  ProxyGrant,
  ProxyRevoke,
  AgendaPropose,
  AgendaSupport,
  AgendaEdit,
  AgendaUpdate,
  AgendaSchedule,
  AgendaUnschedule,
  AgendaReorder,
  AgendaReject,
  AgendaActivate,
  AgendaDeactivate,
  AgendaSetStep,
  AgendaAddFact,
  InterestDeclare,
  InterestWithdraw,
  AgendaRetractFact,
  QueueRaise,
  QueueLower,
  QueueMove,
  QueueNext,
  SpeakerEnd,
  SpeakerPause,
  SpeakerResume,
  SpeakerExtend,
  DraftLock,
  DraftUnlock,
  DraftSaveVersion,
  ConsensusOpen,
  ConsensusVote,
  ConsensusTally,
  ConsensusClose,
  DecisionRecord,
  RoomSetDetails,
  ActionCreate,
  ActionUpdate,
  ActionConfirm,
  ActionSupervise,
  NoticePublish,
  NoticeUnpublish,
  ScorecardSetRubric,
  ScorecardSubmit,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
/** The command of one type, e.g. `CommandOf<'queue.raise'>`. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = Command.options.map((o) => o.shape.type.value);
