/** The room's fan-out through Socket.IO (room/session.ts's `RoomBroadcaster`). */
import type { RoomBroadcaster } from '../room/session.js';
import type { Identity } from './authenticate.js';
import type { RoomServer } from './roomServer.js';

/** Socket.IO's room broadcast serialises a message once for all its sockets. */
export function socketBroadcaster(io: RoomServer): RoomBroadcaster {
  /** Disconnects every socket in the room whose identity `matches`. */
  const disconnectWhere = (roomId: string, matches: (identity: Identity) => boolean) => {
    void io
      .in(roomId)
      .fetchSockets()
      .then((sockets) => {
        for (const socket of sockets) if (matches(socket.data.identity)) socket.disconnect(true);
      });
  };
  return {
    events: (roomId, events) => io.to(roomId).emit('events', { events }),
    presence: (roomId, presence) => io.to(roomId).emit('presence', presence),
    revoke: (roomId, role) => disconnectWhere(roomId, (identity) => identity.role === role),
    removeMember: (roomId, memberId) => disconnectWhere(roomId, (identity) => identity.memberId === memberId),
  };
}
