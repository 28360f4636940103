/**
 * The wire protocol shared by the server and every client: versions, limits, error codes,
 * the inbound command schemas (zod, with their inferred types) and the outbound event union.
 * Documented for other clients in docs/protocol.md.
 */
import { z } from 'zod';

/** Bumped on any breaking change; a client that sends another version is asked to reload. */
export const PROTOCOL_VERSION = 1;

/** Caps on inbound data. The transport's own cap (1 MB) stays far above `commandBytes`. */
export const LIMITS = {
  commandBytes: 64 * 1024,
  title: 200,
  description: 4000,
  name: 60,
  roomTitle: 200,
  /** Commands per connection: a burst of this many, refilled at `commandsPerSecond`. */
  commandBurst: 30,
  commandsPerSecond: 10,
  /** Events returned by one `sync` call; the client asks again while `hasMore` is true. */
  syncBatch: 500,
} as const;

export const ERROR_CODES = [
  'invalid',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'too_large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

/** The acknowledgement of a `command`: `id` names whatever the command created. */
export type CommandAck = { ok: true; seq: number; id?: string } | { ok: false; error: ProtocolError };

export const ROLES = ['host', 'participant', 'observer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const PRESENCES = ['remote', 'in_room'] as const;
export const Presence = z.enum(PRESENCES);
export type Presence = z.infer<typeof Presence>;

export const LOCALES = ['zh-CN', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Trimmed, non-empty, capped text. */
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

// ── Commands (client → server, event name `command`) ─────────────────────────────────────────

export const AgendaPropose = z.strictObject({
  type: z.literal('agenda.propose'),
  title: text(LIMITS.title),
  description: optionalText(LIMITS.description),
});
export type AgendaPropose = z.infer<typeof AgendaPropose>;

export const QueueRaise = z.strictObject({ type: z.literal('queue.raise') });
export type QueueRaise = z.infer<typeof QueueRaise>;

export const QueueLower = z.strictObject({ type: z.literal('queue.lower') });
export type QueueLower = z.infer<typeof QueueLower>;

export const QueueNext = z.strictObject({ type: z.literal('queue.next') });
export type QueueNext = z.infer<typeof QueueNext>;

export const Command = z.discriminatedUnion('type', [AgendaPropose, QueueRaise, QueueLower, QueueNext]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];

export const COMMAND_TYPES: readonly CommandType[] = Command.options.map((o) => o.shape.type.value);

/** Commands only a host may send. */
export const HOST_ONLY: ReadonlySet<CommandType> = new Set<CommandType>(['queue.next']);

// ── Connection ───────────────────────────────────────────────────────────────────────────────

/** `auth` of the Socket.IO handshake. */
export const ConnectAuth = z.object({
  roomId: z.string().min(1).max(64),
  token: z.string().min(1).max(128),
  name: z.string().trim().min(1).max(LIMITS.name).optional(),
  presence: Presence.optional(),
  memberId: z.string().min(1).max(64).optional(),
  memberSecret: z.string().min(1).max(128).optional(),
  protocolVersion: z.number().int().optional(),
});
export type ConnectAuth = z.infer<typeof ConnectAuth>;

/** Stable codes carried in `connect_error`'s `data.code`. */
export type ConnectErrorCode = 'invalid' | 'bad_token' | 'not_found' | 'bad_member' | 'outdated' | 'name_required';

export const SyncRequest = z.strictObject({ afterSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;

// ── Events (server → client, event name `events`) ────────────────────────────────────────────

export type RoomPhase = 'preparing' | 'in_session' | 'adjourned' | 'closed';

/** What a command or a join produces, before the room stamps it. */
export type EventBody =
  | { type: 'room.created'; roomId: string; title: string; locale: Locale }
  | { type: 'member.joined'; memberId: string; name: string; role: 'host' | 'participant'; presence: Presence }
  | { type: 'agenda.proposed'; itemId: string; title: string; description: string; proposedBy: string }
  | { type: 'queue.raised'; memberId: string }
  | { type: 'queue.lowered'; memberId: string }
  | { type: 'speaker.started'; memberId: string; itemId: string | null }
  | { type: 'speaker.ended'; memberId: string };

export type EventType = EventBody['type'];

/** Every stored event: gap-free `seq` per room, server time `at`, and the acting member (or null). */
export interface EventMeta {
  seq: number;
  at: number;
  actor: string | null;
}
export type RoomEvent = EventBody & EventMeta;

export interface Welcome<S> {
  you: { role: Role; memberId?: string; memberSecret?: string };
  seq: number;
  state: S;
  serverTime: number;
}

export type SyncAck = { ok: true; events: RoomEvent[]; hasMore: boolean } | { ok: false; error: ProtocolError };

/** Who is connected now: ephemeral, never stored. */
export interface PresenceMessage {
  online: string[];
  observers: number;
}

/** Makes an error value; the message is for people, the code for programs. */
export function protocolError(code: ErrorCode, message: string): ProtocolError {
  return { code, message };
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
