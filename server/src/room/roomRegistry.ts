/**
 * Keeps each live room in memory exactly once. Many sockets arriving together for a cold room
 * share one load; a room with no sessions and no draft connections is written out and dropped
 * after `idleMs`.
 */
import { isRoomId } from '../store/streams.js';
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
    if (!isRoomId(roomId)) return Promise.resolve(null); // a council's or an office's stream
    let loading = this.rooms.get(roomId);
    // Every use pushes the idle check back (and stops an unload in progress from dropping the room),
    // so a room is never dropped while a caller is about to attach to it.
    if (loading) this.scheduleIdleCheck(roomId);
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

  /**
   * The room if it is loaded or loading on this node, without loading it or delaying its unload
   * (what the other nodes say concerns only rooms this node serves).
   */
  ifLoaded(roomId: string): Promise<Room | null> | undefined {
    return this.rooms.get(roomId)?.catch(() => null);
  }

  /** Every room loaded on this node. */
  async loadedRooms(): Promise<Room[]> {
    const rooms = await Promise.all([...this.rooms.values()].map((p) => p.catch(() => null)));
    return rooms.filter((room): room is Room => room !== null);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Flushes every loaded room: its snapshot and its draft's queued edits. */
  async flushAll(): Promise<void> {
    const rooms = await Promise.all([...this.rooms.values()].map((p) => p.catch(() => null)));
    await Promise.all(rooms.map((room) => room?.flush()));
  }

  /** On shutdown: flushes every room, compacts its draft log and releases it. */
  async unloadAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = await Promise.all([...this.rooms.values()].map((p) => p.catch(() => null)));
    this.rooms.clear();
    await Promise.all(rooms.map((room) => room?.unload()));
  }

  private async unloadIfIdle(roomId: string): Promise<void> {
    this.idleTimers.delete(roomId);
    const room = await this.rooms.get(roomId)?.catch(() => null);
    if (!room || !room.isIdle) return;
    await room.flush();
    // Someone came back (or asked for the room) while it was written out: keep it.
    if (!room.isIdle || this.idleTimers.has(roomId)) return;
    // Draft edits the store has not taken yet live only here: keep the room until they are saved.
    if (room.hasUnsavedDoc) return this.scheduleIdleCheck(roomId);
    this.rooms.delete(roomId);
    await room.unload();
  }
}
