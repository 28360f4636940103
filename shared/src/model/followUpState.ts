/** The state of the meeting's follow-through: action items, the council link, the notice, scorecards. */
import type { Rubric } from './rubric.js';
import type { ActionStatus, ActionTier } from '../core/vocabulary.js';

/** One entry of an action item's timeline: what an update changed, and its note. */
export interface ActionTimelineEntry {
  at: number;
  /** The member who sent the update, or null for a host console that has not joined by name. */
  by: string | null;
  status: ActionStatus | null;
  progress: number | null;
  note: string | null;
}

/** Something a decision asks someone to do (分层分类办事), with its progress for everyone to follow. */
export interface ActionItem {
  id: string;
  decisionId: string;
  itemId: string;
  title: string;
  /** Who carries it out, as people say it: a person, the committee, a department. */
  owner: string;
  /** The member who owns it, when the owner is one: they may update it themselves. */
  ownerMemberId: string | null;
  tier: ActionTier;
  category: string | null;
  /** `YYYY-MM-DD`, a day in the meeting's time zone. */
  dueDate: string;
  status: ActionStatus;
  progress: number;
  createdAt: number;
  createdBy: string | null;
  /** When it last became done; null while it is not done. */
  completedAt: number | null;
  /** The supervisor (监督人): when set, only their `action.confirm` makes the item done. */
  supervisorMemberId: string | null;
  /** Who confirmed it done (the supervisor's member id) and when; null until then. */
  confirmedBy: string | null;
  confirmedAt: number | null;
  timeline: ActionTimelineEntry[];
}

/** An action item of an earlier meeting of the council, as it stood when this meeting was called (行难管). */
export interface ReviewedAction {
  roomId: string;
  meetingTitle: string;
  actionId: string;
  title: string;
  owner: string;
  status: ActionStatus;
  progress: number;
  dueDate: string;
  overdue: boolean;
  /** The supervisor's name, or null. */
  supervisor: string | null;
}

/** What a council's meeting knows of its council: whose it is, and the review item at the top of its agenda. */
export interface CouncilLink {
  councilId: string;
  reviewItemId: string;
  reviewed: ReviewedAction[];
}

/** The notice (公示办理结果): public once the host publishes it, until they take it down. */
export interface NoticeState {
  published: boolean;
  publishedAt: number | null;
  /**
   * Days on the board (公示期) it was published for; absent while unpublished and for a notice published
   * before periods existed (optional, not null, to keep the phone's fold small).
   */
  periodDays?: number;
}

export interface SubmittedScorecard {
  memberId: string;
  submittedAt: number;
  scores: { indicatorId: string; points: number; note: string }[];
}

/** The scorecard (打分器): the rubric, set (or defaulted) when the first card comes in, and one card per member. */
export interface ScorecardState {
  /** Null until the host sets one or the first card is submitted; then fixed. */
  rubric: Rubric | null;
  cards: Record<string, SubmittedScorecard>;
}
