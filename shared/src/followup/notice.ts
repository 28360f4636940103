/**
 * The public notice (公示办理结果): what anyone may read once the host publishes it. It is built
 * from names and outcomes only: no member ids, no ballots (so nothing of an anonymous round's
 * votes), no reasons tied to people, and nothing secret (the state holds no secret to begin with).
 */
import { own, ownEntries } from '../core/own.js';
import { actionsOf, isDoneOnTime, isOverdue, roomTimeZone } from './actions.js';
import { participation } from '../queue/participation.js';
import type { ActionItem, Decision, RoomState, Sitting } from '../model/state.js';
import type { ActionStatus, ActionTier, DecisionRule, RoomPhase } from '../core/vocabulary.js';
import type { LevelCounts, Outcome, Locale } from '../core/vocabulary.js';

export interface NoticeTimelineEntry {
  at: number;
  /** The name of whoever sent the update; null for the host console. */
  author: string | null;
  status: ActionStatus | null;
  progress: number | null;
  note: string | null;
}

export interface NoticeAction {
  id: string;
  title: string;
  owner: string;
  tier: ActionTier;
  category: string | null;
  dueDate: string;
  status: ActionStatus;
  progress: number;
  overdue: boolean;
  completedAt: number | null;
  doneOnTime: boolean;
  timeline: NoticeTimelineEntry[];
}

export interface NoticeDecision {
  id: string;
  itemTitle: string;
  statement: string;
  /** The exact text the meeting decided on, as frozen when its round opened. */
  text: string;
  outcome: Outcome;
  rule: DecisionRule;
  /** Responses per level, 0 (block) to 5 (strong support), phones and the room's count together. */
  counts: LevelCounts;
  responses: number;
  recordedAt: number;
  actions: NoticeAction[];
}

export interface Notice {
  roomId: string;
  title: string;
  locale: Locale;
  phase: RoomPhase;
  publishedAt: number | null;
  /** The server time the notice was read at: overdue flags are as of then. */
  generatedAt: number;
  timeZone: string;
  meeting: {
    place: string | null;
    kind: string | null;
    scheduledAt: number | null;
    createdAt: number;
    sittings: Sitting[];
  };
  conveners: string[];
  attendance: { total: number; inRoom: number; remote: number };
  speakers: number;
  decisions: NoticeDecision[];
  summary: { decisions: number; adopted: number; actions: number; done: number; overdue: number };
}

/** The notice as of server time `now`. */
export function presentNotice(state: RoomState, now: number): Notice {
  const timeZone = roomTimeZone(state);
  const members = Object.values(state.members);
  const inRoom = members.filter((m) => m.presence === 'in_room').length;
  const decisions = ownEntries(state.decisions, state.decisionOrder).map((d) =>
    noticeDecision(state, d, now, timeZone),
  );
  const actions = decisions.flatMap((d) => d.actions);
  const { place, kind, scheduledAt } = state.details;
  return {
    roomId: state.roomId,
    title: state.title,
    locale: state.locale,
    phase: state.phase,
    publishedAt: state.notice.publishedAt,
    generatedAt: now,
    timeZone,
    meeting: { place, kind, scheduledAt, createdAt: state.createdAt, sittings: state.sittings },
    conveners: members.filter((m) => m.role === 'host').map((m) => m.name),
    attendance: { total: members.length, inRoom, remote: members.length - inRoom },
    speakers: participation(state, now).distinctSpeakers,
    decisions,
    summary: {
      decisions: decisions.length,
      adopted: decisions.filter((d) => d.outcome === 'adopted').length,
      actions: actions.length,
      done: actions.filter((a) => a.status === 'done').length,
      overdue: actions.filter((a) => a.overdue).length,
    },
  };
}

function noticeDecision(state: RoomState, decision: Decision, now: number, timeZone: string): NoticeDecision {
  return {
    id: decision.id,
    itemTitle: own(state.items, decision.itemId)?.title ?? '',
    statement: decision.statement,
    text: decision.text,
    outcome: decision.outcome,
    rule: decision.rule,
    counts: [...decision.counts],
    responses: decision.counts.reduce((a, b) => a + b, 0),
    recordedAt: decision.recordedAt,
    actions: actionsOf(state, decision.id).map((a) => noticeAction(state, a, now, timeZone)),
  };
}

function noticeAction(state: RoomState, action: ActionItem, now: number, timeZone: string): NoticeAction {
  return {
    id: action.id,
    title: action.title,
    owner: action.owner,
    tier: action.tier,
    category: action.category,
    dueDate: action.dueDate,
    status: action.status,
    progress: action.progress,
    overdue: isOverdue(action, now, timeZone),
    completedAt: action.completedAt,
    doneOnTime: isDoneOnTime(action, timeZone),
    timeline: action.timeline.map((e) => ({
      at: e.at,
      author: e.by === null ? null : (own(state.members, e.by)?.name ?? null),
      status: e.status,
      progress: e.progress,
      note: e.note,
    })),
  };
}
