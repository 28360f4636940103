/** Folds the speaking queue's and the floor's events (定会纪): hands, turns, the speaker's clock. */
import { assertNever } from '../core/errors.js';
import type { EventOf } from '../model/events.js';
import type { RoomState, Speaker } from '../model/state.js';
import { speakerClock } from './speakerClock.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const QUEUE_EVENTS = [
  'queue.raised',
  'queue.lowered',
  'queue.moved',
  'queue.kindChanged',
  'speaker.started',
  'speaker.paused',
  'speaker.resumed',
  'speaker.extended',
  'speaker.ended',
] as const;
export type QueueEvent = EventOf<(typeof QUEUE_EVENTS)[number]>;

/** `apply` for the queue's and the speaker's events; `s` already carries the event's seq and time. */
export function foldQueue(s: RoomState, event: QueueEvent): RoomState {
  switch (event.type) {
    case 'queue.raised':
      return { ...s, queue: [...s.queue, { memberId: event.memberId, kind: event.kind, raisedAt: event.at }] };
    case 'queue.lowered':
      return { ...s, queue: s.queue.filter((e) => e.memberId !== event.memberId) };
    case 'queue.moved': {
      const entry = s.queue.find((e) => e.memberId === event.memberId);
      if (!entry) return s;
      const rest = s.queue.filter((e) => e !== entry);
      return { ...s, queue: [...rest.slice(0, event.position), entry, ...rest.slice(event.position)] };
    }
    case 'queue.kindChanged':
      return {
        ...s,
        queue: s.queue.map((e) => (e.memberId === event.memberId ? { ...e, kind: event.kind } : e)),
      };
    case 'speaker.started': {
      const speaker: Speaker = {
        turnId: event.turnId ?? event.seq,
        memberId: event.memberId,
        itemId: event.itemId,
        kind: event.kind,
        startedAt: event.at,
        limitSec: event.limitSec,
        pausedAt: null,
        pausedMs: 0,
      };
      return { ...s, speaker, queue: s.queue.filter((e) => e.memberId !== event.memberId) };
    }
    case 'speaker.paused':
      return withSpeaker(s, (sp) => ({ ...sp, pausedAt: event.at }));
    case 'speaker.resumed':
      return withSpeaker(s, (sp) => ({
        ...sp,
        pausedAt: null,
        pausedMs: sp.pausedMs + (event.at - (sp.pausedAt ?? event.at)),
      }));
    case 'speaker.extended':
      return withSpeaker(s, (sp) => ({ ...sp, limitSec: (sp.limitSec ?? 0) + event.seconds }));
    case 'speaker.ended': {
      if (!s.speaker) return s;
      const { memberId, itemId, kind, startedAt } = s.speaker;
      const spokenMs = speakerClock(s.speaker, event.at).elapsedMs;
      return { ...s, speaker: null, turns: [...s.turns, { memberId, itemId, kind, startedAt, spokenMs }] };
    }
    default:
      return assertNever(event);
  }
}

function withSpeaker(s: RoomState, change: (speaker: Speaker) => Speaker): RoomState {
  return s.speaker ? { ...s, speaker: change(s.speaker) } : s;
}
