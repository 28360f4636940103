/** Folds one event into the room state. Pure; runs on the server and in the browser. */
import { own } from '../core/own.js';
import type { RoomEvent } from '../model/events.js';
import { applyFollowUp, nextSittings } from '../followup/followUpFold.js';
import { speakerClock } from '../queue/speakerClock.js';
import { emptyCounts } from '../consensus/verdict.js';
import type { AgendaItem, Round, RoomState, Speaker } from '../model/state.js';
import { assertNever } from '../core/errors.js';

/** Returns the state after `event`; never mutates its input. */
export function apply(state: RoomState, event: RoomEvent): RoomState {
  const s: RoomState = { ...state, seq: event.seq, updatedAt: event.at };
  switch (event.type) {
    case 'room.created':
      return { ...s, roomId: event.roomId, title: event.title, locale: event.locale, createdAt: event.at };
    case 'room.phaseSet':
      return { ...s, phase: event.phase, sittings: nextSittings(s.sittings, event.phase, event.at) };
    case 'rules.set':
      return { ...s, rules: event.rules };

    case 'member.joined': {
      const { memberId: id, name, role, presence } = event;
      const member = {
        id,
        name,
        role,
        presence,
        group: event.group ?? null,
        proxy: event.proxy ?? false,
        joinedAt: event.at,
        removedAt: null,
      };
      return { ...s, members: { ...s.members, [id]: member } };
    }
    case 'member.groupSet': {
      const member = own(s.members, event.memberId);
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, group: event.group } } } : s;
    }
    case 'member.removed': {
      const member = own(s.members, event.memberId);
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, removedAt: event.at } } } : s;
    }

    case 'agenda.proposed': {
      const item: AgendaItem = {
        id: event.itemId,
        title: event.title,
        description: event.description,
        proposedBy: event.proposedBy,
        proposedAt: event.at,
        status: 'proposed',
        step: 'collecting',
        supporters: [],
        facts: [],
        timeboxSec: null,
        rejectReason: null,
        activatedAt: null,
        draftLocked: false,
        versions: [],
        roundIds: [],
        decisionIds: [],
      };
      return { ...s, items: { ...s.items, [item.id]: item }, itemOrder: [...s.itemOrder, item.id] };
    }
    case 'agenda.supported':
      return updateItem(s, event.itemId, (i) => ({ supporters: [...i.supporters, event.memberId] }));
    case 'agenda.unsupported':
      return updateItem(s, event.itemId, (i) => ({ supporters: i.supporters.filter((m) => m !== event.memberId) }));
    case 'agenda.edited':
      return updateItem(s, event.itemId, () => ({
        title: event.title,
        description: event.description,
        timeboxSec: event.timeboxSec,
      }));
    case 'agenda.scheduled':
      return updateItem({ ...s, agenda: insertAt(s.agenda, event.itemId, event.position) }, event.itemId, () => ({
        status: 'scheduled',
        rejectReason: null,
      }));
    case 'agenda.unscheduled':
      return updateItem({ ...s, agenda: s.agenda.filter((i) => i !== event.itemId) }, event.itemId, () => ({
        status: 'proposed',
      }));
    case 'agenda.reordered':
      return { ...s, agenda: insertAt(s.agenda, event.itemId, event.position) };
    case 'agenda.rejected':
      return updateItem({ ...s, agenda: s.agenda.filter((i) => i !== event.itemId) }, event.itemId, () => ({
        status: 'rejected',
        rejectReason: event.reason,
      }));
    case 'agenda.activated':
      return updateItem({ ...s, activeItemId: event.itemId }, event.itemId, () => ({ activatedAt: event.at }));
    case 'agenda.deactivated':
      return { ...s, activeItemId: null };
    case 'agenda.stepSet':
      return updateItem(s, event.itemId, () => ({ step: event.step }));
    case 'agenda.factAdded':
      return updateItem(s, event.itemId, (i) => ({
        facts: [
          ...i.facts,
          { id: event.factId, text: event.text, source: event.source, addedBy: event.actor, at: event.at },
        ],
      }));

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

    case 'speaker.started': {
      const speaker: Speaker = {
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
    case 'draft.locked':
      return updateItem(s, event.itemId, () => ({ draftLocked: true }));
    case 'draft.unlocked':
      return updateItem(s, event.itemId, () => ({ draftLocked: false }));
    case 'draft.versionSaved': {
      const version = {
        id: event.versionId,
        name: event.name,
        text: event.text,
        savedAt: event.at,
        savedBy: event.actor,
      };
      return updateItem(s, event.itemId, (i) => ({ versions: [...i.versions, version] }));
    }
    case 'consensus.opened': {
      const round: Round = {
        id: event.roundId,
        itemId: event.itemId,
        text: event.text,
        textHash: event.textHash,
        openedAt: event.at,
        anonymous: event.anonymous,
        visibility: event.visibility,
        rule: event.rule,
        status: 'open',
        ballots: {},
        roomCounts: emptyCounts(),
        result: null,
        closedAt: null,
      };
      // The draft stays locked while the round asks about its exact text.
      const withRound = { ...s, rounds: { ...s.rounds, [round.id]: round } };
      return updateItem(withRound, event.itemId, (i) => ({ draftLocked: true, roundIds: [...i.roundIds, round.id] }));
    }
    case 'consensus.voted':
      return updateRound(s, event.roundId, (r) => ({
        ballots: {
          ...r.ballots,
          [event.ballotId]: { memberId: event.memberId, level: event.level, reason: event.reason, at: event.at },
        },
      }));
    case 'consensus.ballotWithdrawn':
      return updateRound(s, event.roundId, (r) => ({
        ballots: Object.fromEntries(Object.entries(r.ballots).filter(([id]) => id !== event.ballotId)),
      }));
    case 'consensus.tallied':
      return updateRound(s, event.roundId, () => ({ roomCounts: event.counts }));
    case 'consensus.closed': {
      const { outcome, counts, reasons } = event;
      const closed = updateRound(s, event.roundId, () => ({
        status: 'closed',
        result: { outcome, counts, reasons },
        closedAt: event.at,
      }));
      return unlockDraftOf(closed, event.roundId);
    }
    case 'consensus.voided':
      return unlockDraftOf(
        updateRound(s, event.roundId, () => ({ status: 'void', closedAt: event.at })),
        event.roundId,
      );
    case 'decision.recorded': {
      const { decisionId: id, itemId, roundId, statement, text, textHash, rule, outcome, counts } = event;
      const decision = {
        id,
        itemId,
        roundId,
        statement,
        text,
        textHash,
        rule,
        outcome,
        counts,
        recordedAt: event.at,
        recordedBy: event.actor,
      };
      const withDecision = {
        ...s,
        decisions: { ...s.decisions, [id]: decision },
        decisionOrder: [...s.decisionOrder, id],
      };
      return updateItem(withDecision, itemId, (i) => ({ decisionIds: [...i.decisionIds, id] }));
    }
    case 'room.detailsSet':
    case 'action.created':
    case 'action.updated':
    case 'notice.published':
    case 'notice.unpublished':
    case 'scorecard.rubricSet':
    case 'scorecard.submitted':
      return applyFollowUp(s, event);
    default:
      return assertNever(event);
  }
}

/** Folds a list of events in order. */
export function applyAll(state: RoomState, events: readonly RoomEvent[]): RoomState {
  return events.reduce(apply, state);
}

function updateItem(s: RoomState, itemId: string, patch: (item: AgendaItem) => Partial<AgendaItem>): RoomState {
  const item = own(s.items, itemId);
  return item ? { ...s, items: { ...s.items, [itemId]: { ...item, ...patch(item) } } } : s;
}

function updateRound(s: RoomState, roundId: string, patch: (round: Round) => Partial<Round>): RoomState {
  const round = own(s.rounds, roundId);
  return round ? { ...s, rounds: { ...s.rounds, [roundId]: { ...round, ...patch(round) } } } : s;
}

/** A round that ends (closed or void) releases the lock it put on its item's draft. */
function unlockDraftOf(s: RoomState, roundId: string): RoomState {
  const round = own(s.rounds, roundId);
  return round ? updateItem(s, round.itemId, () => ({ draftLocked: false })) : s;
}

function withSpeaker(s: RoomState, change: (speaker: Speaker) => Speaker): RoomState {
  return s.speaker ? { ...s, speaker: change(s.speaker) } : s;
}

/** `list` without `id`, then `id` inserted at `position` (clamped to the end). */
function insertAt(list: readonly string[], id: string, position: number): string[] {
  const rest = list.filter((x) => x !== id);
  return [...rest.slice(0, position), id, ...rest.slice(position)];
}
