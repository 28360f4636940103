/**
 * The outbox kept on the device (localStorage `dr:outbox:<roomId>:<sender>`), so that what a person
 * did with no signal is still sent after a reload, or after the phone closed the page: each
 * command with its request id, so the server recognises a resend of one it already ran and answers
 * from its record instead of running it twice (docs/protocol.md, "Request ids").
 *
 * Kept per room and per sender (the member, or `host` for a host console without a name): request
 * ids are the sender's own, and a phone that becomes another member must not send the first one's
 * commands. An entry expires after `MAX_AGE_MS`, well inside the 24 hours the server keeps request
 * ids: an older resend could run again, so it is dropped instead.
 */
import type { Command, ProtocolError } from '@dr/shared';
import type { OutboxEntry } from './outbox';

/** How long a kept command may wait for the signal (ms): 20 hours, inside the server's 24. */
export const MAX_AGE_MS = 20 * 60 * 60 * 1000;

/** The protocol's request id: 8 to 64 characters. */
const REQUEST_ID = /^.{8,64}$/su;

/** Who sends: a member's id, or `host` for a host console that has not joined as a member. */
export function senderKey(memberId: string | null): string {
  return memberId ?? 'host';
}

const keyFor = (roomId: string, sender: string) => `dr:outbox:${roomId}:${sender}`;

interface Kept {
  requestId: string;
  command: Command;
  queuedAt: number;
  /** Set for a command the server refused once it went out: shown until the person dismisses it. */
  error?: ProtocolError;
}

/**
 * Keeps what waits (and unread refusals of what waited); an answered command leaves. Writes nothing
 * when there was nothing and is nothing, and removes the key when the outbox is empty.
 */
export function saveOutbox(roomId: string, sender: string, entries: readonly OutboxEntry[]): void {
  const kept: Kept[] = entries
    .filter((e) => e.status !== 'refused' || e.error)
    .map(({ requestId, command, queuedAt, error }) => ({ requestId, command, queuedAt, ...(error ? { error } : {}) }));
  try {
    if (kept.length === 0) localStorage.removeItem(keyFor(roomId, sender));
    else localStorage.setItem(keyFor(roomId, sender), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the outbox still works for as long as the page stays open.
  }
}

function isKept(value: unknown, now: number): value is Kept {
  if (typeof value !== 'object' || value === null) return false;
  const { requestId, command, queuedAt, error } = value as Partial<Record<keyof Kept, unknown>>;
  return (
    typeof requestId === 'string' &&
    REQUEST_ID.test(requestId) &&
    typeof command === 'object' &&
    command !== null &&
    typeof (command as { type?: unknown }).type === 'string' &&
    typeof queuedAt === 'number' &&
    now - queuedAt < MAX_AGE_MS &&
    (error === undefined || (typeof error === 'object' && error !== null))
  );
}

/**
 * What an earlier page kept for this room and sender, oldest first, as outbox entries: waiting to
 * be sent, or refused (with the server's reason). Expired and unreadable entries are left out.
 */
export function loadOutbox(roomId: string, sender: string, now = Date.now()): OutboxEntry[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyFor(roomId, sender)) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored
      .filter((value) => isKept(value, now))
      .map(({ requestId, command, queuedAt, error }) => ({
        requestId,
        command,
        queuedAt,
        deferred: true,
        status: error ? ('refused' as const) : ('waiting' as const),
        ...(error ? { error } : {}),
      }));
  } catch {
    return [];
  }
}
