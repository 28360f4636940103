/**
 * Presence on the wire (protocol/socket.ts `presence`): a connection's first message is the whole
 * list, the next ones what changed. Apart from socket.ts so the web app's critical path can fold
 * presence without the protocol's zod schemas.
 */

/** Who is connected now: ephemeral, never stored. */
export interface PresenceMessage {
  online: string[];
  observers: number;
}

/**
 * What changed since the last `presence` message on this connection: the members who came online
 * and who went, and the observers now. A connection's first `presence` is a whole `PresenceMessage`;
 * in a hall of 1,000 phones the list is ~8 KB, and while a hall reconnects it changes every window.
 */
export interface PresenceChange {
  joined: string[];
  left: string[];
  observers: number;
}

/** Folds a `presence` message into the presence a client holds (null before the first whole one). */
export function applyPresence(
  current: PresenceMessage | null,
  message: PresenceMessage | PresenceChange,
): PresenceMessage | null {
  if ('online' in message) return message;
  if (!current) return null;
  const left = new Set(message.left);
  const online = current.online.filter((id) => !left.has(id));
  const known = new Set(online);
  for (const id of message.joined) if (!known.has(id)) online.push(id);
  return { online, observers: message.observers };
}

/** The change from `before` to `after`, as `PresenceChange` (null when nothing changed). */
export function presenceChange(before: PresenceMessage, after: PresenceMessage): PresenceChange | null {
  const was = new Set(before.online);
  const now = new Set(after.online);
  const joined = after.online.filter((id) => !was.has(id));
  const left = before.online.filter((id) => !now.has(id));
  if (joined.length === 0 && left.length === 0 && before.observers === after.observers) return null;
  return { joined, left, observers: after.observers };
}
