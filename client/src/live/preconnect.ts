/**
 * The room's connection, opened by the page's first script (app/boot.ts) while the app is still
 * arriving: on a weak signal the app's files take seconds, and the connection's round trips (the
 * WebSocket, Socket.IO's connect, the welcome or the "tell us your name" answer) need not wait for
 * them. Whatever the socket hears before the room's hook (useRoom) takes it over is written down
 * and played back to the hook's own handlers, in order, so nothing is missed or handled twice.
 * When the server asks for a name first, the early join form (live/earlyJoin.ts) shows at once,
 * and a choice pressed there goes out on this socket and is handed over with it.
 */
import type { RoomState } from '@dr/shared';
import { pageLocale } from '../i18n/language';
import { showEarlyJoin } from './earlyJoin';
import { loadMember } from './memberStore';
import { authFor, openRoomSocket, type Identity, type RoomSocket } from './roomSocket';
import { resumePoint } from './savedRoom';

/** One event the socket heard before the hook took it: its name and arguments. */
export interface Heard {
  event: string;
  args: unknown[];
}

/** What the socket heard before the connection's handlers were on it, to them now, in order. */
export function replayHeard(socket: RoomSocket, heard: Heard[]): void {
  for (const { event, args } of heard) {
    for (const listener of socket.listeners(event as 'welcome')) (listener as (...a: unknown[]) => void)(...args);
  }
}

interface Early {
  roomId: string;
  token: string;
  memberId: string | null;
  socket: RoomSocket;
  heard: Heard[];
  /** The saved state it asked to resume from, if any. */
  offered: RoomState | null;
  stopListening: () => void;
}

/** The connection events Socket.IO keeps for itself (`onAny` does not see them). */
const RESERVED = ['connect', 'connect_error', 'disconnect'] as const;

let early: Early | null = null;

/** Opens the room's socket now, as the stored member of this room if any, else without a name. */
export function preconnect(roomId: string, token: string): void {
  if (early) return;
  const stored = loadMember(roomId);
  const identity: Identity = stored ? { kind: 'member', credentials: stored } : { kind: 'anonymous' };
  // A member coming back resumes from the state this device saved, if it has one.
  const offered = stored ? resumePoint(roomId, stored.memberId) : null;
  const at = offered ? { seq: offered.seq, at: offered.updatedAt } : null;
  const socket = openRoomSocket(authFor(roomId, token, identity, at));
  const heard: Heard[] = [];
  const listeners = RESERVED.map((event) => {
    const listener = (...args: unknown[]) => heard.push({ event, args });
    socket.on(event, listener);
    return [event, listener] as const;
  });
  const onAny = (event: string, ...args: unknown[]) => {
    heard.push({ event, args });
    if (event === 'nameRequired') showEarlyJoin(socket, pageLocale());
  };
  socket.onAny(onAny);
  socket.connect();
  early = {
    roomId,
    token,
    memberId: stored?.memberId ?? null,
    socket,
    heard,
    offered,
    stopListening: () => {
      for (const [event, listener] of listeners) socket.off(event, listener);
      socket.offAny(onAny);
    },
  };
}

/**
 * The socket `preconnect` opened, what it heard so far and the saved state it offered to resume
 * from, if it was for this room, link and member; else null (and that socket is closed). Given out
 * once. (A choice pressed on the early join form is the room connection's to take: `takeEarlyPress`.)
 */
export function takePreconnected(
  roomId: string,
  token: string,
  memberId: string | null,
): { socket: RoomSocket; heard: Heard[]; offered: RoomState | null } | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  taken.stopListening();
  if (taken.roomId !== roomId || taken.token !== token || taken.memberId !== memberId) {
    taken.socket.disconnect();
    return null;
  }
  return { socket: taken.socket, heard: taken.heard, offered: taken.offered };
}
