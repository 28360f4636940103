/** The one owner of a room's connection and state in a view: it subscribes to the room's connection. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { loadMember } from './memberStore';
import { takePreconnected } from './preconnect';
import { createRoomConnection, type Opened } from './roomConnection';
import type { Room } from './roomTypes';
import { resumePoint } from './savedRoom';
import { authFor, openRoomSocket } from './roomSocket';

export interface RoomOptions {
  /**
   * Connect without a member identity: a stored member is not reused, so a projector board never
   * appears as (or becomes) a member of the room.
   */
  nameless?: boolean;
}

/** The socket: the one the page's first script opened for this room and member (live/preconnect.ts), or a new one. */
function openRoom(roomId: string, token: string, nameless: boolean): Opened {
  const stored = nameless ? null : loadMember(roomId);
  const early = nameless ? null : takePreconnected(roomId, token, stored?.memberId ?? null);
  return {
    // Its `auth` is the connection's to set before it connects.
    socket: early?.socket ?? openRoomSocket(authFor(roomId, token, { kind: 'anonymous' })),
    stored,
    offered: stored && (early ? early.offered : resumePoint(roomId, stored.memberId)),
    heard: early?.heard ?? null,
  };
}

export function useRoom(roomId: string, token: string, { nameless = false }: RoomOptions = {}): Room {
  const connection = useMemo(
    () => createRoomConnection(roomId, token, nameless, () => openRoom(roomId, token, nameless)),
    [roomId, token, nameless],
  );
  useEffect(() => connection.start(), [connection]);
  return { ...useSyncExternalStore(connection.subscribe, connection.read), ...connection };
}
