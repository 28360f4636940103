/**
 * Folds one event into the room state: stamps its seq and time, then hands it to the fold of the
 * area it belongs to. Pure; runs on the server and in the browser. Each area lists its events, so
 * an event type no area claims is a compile error at `assertNever`.
 */
import { AGENDA_EVENTS, foldAgenda } from '../agenda/agendaFold.js';
import { CONSENSUS_EVENTS, foldConsensus } from '../consensus/consensusFold.js';
import { assertNever } from '../core/errors.js';
import { FoldRun } from '../core/foldRun.js';
import { DRAFT_EVENTS, foldDraft } from '../draft/draftFold.js';
import { FOLLOW_UP_EVENTS, foldFollowUp } from '../followup/followUpFold.js';
import { foldMeeting, MEETING_EVENTS } from '../meeting/meetingFold.js';
import { foldProxy, PROXY_EVENTS } from '../meeting/proxyFold.js';
import type { EventOf, EventType, RoomEvent } from '../model/events.js';
import type { RoomState } from '../model/state.js';
import { foldQueue, QUEUE_EVENTS } from '../queue/queueFold.js';

/** A type guard for the events of one area, from the area's list of event types. */
function eventsOf<T extends EventType>(types: readonly T[]): (event: RoomEvent) => event is EventOf<T> {
  const set = new Set<EventType>(types);
  return (event): event is EventOf<T> => set.has(event.type);
}

const isMeeting = eventsOf(MEETING_EVENTS);
const isAgenda = eventsOf(AGENDA_EVENTS);
const isQueue = eventsOf(QUEUE_EVENTS);
const isDraft = eventsOf(DRAFT_EVENTS);
const isConsensus = eventsOf(CONSENSUS_EVENTS);
const isFollowUp = eventsOf(FOLLOW_UP_EVENTS);
const isProxy = eventsOf(PROXY_EVENTS);

/** Returns the state after `event`; never mutates its input. */
export function apply(state: RoomState, event: RoomEvent): RoomState {
  return applyIn(undefined, state, event);
}

/**
 * `apply` as one step of `run` (core/foldRun.ts): it may grow in place what earlier steps of the
 * same run made, never anything else. Without a run, `apply` itself.
 */
export function applyIn(run: FoldRun | undefined, state: RoomState, event: RoomEvent): RoomState {
  const s: RoomState = { ...state, seq: event.seq, updatedAt: event.at };
  if (isMeeting(event)) return foldMeeting(s, event);
  if (isAgenda(event)) return foldAgenda(s, event);
  if (isQueue(event)) return foldQueue(s, event);
  if (isDraft(event)) return foldDraft(s, event);
  if (isConsensus(event)) return foldConsensus(s, event, run);
  if (isFollowUp(event)) return foldFollowUp(s, event);
  if (isProxy(event)) return foldProxy(s, event);
  return assertNever(event);
}

/**
 * Folds a list of events in order, as one run (a message of 500 votes copies the round's ballots
 * once, not 500 times), or as part of the caller's longer `run`. The input is never changed.
 */
export function applyAll(state: RoomState, events: readonly RoomEvent[], run: FoldRun = new FoldRun()): RoomState {
  let next = state;
  for (const event of events) next = applyIn(run, next, event);
  return next;
}
