/** The room's fan-out through Socket.IO (room/session.ts's `RoomBroadcaster`). */
import type { RoomBroadcaster } from '../room/session.js';
import { memberAudience, roleAudience } from './audiences.js';
import type { RoomServer } from './roomServer.js';

/**
 * Socket.IO's room broadcast serialises a message once for all its sockets. Events and presence go
 * to this node's sockets only (`local`): with several nodes, each node sends its own sockets what its
 * room folded (room/cluster.ts), so a broadcast through the Redis adapter would deliver them twice.
 * Disconnects go through the adapter to every node's sockets.
 */
export function socketBroadcaster(io: RoomServer): RoomBroadcaster {
  return {
    events: (roomId, events) => io.local.to(roomId).emit('events', { events }),
    presence: (roomId, presence) => io.local.to(roomId).emit('presence', presence),
    revoke: (roomId, role) => io.in(roleAudience(roomId, role)).disconnectSockets(true),
    removeMember: (roomId, memberId) => io.in(memberAudience(roomId, memberId)).disconnectSockets(true),
  };
}
