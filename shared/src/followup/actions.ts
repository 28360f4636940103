/**
 * Reading action items (分层分类办事): which day it is where the meeting is, what is overdue,
 * what was done on time. Pure; `now` is always passed in, so the same state reads the same way.
 */
import { ownEntries } from '../core/own.js';
import type { ActionItem, RoomState } from '../model/state.js';

/** The calendar day (`YYYY-MM-DD`) at instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Not done, and its due date is a day before today (due today is not late yet). */
export function isOverdue(action: Pick<ActionItem, 'status' | 'dueDate'>, now: number, timeZone: string): boolean {
  return action.status !== 'done' && action.dueDate < localDate(now, timeZone);
}

/** Done, on or before its due date. */
export function isDoneOnTime(
  action: Pick<ActionItem, 'status' | 'dueDate' | 'completedAt'>,
  timeZone: string,
): boolean {
  return (
    action.status === 'done' && action.completedAt !== null && localDate(action.completedAt, timeZone) <= action.dueDate
  );
}

/** The action items of one decision, in the order they were created. */
export function actionsOf(state: Pick<RoomState, 'actions' | 'actionOrder'>, decisionId: string): ActionItem[] {
  return ownEntries(state.actions, state.actionOrder).filter((a) => a.decisionId === decisionId);
}
