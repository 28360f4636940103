/** What a room's connection shows the views: its status, the state, who you are, and what it can do. */
import type { Command, CommandAck, Presence, PresenceMessage, Role, RoomState } from '@dr/shared';
import type { Refusal } from './refusal';
import type { OutboxEntry } from './outbox';

export type RoomStatus =
  /** Before the first welcome. */
  | 'connecting'
  /** A host or participant link that needs a name first. */
  | 'join'
  /** Connecting with the name given on the join screen. */
  | 'joining'
  | 'connected'
  /** Joining is locked: on the host's waiting list, asking again every few seconds (issue 30). */
  | 'waiting'
  /** Lost the connection; Socket.IO is trying again. */
  | 'reconnecting'
  /** The server ended the connection, or refused it for no stated reason; `retry()` tries again. */
  | 'stopped'
  | 'invalid_link'
  | 'outdated';

export interface You {
  role: Role;
  memberId: string | null;
  /** Your own ballot id per consensus round (anonymous rounds hide it from everyone else). */
  ballots: Readonly<Record<string, string>>;
}

/** Why `send` failed without an answer from the server: the room is not open at all (it was left). */
export class SendError extends Error {
  readonly reason: 'offline';
  constructor(reason: 'offline') {
    super(reason);
    this.reason = reason;
  }
}

/** What the connection knows, as one value replaced on every change (views compare it by identity). */
export interface RoomView {
  status: RoomStatus;
  /** Estimated server clock minus this browser's clock, in ms, from the last welcome (for countdowns). */
  clockOffset: number;
  state: RoomState | null;
  you: You | null;
  presence: PresenceMessage | null;
  /** The server's reason when joining by name was refused. */
  joinError: Refusal | null;
  /** The server's reason when it refused the connection (too many wrong join codes here, a failure). */
  refusal: Refusal | null;
  /** Commands waiting to be sent or answered, and refusals of those that had to wait. */
  outbox: readonly OutboxEntry[];
  /** A big room's count of members (removed ones included) from its welcome; null when the welcome had them all. */
  memberCount: number | null;
}

export interface RoomActions {
  join: (name: string, presence: Presence) => void;
  /** A host running the room without a name asks for the join screen. */
  askToJoin: () => void;
  /** Back from a join screen the host asked for, as the host without a name. */
  cancelJoin: () => void;
  retry: () => void;
  /**
   * Resolves with the server's ack, however long that takes: a command issued offline or left
   * unanswered waits in the outbox and is sent again, with its request id, when the room is back.
   * Rejects with `SendError` only when the room is closed on this page.
   */
  send: (command: Command) => Promise<CommandAck>;
  /** The person has read the refusal of a command that had waited. */
  dismissOutbox: (requestId: string) => void;
  /** A screen needs every member of a big room: its pages are asked for now (memberPages.ts), once. */
  wantMembers: () => void;
}

export type Room = RoomView & RoomActions;
