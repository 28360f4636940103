/** The structured state of one room, folded from its events by `apply`. */
import type { Locale, Presence } from './protocol.js';
import { DEFAULT_RULES, type HandKind, type ItemStep, type RoomPhase, type Rules } from './vocabulary.js';

export interface Member {
  id: string;
  name: string;
  role: 'host' | 'participant';
  presence: Presence;
  /** Stakeholder group (村民, 党员, 专家 …), or null. */
  group: string | null;
  /** Added by the host for someone without a phone. */
  proxy: boolean;
  joinedAt: number;
}

/** proposed → scheduled onto the agenda, or rejected with a reason. */
export type AgendaStatus = 'proposed' | 'scheduled' | 'rejected';

export interface Fact {
  id: string;
  text: string;
  source: string;
  addedBy: string | null;
  at: number;
}

export interface AgendaItem {
  id: string;
  title: string;
  description: string;
  proposedBy: string | null;
  proposedAt: number;
  status: AgendaStatus;
  step: ItemStep;
  supporters: string[];
  facts: Fact[];
  timeboxSec: number | null;
  rejectReason: string | null;
  /** When it last became the active item, for its timebox. */
  activatedAt: number | null;
  /** A locked draft is read-only for everyone (the host locks it, a consensus round too). */
  draftLocked: boolean;
}

export interface QueueEntry {
  memberId: string;
  kind: HandKind;
  raisedAt: number;
}

/** The member who has the floor. Time spoken is derived from these fields, never broadcast per second. */
export interface Speaker {
  memberId: string;
  itemId: string | null;
  kind: HandKind;
  startedAt: number;
  /** The limit at the start of the turn plus extensions; null when turns are not timed. */
  limitSec: number | null;
  /** Set while paused. */
  pausedAt: number | null;
  /** Paused time before `pausedAt`, excluded from the time spoken. */
  pausedMs: number;
}

/** One finished turn at speaking, for participation figures. */
export interface Turn {
  memberId: string;
  itemId: string | null;
  kind: HandKind;
  startedAt: number;
  spokenMs: number;
}

export interface RoomState {
  roomId: string;
  title: string;
  locale: Locale;
  phase: RoomPhase;
  createdAt: number;
  /** The seq and server time of the last event folded in. */
  seq: number;
  updatedAt: number;
  rules: Rules;
  members: Record<string, Member>;
  /** Every item ever proposed, by id, and their order of proposal. */
  items: Record<string, AgendaItem>;
  itemOrder: string[];
  /** The scheduled items, in agenda order. */
  agenda: string[];
  activeItemId: string | null;
  /** Raised hands in the order they were raised (or moved by the host); see queuePolicy for serving order. */
  queue: QueueEntry[];
  speaker: Speaker | null;
  turns: Turn[];
}

/** The state before the first event (`room.created`) is applied. */
export function emptyState(roomId: string): RoomState {
  return {
    roomId,
    title: '',
    locale: 'en',
    phase: 'preparing',
    createdAt: 0,
    seq: 0,
    updatedAt: 0,
    rules: DEFAULT_RULES,
    members: {},
    items: {},
    itemOrder: [],
    agenda: [],
    activeItemId: null,
    queue: [],
    speaker: null,
    turns: [],
  };
}

/** The people taking part: every member, in the order they joined. */
export function membersInOrder(state: RoomState): Member[] {
  return Object.values(state.members).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}
