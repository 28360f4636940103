/** The room's fan-out through Socket.IO (room/session.ts's `RoomBroadcaster`). */
import type { RoomBroadcaster } from '../room/session.js';
import type { RoomServer } from './roomServer.js';

/** Socket.IO's room broadcast serialises a message once for all its sockets. */
export function socketBroadcaster(io: RoomServer): RoomBroadcaster {
  return {
    events: (roomId, events) => io.to(roomId).emit('events', { events }),
    presence: (roomId, presence) => io.to(roomId).emit('presence', presence),
    revoke: (roomId, role) => {
      void io
        .in(roomId)
        .fetchSockets()
        .then((sockets) => {
          for (const socket of sockets) {
            if (socket.data.identity.role === role) socket.disconnect(true);
          }
        });
    },
    removeMember: (roomId, memberId) => {
      void io
        .in(roomId)
        .fetchSockets()
        .then((sockets) => {
          for (const socket of sockets) {
            if (socket.data.identity.memberId === memberId) socket.disconnect(true);
          }
        });
    },
  };
}
