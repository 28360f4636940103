/**
 * The wire protocol shared by the server and every client: version, limits, error codes, the
 * handshake and the messages. Commands are in `commands.ts`, events in `events.ts`; all three
 * are documented for other clients in docs/protocol.md.
 */
import { z } from 'zod';
import type { RoomEvent } from '../model/events.js';
import { refusalText, type RefusalKey, type RefusalParams } from '../core/refusals.js';

/** Bumped on any breaking change; a client that sends another version is asked to reload. */
export const PROTOCOL_VERSION = 1;

/** Caps on inbound data. The transport's own cap (1 MB) stays far above `commandBytes`. */
export const LIMITS = {
  commandBytes: 64 * 1024,
  title: 200,
  description: 4000,
  name: 60,
  roomTitle: 200,
  reason: 500,
  fact: 2000,
  source: 300,
  group: 40,
  /** Commands per connection: a burst of this many, refilled at `commandsPerSecond`. */
  commandBurst: 30,
  commandsPerSecond: 10,
  /** Current members of one room (joined through a link or added by the host; removed ones do not count). */
  members: 2000,
  /** New members joining one room by name: a burst (a hall arriving at once), then this many per second. */
  memberJoinBurst: 200,
  memberJoinsPerSecond: 5,
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

/**
 * A refusal: `code` for programs, `message` in English for logs, and `reason` (a key of
 * refusals.ts, with `params`) so each client can say it in its own language.
 */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
  reason?: RefusalKey;
  params?: RefusalParams;
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
});
export type ConnectAuth = z.infer<typeof ConnectAuth>;

/** Stable codes carried in `connect_error`'s `data.code`. */
export type ConnectErrorCode =
  'invalid' | 'bad_token' | 'not_found' | 'bad_member' | 'outdated' | 'name_required' | 'rate_limited' | 'internal';

/**
 * `connect_error`'s `data`: the code, and for a refused join by name (a name with nothing visible,
 * a full room, too many joining at once) the refusal key and its parameters, as in a command's error.
 */
export interface ConnectErrorData {
  code: ConnectErrorCode;
  reason?: RefusalKey;
  params?: RefusalParams;
}

export const SyncRequest = z.strictObject({ afterSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;

// ── Messages (server → client) ──────────────────────────────────────────────────────────────

export interface Welcome<S> {
  /** `ballots`: this member's own ballot id per consensus round, which anonymous rounds hide from everyone else. */
  you: { role: Role; memberId?: string; memberSecret?: string; ballots?: Record<string, string> };
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

/** Makes an error value from a refusal key of refusals.ts. */
export function protocolError(code: ErrorCode, reason: RefusalKey, params?: RefusalParams): ProtocolError {
  return { code, message: refusalText(reason, 'en', params), reason, ...(params ? { params } : {}) };
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
