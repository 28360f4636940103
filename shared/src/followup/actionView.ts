/**
 * An action item as shown (分层分类办事): what the screen, the public notice and the minutes all
 * show of one, from one presenter. People appear by name, never by member id; the flags are as of
 * server time `now`, in the meeting's time zone.
 */
import { z } from 'zod';
import { ActionStatus, ActionTier } from '../core/vocabulary.js';
import { memberName } from '../meeting/memberName.js';
import type { ActionItem, RoomState } from '../model/state.js';
import { isDoneOnTime, isOverdue } from './actions.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';

/** One update of an action item as shown: when, by whom (null: a host console without a name), what changed. */
export const ActionUpdateView = z.object({
  at: z.number(),
  author: z.string().nullable(),
  status: ActionStatus.nullable(),
  progress: z.number().nullable(),
  note: z.string().nullable(),
});
export type ActionUpdateView = z.infer<typeof ActionUpdateView>;

export const ActionView = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  tier: ActionTier,
  category: z.string().nullable(),
  /** `YYYY-MM-DD`, a day in the meeting's time zone. */
  dueDate: z.string(),
  status: ActionStatus,
  /** Percent, 0 to 100. */
  progress: z.number(),
  /** Not done, and due before today. */
  overdue: z.boolean(),
  completedAt: z.number().nullable(),
  /** Done, on or before its due date. */
  doneOnTime: z.boolean(),
  timeline: z.array(ActionUpdateView),
  /** The supervisor's name (监督人), or null when the item has none. */
  supervisor: z.string().nullable(),
  /** Who confirmed it done (the supervisor, by name) and when; null until confirmed. */
  confirmedBy: z.string().nullable(),
  confirmedAt: z.number().nullable(),
});
export type ActionView = z.infer<typeof ActionView>;

/** The action item as shown at server time `now`, in the meeting's time zone unless told another. */
export function presentAction(
  state: Pick<RoomState, 'members' | 'details' | 'locale'>,
  action: ActionItem,
  now: number,
  timeZone: string = roomTimeZone(state),
): ActionView {
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
      author: memberName(state, e.by),
      status: e.status,
      progress: e.progress,
      note: e.note,
    })),
    supervisor: action.supervisorMemberId ? memberName(state, action.supervisorMemberId) : null,
    confirmedBy: action.confirmedBy ? memberName(state, action.confirmedBy) : null,
    confirmedAt: action.confirmedAt,
  };
}

/** Done, but after its due date. */
export function isDoneLate(action: Pick<ActionView, 'status' | 'doneOnTime'>): boolean {
  return action.status === 'done' && !action.doneOnTime;
}
