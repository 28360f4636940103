/**
 * What the minutes (会议纪要) contain, gathered from the room's record and its drafts: one pure
 * function, so both renderers print the same facts. Member ids stay out; people appear by name.
 */
import {
  memberName,
  attendingMembers,
  conveners,
  own,
  ownEntries,
  presentDecision,
  presentInterests,
  presentFact,
  roomTimeZone,
  presentRound,
  proxyList,
  speakerClock,
  type ActionView,
  type AgendaItem,
  type DecisionView,
  type FactView,
  type HandKind,
  type Member,
  type ProxyListEntry,
  type Locale,
  type ReviewedAction,
  type RoomPhase,
  type RoomState,
  type RoundRecord,
  type Sitting,
} from '@dr/shared';

export interface MinutesPerson {
  name: string;
  group: string | null;
  proxy: boolean;
  /** The host removed them during the meeting; they attended all the same. */
  removed: boolean;
}

export interface MinutesSpeech {
  name: string;
  kind: HandKind;
  startedAt: number;
  spokenMs: number;
}

/**
 * A round as the record proves it (shared/src/consensus/roundRecord.ts): every round, void and
 * superseded ones included; reasons name people in named rounds only. Final counts of a closed
 * round; the counts so far of an open one.
 */
export type MinutesRound = RoundRecord;

/** An action item and a decision in the minutes are shown as everywhere else (shared/src/followup). */
export type MinutesAction = ActionView;
export type MinutesDecision = DecisionView;

export interface MinutesItem {
  title: string;
  description: string;
  onAgenda: boolean;
  /** Facts established for the item (明事), retracted ones included and marked. */
  facts: FactView[];
  speeches: MinutesSpeech[];
  draft: string;
  rounds: MinutesRound[];
  decisions: MinutesDecision[];
  /** Declared interests (利益回避), by name. */
  interests: { name: string; note: string }[];
  /** Whether the meeting rules let those members vote. */
  interestedMayVote: boolean;
}

export interface MinutesModel {
  locale: Locale;
  timeZone: string;
  title: string;
  phase: RoomPhase;
  createdAt: number;
  scheduledAt: number | null;
  sittings: Sitting[];
  place: string | null;
  kind: string | null;
  conveners: string[];
  attendance: { inRoom: MinutesPerson[]; remote: MinutesPerson[] };
  /** The written proxies (委托名单), revoked ones included: the record keeps them. */
  proxies: ProxyListEntry[];
  /** The scheduled items in agenda order, then any other item that was spoken on, investigated or decided. */
  items: MinutesItem[];
  /** Speeches while no item was being discussed. */
  otherSpeeches: MinutesSpeech[];
  /** A council's meeting: the open action items of earlier meetings it reviewed (行难管), as they stood. */
  reviewed: ReviewedAction[] | null;
  generatedAt: number;
}

/** The minutes at server time `now`; `drafts` holds each item's draft as plain text, by item id. */
export function buildMinutes(state: RoomState, drafts: Readonly<Record<string, string>>, now: number): MinutesModel {
  const timeZone = roomTimeZone(state);
  const person = (m: Member): MinutesPerson => ({
    name: m.name,
    group: m.group,
    proxy: m.proxy,
    removed: m.removedAt !== null,
  });
  const speeches = speechesOf(state, now);
  const spokenOn = new Set(speeches.map((s) => s.itemId));
  const others = state.itemOrder.filter((id) => {
    if (state.agenda.includes(id)) return false;
    const other = own(state.items, id);
    return spokenOn.has(id) || (other !== undefined && (other.roundIds.length > 0 || other.facts.length > 0));
  });
  const item = (agendaItem: AgendaItem, onAgenda: boolean): MinutesItem => {
    const id = agendaItem.id;
    return {
      title: agendaItem.title,
      description: agendaItem.description,
      interests: presentInterests(state, agendaItem),
      interestedMayVote: state.rules.interestedMayVote,
      onAgenda,
      facts: agendaItem.facts.map((f) => presentFact(state, f)),
      speeches: speeches.filter((s) => s.itemId === id).map((s) => s.speech),
      draft: own(drafts, id) ?? '',
      rounds: ownEntries(state.rounds, agendaItem.roundIds).map((r) => presentRound(state, r, true)),
      decisions: ownEntries(state.decisions, agendaItem.decisionIds).map((d) =>
        presentDecision(state, d, now, timeZone),
      ),
    };
  };
  return {
    locale: state.locale,
    timeZone,
    title: state.title,
    phase: state.phase,
    createdAt: state.createdAt,
    scheduledAt: state.details.scheduledAt,
    sittings: state.sittings,
    place: state.details.place,
    kind: state.details.kind,
    conveners: conveners(state),
    // Only those who came: a council's roster member seated in advance is listed once they arrived.
    attendance: {
      inRoom: attendingMembers(state)
        .filter((m) => m.presence === 'in_room')
        .map(person),
      remote: attendingMembers(state)
        .filter((m) => m.presence === 'remote')
        .map(person),
    },
    proxies: proxyList(state),
    items: [
      ...ownEntries(state.items, state.agenda).map((i) => item(i, true)),
      ...ownEntries(state.items, others).map((i) => item(i, false)),
    ],
    otherSpeeches: speeches.filter((s) => s.itemId === null).map((s) => s.speech),
    reviewed: state.council?.reviewed ?? null,
    generatedAt: now,
  };
}

/** Every turn in order, the one in progress included (as far as it has gone). */
function speechesOf(state: RoomState, now: number): { itemId: string | null; speech: MinutesSpeech }[] {
  const turns = [...state.turns];
  if (state.speaker) {
    const { memberId, itemId, kind, startedAt } = state.speaker;
    turns.push({ memberId, itemId, kind, startedAt, spokenMs: speakerClock(state.speaker, now).elapsedMs });
  }
  return turns.map((t) => ({
    itemId: t.itemId,
    speech: {
      name: memberName(state, t.memberId) ?? '',
      kind: t.kind,
      startedAt: t.startedAt,
      spokenMs: t.spokenMs,
    },
  }));
}
