/** Folds a council's events into its state; pure, never refuses (the rules did that). */
import { assertNever } from '../core/errors.js';
import { own } from '../core/own.js';
import type { CouncilEvent } from './councilEvents.js';
import type { CouncilState, CouncilTopic } from './councilState.js';

/** The state after `event`; `state` is left as it was. */
export function applyCouncil(state: CouncilState, event: CouncilEvent): CouncilState {
  const next: CouncilState = { ...state, seq: event.seq };
  switch (event.type) {
    case 'council.created':
      return {
        ...next,
        councilId: event.councilId,
        name: event.name,
        locale: event.locale,
        timeZone: event.timeZone,
        place: event.place,
        meetingPattern: event.meetingPattern,
        officeId: event.officeId,
        createdAt: event.at,
        credentials: event.credentials,
      };
    case 'council.memberJoined': {
      const { memberId: id, name, group, expert, supervisor, secretHash } = event;
      const member = {
        id,
        name,
        group,
        expert,
        supervisor,
        host: event.host === true,
        household: event.household ?? null,
        ...(event.representative ? { representative: true } : {}),
        secretHash,
        joinedAt: event.at,
      };
      return { ...next, members: withEntry(state.members, id, member) };
    }
    case 'council.memberUpdated': {
      const member = own(state.members, event.memberId);
      if (!member) return next;
      const household = event.household === undefined ? (member.household ?? null) : event.household;
      const representative = event.representative ?? member.representative ?? false;
      const updated = { ...member, group: event.group, expert: event.expert, household, representative };
      return { ...next, members: withEntry(state.members, member.id, updated) };
    }
    case 'topic.proposed': {
      const topic: CouncilTopic = {
        id: event.topicId,
        title: event.title,
        description: event.description,
        proposedBy: event.proposedBy,
        proposedAt: event.at,
        supporters: event.proposedBy ? [event.proposedBy] : [],
        status: 'pool',
        meetings: [],
      };
      return { ...next, topics: withEntry(state.topics, topic.id, topic) };
    }
    case 'topic.supported':
    case 'topic.unsupported': {
      const topic = own(state.topics, event.topicId);
      if (!topic) return next;
      const others = topic.supporters.filter((id) => id !== event.memberId);
      const supporters = event.type === 'topic.supported' ? [...others, event.memberId] : others;
      return { ...next, topics: withEntry(state.topics, topic.id, { ...topic, supporters }) };
    }
    case 'council.meetingCalled': {
      let topics = state.topics;
      for (const topicId of event.settled) {
        const topic = own(topics, topicId);
        if (topic) topics = withEntry(topics, topicId, { ...topic, status: 'settled' });
      }
      for (const placed of event.topics) {
        const topic = own(topics, placed.topicId);
        if (!topic) continue;
        const meetings = [...topic.meetings, event.roomId];
        topics = withEntry(topics, topic.id, { ...topic, status: 'scheduled', meetings });
      }
      const { roomId, title, scheduledAt, reviewItemId, reviewed } = event;
      const meeting = { roomId, title, scheduledAt, calledAt: event.at, reviewItemId, reviewed, topics: event.topics };
      return { ...next, topics, meetings: [...state.meetings, meeting] };
    }
    case 'council.topicsAdded': {
      let topics = state.topics;
      for (const placed of event.topics) {
        const topic = own(topics, placed.topicId);
        if (topic)
          topics = withEntry(topics, topic.id, {
            ...topic,
            status: 'scheduled',
            meetings: [...topic.meetings, event.roomId],
          });
      }
      const meetings = state.meetings.map((m) =>
        m.roomId === event.roomId ? { ...m, topics: [...m.topics, ...event.topics] } : m,
      );
      return { ...next, topics, meetings };
    }
    case 'council.linkReplaced':
      return { ...next, credentials: event.credentials };
    case 'council.matterFiled':
      if (state.matters.some((m) => m.matterId === event.matterId)) return next;
      return { ...next, matters: [...state.matters, { matterId: event.matterId, title: event.title }] };
    case 'council.settingsSet':
      return { ...next, disclosureDueDays: event.disclosureDueDays, disclosurePeriodDays: event.disclosurePeriodDays };
    default:
      return assertNever(event);
  }
}

/** Folds a stream from `base` (default: empty). */
export function foldCouncil(base: CouncilState, events: readonly CouncilEvent[]): CouncilState {
  return events.reduce(applyCouncil, base);
}

function withEntry<T>(record: Record<string, T>, id: string, value: T): Record<string, T> {
  const copy = Object.assign(Object.create(null) as Record<string, T>, record);
  copy[id] = value;
  return copy;
}
