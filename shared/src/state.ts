/** The structured state of one room, folded from its events by `apply`. */
import type { Locale, Presence, RoomPhase } from './protocol.js';

export interface Member {
  id: string;
  name: string;
  role: 'host' | 'participant';
  presence: Presence;
  joinedAt: number;
}

export type AgendaStatus = 'proposed';

export interface AgendaItem {
  id: string;
  title: string;
  description: string;
  proposedBy: string;
  proposedAt: number;
  status: AgendaStatus;
}

export interface QueueEntry {
  memberId: string;
  raisedAt: number;
}

export interface Speaker {
  memberId: string;
  itemId: string | null;
  startedAt: number;
}

/** One finished or running turn at speaking, for participation figures. */
export interface Turn {
  memberId: string;
  itemId: string | null;
  startedAt: number;
  endedAt: number | null;
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
  members: Record<string, Member>;
  /** Agenda items by id, and their order of proposal. */
  items: Record<string, AgendaItem>;
  itemOrder: string[];
  activeItemId: string | null;
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
    members: {},
    items: {},
    itemOrder: [],
    activeItemId: null,
    queue: [],
    speaker: null,
    turns: [],
  };
}
