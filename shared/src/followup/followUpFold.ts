/** Folds the events of the meeting's follow-through: action items, the council link, the notice, scorecards. */
import { own } from '../core/own.js';
import type { EventOf } from '../model/events.js';
import type { ActionItem, RoomState } from '../model/state.js';
import { assertNever } from '../core/errors.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const FOLLOW_UP_EVENTS = [
  'action.created',
  'action.updated',
  'action.confirmed',
  'action.supervisorNamed',
  'room.councilLinked',
  'notice.published',
  'notice.unpublished',
  'scorecard.rubricSet',
  'scorecard.submitted',
] as const;
export type FollowUpEvent = EventOf<(typeof FOLLOW_UP_EVENTS)[number]>;

/** `apply` for the follow-up events; `s` already carries the event's seq and time. */
export function foldFollowUp(s: RoomState, event: FollowUpEvent): RoomState {
  switch (event.type) {
    case 'action.created':
      return createAction(s, event);
    case 'action.updated':
      return updateAction(s, event);
    case 'action.confirmed':
      return confirmAction(s, event);
    case 'action.supervisorNamed': {
      const action = own(s.actions, event.actionId);
      if (!action) return s;
      const named: ActionItem = { ...action, supervisorMemberId: event.supervisorMemberId };
      return { ...s, actions: { ...s.actions, [action.id]: named } };
    }
    case 'room.councilLinked':
      return { ...s, council: event.council };
    case 'notice.published':
      return { ...s, notice: { published: true, publishedAt: event.at, periodDays: event.periodDays } };
    case 'notice.unpublished':
      return { ...s, notice: { published: false, publishedAt: null } };
    case 'scorecard.rubricSet':
      return { ...s, scorecard: { ...s.scorecard, rubric: event.rubric } };
    case 'scorecard.submitted': {
      const card = { memberId: event.memberId, submittedAt: event.at, scores: event.scores };
      return { ...s, scorecard: { ...s.scorecard, cards: { ...s.scorecard.cards, [event.memberId]: card } } };
    }
    default:
      return assertNever(event);
  }
}

function createAction(s: RoomState, event: EventOf<'action.created'>): RoomState {
  const decision = own(s.decisions, event.decisionId);
  if (!decision) return s;
  const action: ActionItem = {
    id: event.actionId,
    decisionId: decision.id,
    itemId: decision.itemId,
    title: event.title,
    owner: event.owner,
    ownerMemberId: event.ownerMemberId,
    tier: event.tier,
    category: event.category,
    dueDate: event.dueDate,
    status: 'planned',
    progress: 0,
    createdAt: event.at,
    createdBy: event.actor,
    completedAt: null,
    supervisorMemberId: event.supervisorMemberId ?? null,
    confirmedBy: null,
    confirmedAt: null,
    timeline: [],
  };
  return { ...s, actions: { ...s.actions, [action.id]: action }, actionOrder: [...s.actionOrder, action.id] };
}

function updateAction(s: RoomState, event: EventOf<'action.updated'>): RoomState {
  const action = own(s.actions, event.actionId);
  if (!action) return s;
  const status = event.status ?? action.status;
  // Reopening clears the completion time; it is set again when the item is done again.
  const completedAt = status !== 'done' ? null : event.status === 'done' ? event.at : action.completedAt;
  const entry = { at: event.at, by: event.actor, status: event.status, progress: event.progress, note: event.note };
  const updated: ActionItem = {
    ...action,
    status,
    progress: event.progress ?? action.progress,
    completedAt,
    timeline: [...action.timeline, entry],
  };
  return { ...s, actions: { ...s.actions, [action.id]: updated } };
}

function confirmAction(s: RoomState, event: EventOf<'action.confirmed'>): RoomState {
  const action = own(s.actions, event.actionId);
  if (!action) return s;
  const entry = { at: event.at, by: event.actor, status: 'done' as const, progress: 100, note: event.note ?? null };
  const updated: ActionItem = {
    ...action,
    status: 'done',
    progress: 100,
    completedAt: event.at,
    confirmedBy: event.actor,
    confirmedAt: event.at,
    timeline: [...action.timeline, entry],
  };
  return { ...s, actions: { ...s.actions, [action.id]: updated } };
}
