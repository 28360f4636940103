/** Where `GET /metrics` reads what exists at any moment: this node's sockets, rooms, drafts and Redis. */
import * as Y from 'yjs';
import type { RedisCluster } from '../cluster/redisCluster.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { RoomServer } from '../socket/roomServer.js';
import type { MetricSources } from './metrics.js';

export function metricSources(io: RoomServer, registry: RoomRegistry, redis?: RedisCluster): MetricSources {
  return {
    *socketRoles() {
      // A connection still in its handshake has no identity yet; it is counted once it has one.
      for (const socket of io.of('/').sockets.values()) {
        const role = (socket.data as { identity?: { role?: string } }).identity?.role;
        if (role) yield role;
      }
    },
    roomsLoaded: () => registry.loadedCount,
    async draftSizes() {
      const rooms = await registry.loadedRooms();
      return rooms.flatMap((room) => {
        const doc = room.loadedDocument;
        return doc ? [Y.encodeStateAsUpdate(doc.doc).byteLength] : [];
      });
    },
    ...(redis ? { redisUp: () => redis.redisUp } : {}),
  };
}
