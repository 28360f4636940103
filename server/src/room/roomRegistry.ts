/**
 * Keeps each live room in memory exactly once. Many sockets arriving together for a cold room
 * share one load; a room with no sessions is written out and dropped after `idleMs`.
 */
import { Room, type RoomDeps } from './room.js';

export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room | null>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly idleMs = 5 * 60_000,
  ) {}

  /** The live room, loading it on first use; null when no such room exists. */
  get(roomId: string): Promise<Room | null> {
    let loading = this.rooms.get(roomId);
    if (!loading) {
      loading = Room.load(roomId, this.deps);
      this.rooms.set(roomId, loading);
      // A failed or empty load is not cached: the next caller tries again.
      loading.then(
        (room) => (room ? this.scheduleIdleCheck(roomId) : this.rooms.delete(roomId)),
        () => this.rooms.delete(roomId),
      );
    }
    return loading;
  }

  /** Call when a room's last session leaves; it is unloaded unless someone returns in time. */
  scheduleIdleCheck(roomId: string): void {
    clearTimeout(this.idleTimers.get(roomId));
    const timer = setTimeout(() => void this.unloadIfIdle(roomId), this.idleMs);
    timer.unref();
    this.idleTimers.set(roomId, timer);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Flushes every loaded room (on shutdown). */
  async flushAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    const rooms = await Promise.all([...this.rooms.values()].map((p) => p.catch(() => null)));
    await Promise.all(rooms.map((room) => room?.flush()));
  }

  private async unloadIfIdle(roomId: string): Promise<void> {
    this.idleTimers.delete(roomId);
    const room = await this.rooms.get(roomId)?.catch(() => null);
    if (!room || room.sessionCount > 0) return;
    await room.flush();
    if (room.sessionCount === 0) this.rooms.delete(roomId);
  }
}
