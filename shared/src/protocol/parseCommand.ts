/** Turns whatever a client sent as a command into a typed command, or a typed error. */
import type { z } from 'zod';
import { Command, COMMAND_TYPES } from '../model/commands.js';
import { LIMITS } from '../core/limits.js';
import { protocolError, type ProtocolError } from '../core/errors.js';
import { RequestId } from './socket.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };
/** A parsed command and the request id it came with (socket.ts, `RequestId`), if any. */
export type ParsedCommand = { ok: true; value: Command; requestId?: string } | { ok: false; error: ProtocolError };

/**
 * Validates an inbound command. The canonical shape is flat (`{ type, requestId?, ...fields }`); the
 * shape `{ type, requestId?, payload: { ...fields } }` is accepted too, for clients that wrap their
 * fields. The request id is the envelope's, never the command's: rules never see it.
 */
export function parseCommand(raw: unknown): ParsedCommand {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: protocolError('invalid', 'command.notObject') };
  }
  const size = byteLength(raw);
  if (size > LIMITS.commandBytes) {
    return {
      ok: false,
      error: protocolError('too_large', 'command.tooLarge', { limit: LIMITS.commandBytes, size }),
    };
  }
  const { requestId, ...flat } = flatten(raw as Record<string, unknown>);
  const type = flat['type'];
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    return {
      ok: false,
      error: protocolError('invalid', 'command.unknown', { type: JSON.stringify(type) ?? 'undefined' }),
    };
  }
  const id = RequestId.optional().safeParse(requestId);
  if (!id.success) return { ok: false, error: protocolError('invalid', 'command.requestId') };
  const result = Command.safeParse(flat);
  if (!result.success) {
    return { ok: false, error: protocolError('invalid', 'command.invalid', { detail: describeIssues(result.error) }) };
  }
  return id.data === undefined
    ? { ok: true, value: result.data }
    : { ok: true, value: result.data, requestId: id.data };
}

function flatten(raw: Record<string, unknown>): Record<string, unknown> {
  const { payload, requestId, ...rest } = raw;
  if (typeof payload === 'object' && payload !== null && !Array.isArray(payload) && Object.keys(rest).length === 1) {
    return { ...(payload as Record<string, unknown>), type: rest['type'], requestId };
  }
  return raw;
}

const encoder = new TextEncoder();

function byteLength(value: unknown): number {
  try {
    return encoder.encode(JSON.stringify(value) ?? '').length;
  } catch {
    return Number.POSITIVE_INFINITY; // cyclic or unserialisable: cannot be a valid command
  }
}

/** One readable sentence from zod's issues, e.g. `title: Too big: expected string to have <=200 characters`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
