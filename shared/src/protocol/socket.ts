/**
 * The Socket.IO contract shared by the server and every client: the protocol version, the
 * handshake, the messages in both directions and their acknowledgements, and the typed event maps
 * the server's `Server` and the browser's socket are both declared with. Commands are in
 * model/commands.ts, events in model/events.ts, limits and error codes in core/; all of it is
 * documented for other clients in docs/protocol.md.
 */
import { z } from 'zod';
import { LIMITS } from '../core/limits.js';
import type { ProtocolError } from '../core/errors.js';
import type { RefusalKey, RefusalParams } from '../core/refusals.js';
import { Locale, Presence, type Role } from '../core/vocabulary.js';
import type { Command } from '../model/commands.js';
import type { RoomEvent } from '../model/events.js';
import type { Member } from '../model/state.js';
import type { PresenceChange, PresenceMessage } from './presence.js';
import type { WelcomeState } from '../room/welcomeRounds.js';

/** Bumped on any breaking change; a client that sends another version is asked to reload. */
export const PROTOCOL_VERSION = 1;

// ── Connection ───────────────────────────────────────────────────────────────────────────────

/** `auth` of the Socket.IO handshake. */
export const ConnectAuth = z.object({
  roomId: z.string().min(1).max(64),
  token: z.string().min(1).max(128),
  /** Checked and normalised when the member is created (`decideJoin`), so a bad name is refused with a reason. */
  name: z
    .string()
    .max(LIMITS.name * 4)
    .optional(),
  presence: Presence.optional(),
  memberId: z.string().min(1).max(64).optional(),
  memberSecret: z.string().min(1).max(128).optional(),
  protocolVersion: z.number().int().optional(),
  /**
   * Without a name or member on a participant link: stay connected and wait for one (the server
   * emits `nameRequired`; the client sends `join` on this connection), instead of the handshake
   * being refused with `name_required`. Saves a second handshake on a slow network.
   */
  waitForName: z.boolean().optional(),
  /**
   * The language the server says refusals in on this connection (`message`, with `locale` beside it):
   * the page's. Without it, the handshake's `Accept-Language`, else English.
   */
  locale: Locale.optional(),
  /**
   * A reconnecting client that holds the room's state at `seq` (folded with `STATE_VERSION`
   * `stateVersion`; `at` is the time of the event at `seq`, the state's `updatedAt`, which names the
   * history it is from): when the server can bring it up to date with at most `LIMITS.syncBatch`
   * events, and the room's event at `seq` has the same `at`, it welcomes with a `ResumedWelcome` (no
   * state) instead of the whole room. In a hall of 2,000 the state is ~400 KB, and after a Wi-Fi
   * drop every phone asks at once.
   */
  resume: z
    .strictObject({ seq: z.number().int().min(1), at: z.number().int().min(0), stateVersion: z.number().int() })
    .optional(),
});
export type ConnectAuth = z.infer<typeof ConnectAuth>;

/** Stable codes carried in `connect_error`'s `data.code`. */
export type ConnectErrorCode =
  | 'invalid'
  | 'bad_token'
  | 'not_found'
  | 'bad_member'
  | 'outdated'
  | 'name_required'
  | 'rate_limited'
  | 'internal'
  /** Joining is locked and this person waits for the host (`access.waitingForHost`): try again later. */
  | 'waiting';

/**
 * `connect_error`'s `data`: the code, and for a refused join by name (a name with nothing visible,
 * a full room, too many joining at once) the refusal key and its parameters, as in a command's error.
 */
export interface ConnectErrorData {
  code: ConnectErrorCode;
  reason?: RefusalKey;
  params?: RefusalParams;
  /** For a join by name while joining is locked: the id and secret that admit this person once let in. */
  waiting?: { memberId: string; memberSecret: string };
  /** The language of the error's `message` (the handshake's `auth.locale`, else its `Accept-Language`). */
  locale?: Locale;
}

/**
 * What a client emits as `join`: a name for the connection it has open (a participant link that
 * waited for one, or a host console running the room without a name). Name rules as in the handshake.
 */
export const JoinRequest = z.strictObject({
  name: z.string().max(LIMITS.name * 4),
  presence: Presence.optional(),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

/**
 * The answer to `join`. On `ok` the connection is the new member's: a `welcome` with
 * `you.memberSecret` came just before this answer. A refusal changes nothing: the connection stays
 * as it was: `invalid` (a malformed request `access.joinMalformed`; a name the room refused,
 * `room.nameNeeded`, `room.full`), `conflict` (`room.closed`; `access.joined` when the connection
 * has a member or is joining already; `access.joinGone` when it closed meanwhile), `forbidden`
 * (`role.observerJoin`; `access.waitingForHost` while the host has locked joining: `waiting` then
 * holds the member id and secret that admit this person once the host lets them in), `rate_limited`
 * (`rate.joins`, `rate.deviceJoins`, `rate.requests`), `not_found` (`room.unknown`).
 */
export type JoinAck =
  | { ok: true; memberId: string }
  | { ok: false; error: ProtocolError; waiting?: { memberId: string; memberSecret: string } };

export const SyncRequest = z.strictObject({ afterSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;

/** `members { from }`: a page of the room's members, from the `from`-th in join order (removed ones included). */
export const MembersRequest = z.strictObject({ from: z.number().int().min(0) });
export type MembersRequest = z.infer<typeof MembersRequest>;

// ── Messages (server → client) ──────────────────────────────────────────────────────────────

/**
 * A client's name for one command, so that sending it again (after a lost answer or a reconnect)
 * re-answers the first answer instead of running it twice: 8 to 64 characters, unique per sender
 * (a UUID is fine). The server keeps each sender's request ids with their answers for at least
 * `LIMITS.requestIdRetentionMs` (24 h), across restarts.
 */
export const RequestId = z.string().min(8).max(64);
export type RequestId = z.infer<typeof RequestId>;

/** What a client emits as `command`: a command, and optionally its request id. */
export type CommandEnvelope = Command & { requestId?: RequestId };

/**
 * The acknowledgement of a `command`: `id` names whatever the command created, `seq` is the room's
 * seq after its events. `replayed: true` marks the stored answer to a request id seen before: the
 * command ran once, earlier, and did not run again (a refusal is re-answered the same way).
 */
export type CommandAck =
  { ok: true; seq: number; id?: string; replayed?: true } | { ok: false; error: ProtocolError; replayed?: true };

/**
 * The first message on a connection: who you are, and the room as you may see it at `seq`.
 *
 * A room with more than `LIMITS.welcomeMembers` members (removed ones included) is welcomed with
 * only some of them in `state.members` (its hosts, the queue's and the speaker's, at most that
 * many) and `memberCount`, how many it has; `you.member` is then the connection's own member. The
 * client asks for the others with `members` pages (`MembersAck`) and adds them to its state.
 * A round with more than `LIMITS.welcomeBallots` ballots comes packed (`WelcomeState`,
 * room/welcomeRounds.ts): its ballots' levels alone, and a closed one without ballots; the room's
 * figures over every member are in `state.roll` (meeting/roll.ts), so no screen needs the pages to count.
 */
export interface Welcome<S = WelcomeState> {
  /** `ballots`: this member's own ballot id per consensus round, which anonymous rounds hide from everyone else. */
  you: { role: Role; memberId?: string; memberSecret?: string; ballots?: Record<string, string>; member?: Member };
  seq: number;
  state: S;
  serverTime: number;
  /** Present when `state.members` holds only some of the room's members: how many it has in all. */
  memberCount?: number;
}

/**
 * The welcome of a connection that asked to resume (`auth.resume`) and can: no state. The client's
 * own state at `seq` stands; it asks `sync` from `seq` for what it missed (at most one batch), and
 * folds broadcasts as usual. `you` is as in a `Welcome`.
 */
export interface ResumedWelcome {
  you: Welcome['you'];
  seq: number;
  resumed: true;
  serverTime: number;
  /** As in a `Welcome`, for a big room: a client whose state holds fewer members asks `members` pages. */
  memberCount?: number;
}

/** Events after the welcome, in seq order, redacted for their readers (room/redaction.ts). */
export interface EventsMessage {
  events: RoomEvent[];
}

/** The answer to `sync`: up to `LIMITS.syncBatch` events after `afterSeq`; ask again while `hasMore`. */
export type SyncAck = { ok: true; events: RoomEvent[]; hasMore: boolean } | { ok: false; error: ProtocolError };

/**
 * The answer to `members { from }`: up to `LIMITS.membersPage` members in join order from the
 * `from`-th, as they are at the room's `seq` (a client adds them only to its state at that same
 * seq, else asks again), and where the next page starts (`null`: this was the last).
 */
export type MembersAck =
  { ok: true; seq: number; members: Member[]; next: number | null } | { ok: false; error: ProtocolError };

// ── The event maps (Socket.IO's typed `Server<…>` and `Socket<…>`) ─────────────────────────────

/** What the server emits; a client listens for these. */
export interface ServerToClient {
  welcome: (welcome: Welcome<WelcomeState> | ResumedWelcome) => void;
  events: (message: EventsMessage) => void;
  /** The first on a connection is a whole `PresenceMessage`, the next ones changes (`applyPresence`). */
  presence: (presence: PresenceMessage | PresenceChange) => void;
  /** The connection asked to wait for a name (`auth.waitForName`) and the room needs one: send `join`. */
  nameRequired: () => void;
}

/**
 * What a client emits, each with its acknowledgement. Typed as a well-behaved client sends them;
 * the server still treats every payload as unknown and parses it (parseCommand, `SyncRequest`).
 */
export interface ClientToServer {
  command: (command: CommandEnvelope, ack: (ack: CommandAck) => void) => void;
  sync: (request: SyncRequest, ack: (ack: SyncAck) => void) => void;
  join: (request: JoinRequest, ack: (ack: JoinAck) => void) => void;
  members: (request: MembersRequest, ack: (ack: MembersAck) => void) => void;
}

/** Events between server nodes: none (the Redis adapter carries the room broadcasts as they are). */
export type InterServer = Record<string, never>;
