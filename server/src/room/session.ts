/** What the room knows of the outside world: no socket.io here, only these small interfaces. */
import type { PresenceChange, PresenceMessage, Role, RoomEvent, RoomState } from '@dr/shared';

/** One connection to a room, with the role its link gave it, decided once at join. */
export interface RoomSession {
  readonly id: string;
  readonly role: Role;
  readonly memberId: string | null;
}

/** Fan-out to everyone in a room; the edge encodes each message once per room, not per socket. */
export interface RoomBroadcaster {
  events(roomId: string, events: RoomEvent[]): void;
  /** Who is online: the whole list (the room's first), then what changed since the last one sent. */
  presence(roomId: string, presence: PresenceMessage | PresenceChange): void;
  /** Disconnects every connection that came in through a link of `role` (after that link was rotated). */
  revoke(roomId: string, role: Role): void;
  /** Disconnects every connection of a member the host removed. */
  removeMember(roomId: string, memberId: string): void;
  /**
   * A meeting of council `councilId` committed events its council's board shows: open council pages
   * read the board again (socket/councilWatch.ts). Absent where nobody watches councils.
   */
  councilChanged?(councilId: string): void;
  /**
   * A council's meeting committed `events`, leaving `state` (told on the committing node only): what
   * its roster members are notified of (push/pushNotifier.ts). Absent where nobody is notified.
   */
  committed?(state: RoomState, events: readonly RoomEvent[]): void;
}
